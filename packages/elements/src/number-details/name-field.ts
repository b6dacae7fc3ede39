import { html, type TemplateResult } from 'lit';
import type { Translate } from '../base/badges.js';

/** What the body of the display-name dialog shows and whom it tells. */
export interface NameFieldOptions {
  /** The name typed so far. */
  draft: string;
  /** What is wrong with it, in words, once a submit found a problem. */
  issue: string | undefined;
  t: Translate;
  onInput: (value: string) => void;
}

/**
 * The body of the request for a new display name: what Meta's review means, and the name with its
 * limits and, once a submit found one, its problem. The field has the focus when the dialog opens.
 */
export function nameField(options: NameFieldOptions): TemplateResult {
  const { t } = options;
  return html`<p>${t('numberDetails.nameDialogBody')}</p>
    <div class="form-field">
      <label for="new-name">${t('numberDetails.newName')}</label>
      <input
        id="new-name"
        name="displayName"
        autofocus
        .value=${options.draft}
        maxlength="75"
        aria-invalid=${options.issue ? 'true' : 'false'}
        aria-describedby="new-name-hint new-name-error"
        @input=${(e: Event) => options.onInput((e.target as HTMLInputElement).value)}
      />
      <span class="hint" id="new-name-hint">${t('numberDetails.nameHint')}</span>
      <span class="error-text" id="new-name-error">${options.issue ?? ''}</span>
    </div>`;
}
