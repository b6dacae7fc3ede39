import { html, type TemplateResult } from 'lit';
import { IMPORT_CHECKLIST, NUMBER_MIGRATION_GUIDE_URL, type ImportChecklistItem } from '@hub/core';
import type { Translate } from '../base/badges.js';

/** The import's preconditions as checkboxes, then the signup note and the migration guide. */
export function checklistContent(
  ticked: ReadonlySet<ImportChecklistItem>,
  t: Translate,
  onToggle: (item: ImportChecklistItem, checked: boolean) => void,
): TemplateResult {
  return html`<p>${t('importNumber.intro')}</p>
    <fieldset part="checklist">
      <legend>${t('importNumber.checklist')}</legend>
      ${IMPORT_CHECKLIST.map(
        (item) =>
          html`<label class="check" part="checklist-item" data-item=${item}>
            <input
              type="checkbox"
              name=${item}
              .checked=${ticked.has(item)}
              @change=${(e: Event) => onToggle(item, (e.target as HTMLInputElement).checked)}
            />
            <span>${t(`importNumber.item.${item}`)}</span>
          </label>`,
      )}
    </fieldset>
    <p>${t('importNumber.signup')}</p>
    <p>
      <a
        part="help-link"
        href=${NUMBER_MIGRATION_GUIDE_URL}
        target="_blank"
        rel="noopener noreferrer"
        >${t('importNumber.help')}<span class="visually-hidden">
          ${t('importNumber.helpNewTab')}</span
        ></a
      >
    </p>`;
}
