import { html, nothing, type TemplateResult } from 'lit';
import {
  templateListActions,
  type MessageTemplate,
  type TemplateGroup,
  type TemplateListAction,
} from '@hub/core';
import type { MenuController } from '../base/menu.js';
import type { Translate } from '../base/badges.js';

/** One row of the list: a language (template) of a group of templates sharing a name. */
export interface TemplateRow {
  group: TemplateGroup;
  template: MessageTemplate;
}

/** What a row's actions need from the list. */
export interface RowActionOptions {
  t: Translate;
  /** The session may change templates (`templates:write`). */
  canWrite: boolean;
  /** The list's actions menu; its subject is the row it is open for. */
  menu: MenuController<TemplateRow>;
  languageLabel: (code: string) => string;
  /** Runs an action chosen for a row. */
  run: (row: TemplateRow, action: TemplateListAction) => void;
}

/** Viewing and editing, the actions used most, stay on the row; the others go in its menu. */
const onRow = (action: TemplateListAction) => action === 'view' || action === 'edit';

/** A row's View and Edit buttons, and the button of its menu when it has other actions. */
export function rowActions(row: TemplateRow, options: RowActionOptions): TemplateResult {
  const { template } = row;
  const actions = templateListActions(template, options.canWrite);
  const open = options.menu.subject?.template.id === template.id;
  return html`<div class="row-actions">
    ${actions
      .filter(onRow)
      .map(
        (action) =>
          html`<button
            type="button"
            class="btn"
            aria-label=${actionLabel(action, template, options)}
            @click=${() => options.run(row, action)}
          >
            ${options.t(`templateList.action.${action}`)}
          </button>`,
      )}
    ${
      actions.some((action) => !onRow(action))
        ? html`<button
            type="button"
            class="btn btn-ghost"
            part="menu-button"
            aria-haspopup="menu"
            aria-expanded=${open ? 'true' : 'false'}
            aria-label=${menuLabel(template, options)}
            @click=${(e: Event) => options.menu.toggle(row, e.currentTarget as HTMLElement)}
          >
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" fill="currentColor">
              <circle cx="3" cy="8" r="1.5" />
              <circle cx="8" cy="8" r="1.5" />
              <circle cx="13" cy="8" r="1.5" />
            </svg>
          </button>`
        : nothing
    }
  </div>`;
}

/** The actions menu of the row it is open for: copy, add a language, delete. */
export function rowMenu(options: RowActionOptions): TemplateResult | typeof nothing {
  const row = options.menu.subject;
  if (!row) return nothing;
  const items = templateListActions(row.template, options.canWrite).filter((a) => !onRow(a));
  return html`<div
    role="menu"
    part="menu"
    aria-label=${menuLabel(row.template, options)}
    ${options.menu.attach()}
  >
    ${items.map(
      (action) =>
        html`<button
          type="button"
          role="menuitem"
          tabindex="-1"
          class=${action === 'delete' ? 'danger' : ''}
          data-action=${action}
          aria-label=${actionLabel(action, row.template, options)}
          @click=${() => {
            options.menu.close();
            options.run(row, action);
          }}
        >
          ${options.t(`templateList.action.${action}`)}
        </button>`,
    )}
  </div>`;
}

/** The action's name with the template and language it acts on, read by screen readers. */
function actionLabel(
  action: TemplateListAction,
  template: MessageTemplate,
  { t, languageLabel }: RowActionOptions,
): string {
  // Deleting removes the name in every language, so its label says so.
  if (action === 'delete') return t('templateList.deleteLabel', { name: template.name });
  return t('templateList.actionLabel', {
    action: t(`templateList.action.${action}`),
    name: template.name,
    language: languageLabel(template.language),
  });
}

function menuLabel(template: MessageTemplate, { t, languageLabel }: RowActionOptions): string {
  return t('templateList.actionLabel', {
    action: t('common.actions'),
    name: template.name,
    language: languageLabel(template.language),
  });
}
