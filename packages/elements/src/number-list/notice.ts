import { html, nothing, type TemplateResult } from 'lit';
import type { HubNumber } from '@hub/core';
import type { Translate } from '../base/badges.js';

/** The outcome of the last action; a cancellation carries the number to undo it with. */
export type Notice =
  | { tone: 'success'; text: string; undo?: HubNumber }
  | { tone: 'danger' | 'neutral'; text: string };

/** The notice above the list, with Undo where the action can be undone. */
export function noticeView(
  notice: Notice | undefined,
  options: { t: Translate; onUndo: (number: HubNumber) => void; onDismiss: () => void },
): TemplateResult | typeof nothing {
  if (!notice) return nothing;
  const { t } = options;
  const undo = notice.tone === 'success' ? notice.undo : undefined;
  return html`<div class="notice" part="notice" data-tone=${notice.tone}>
    <p>${notice.text}</p>
    ${
      undo
        ? html`<button type="button" class="btn" @click=${() => options.onUndo(undo)}>
            ${t('numberList.undo')}
          </button>`
        : nothing
    }
    <button type="button" class="btn btn-ghost" @click=${options.onDismiss}>
      ${t('numberList.dismiss')}
    </button>
  </div>`;
}
