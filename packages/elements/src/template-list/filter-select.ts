import { html, type TemplateResult } from 'lit';

/** One choice of a toolbar select: its value and its (translated) text. */
export type FilterOption = readonly [value: string, text: string];

/** A labelled select of the list's toolbar (a filter or the sort order). */
export function filterSelect(
  id: string,
  label: string,
  value: string,
  options: readonly FilterOption[],
  onChange: (value: string) => void,
): TemplateResult {
  return html`<label class="field" for=${id}
    >${label}
    <select
      id=${id}
      .value=${value}
      @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}
    >
      ${options.map(
        ([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`,
      )}
    </select></label
  >`;
}
