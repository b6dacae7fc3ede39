import { html, type TemplateResult } from 'lit';

/** The texts a {@link copyValue} needs, already translated. */
export interface CopyTexts {
  /** Shown instead of an unknown value. */
  notSet: string;
  /** The button's visible text. */
  button: string;
  /** Its text for a moment after a copy, so the copy is seen where it was asked for. */
  copied: string;
  /** The button's accessible name, naming what is copied. */
  label: string;
}

/**
 * A value shown monospaced with a Copy button (reading `texts.copied` while `copied`); nothing to
 * copy when it is unknown.
 */
export function copyValue(
  value: string | null,
  texts: CopyTexts,
  copied: boolean,
  onCopy: (value: string) => void,
): TemplateResult {
  if (value === null || value === '') return html`<span class="muted">${texts.notSet}</span>`;
  return html`<span class="mono">${value}</span
    ><button
      type="button"
      class="btn copy"
      part="copy-button"
      aria-label=${texts.label}
      data-copied=${copied ? 'true' : 'false'}
      @click=${() => onCopy(value)}
    >
      ${copied ? texts.copied : texts.button}
    </button>`;
}
