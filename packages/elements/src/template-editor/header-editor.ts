import { html, nothing } from 'lit';
import type { DraftHeader, HeaderFormat } from '@hub/core';
import {
  controlId,
  describedBy,
  fieldIssues,
  invalid,
  valueOf,
  type EditorContext,
} from './context.js';

const FORMATS = ['', 'TEXT', 'IMAGE', 'VIDEO', 'DOCUMENT', 'LOCATION'] as const;

function headerOf(format: HeaderFormat | ''): DraftHeader | undefined {
  if (format === '') return undefined;
  if (format === 'TEXT') return { format, text: '', samples: {} };
  if (format === 'LOCATION') return { format };
  return { format, handles: [''] };
}

/** The header: none, text (with its one variable) or a media kind with its sample handle. */
export function headerEditor(ctx: EditorContext) {
  const { draft, t } = ctx;
  const header = draft.header;
  const id = controlId('header');
  return html`<fieldset class="group">
    <legend>${t('templateEditor.header')}</legend>
    <div class="field">
      <label for=${id}>${t('templateEditor.headerType')}</label>
      <select
        id=${id}
        ?disabled=${ctx.readOnly}
        aria-invalid=${invalid(ctx, 'header')}
        aria-describedby=${describedBy(ctx, 'header')}
        @change=${(e: Event) =>
          ctx.update(
            (d) => ({ ...d, header: headerOf(valueOf(e) as HeaderFormat | '') }),
            'header',
          )}
      >
        ${FORMATS.map(
          (format) =>
            html`<option value=${format} ?selected=${(header?.format ?? '') === format}>
              ${t(`templateEditor.headerFormat.${format || 'NONE'}`)}
            </option>`,
        )}
      </select>
    </div>
    ${
      header?.format === 'TEXT'
        ? html`<div class="field">
            <label for="header-text">${t('templateEditor.headerText')}</label>
            <input
              id="header-text"
              dir="auto"
              .value=${header.text}
              ?readonly=${ctx.readOnly}
              aria-invalid=${invalid(ctx, 'header')}
              aria-describedby=${describedBy(ctx, 'header')}
              @input=${(e: Event) =>
                ctx.update((d) => ({ ...d, header: { ...header, text: valueOf(e) } }), 'header')}
            />
          </div>`
        : nothing
    }
    ${
      header && header.format !== 'TEXT' && header.format !== 'LOCATION'
        ? html`<div class="field">
            <label for="header-handle">${t('templateEditor.mediaHandle')}</label>
            <input
              id="header-handle"
              .value=${header.handles[0] ?? ''}
              ?readonly=${ctx.readOnly}
              aria-invalid=${invalid(ctx, 'header')}
              aria-describedby=${describedBy(ctx, 'header', 'handle-hint')}
              @input=${(e: Event) =>
                ctx.update(
                  (d) => ({ ...d, header: { ...header, handles: [valueOf(e)] } }),
                  'header',
                )}
            />
            <p class="hint" id="handle-hint">${t('templateEditor.mediaHandleHint')}</p>
          </div>`
        : nothing
    }
    ${fieldIssues(ctx, 'header')}
  </fieldset>`;
}
