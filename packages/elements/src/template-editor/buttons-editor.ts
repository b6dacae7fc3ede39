import { html, nothing } from 'lit';
import {
  addDraftButton,
  moveItem,
  type ButtonType,
  type DraftButton,
  type TemplateField,
} from '@hub/core';
import {
  controlId,
  describedBy,
  fieldIssues,
  invalid,
  valueOf,
  type EditorContext,
} from './context.js';

/** The button types the editor builds for standard (non-authentication) templates. */
export const BUTTON_TYPES: readonly ButtonType[] = [
  'QUICK_REPLY',
  'URL',
  'PHONE_NUMBER',
  'COPY_CODE',
];

type ButtonField = 'text' | 'url' | 'urlExample' | 'phoneNumber' | 'code';

const FIELDS: Partial<Record<ButtonType, readonly ButtonField[]>> = {
  QUICK_REPLY: ['text'],
  URL: ['text', 'url', 'urlExample'],
  PHONE_NUMBER: ['text', 'phoneNumber'],
  COPY_CODE: ['code'],
};

/** Where a buttons editor reads and writes its list: the template's, or one carousel card's. */
export interface ButtonsTarget {
  readonly buttons: readonly DraftButton[];
  readonly set: (buttons: DraftButton[]) => void;
  readonly types: readonly ButtonType[];
  /** Prefix for ids, unique per list. */
  readonly idPrefix: string;
  /** Most buttons the list takes. */
  readonly max: number;
  /** Where a carousel card's buttons report their issues: the card's field. */
  readonly field?: TemplateField;
}

function buttonRow(ctx: EditorContext, target: ButtonsTarget, button: DraftButton, index: number) {
  const { t } = ctx;
  const own = target.idPrefix === 'button' ? (`button:${index}` as const) : undefined;
  const field = own ?? target.field;
  const last = target.buttons.length - 1;
  const update = (change: Partial<DraftButton>) =>
    target.set(target.buttons.map((b, i) => (i === index ? { ...b, ...change } : b)));
  const idOf = (name: string) =>
    index === 0 && name === 'first' && field
      ? controlId(field)
      : `${target.idPrefix}-${index}-${name}`;
  const title = t('templateEditor.buttonTitle', {
    n: index + 1,
    type: t(`templateEditor.buttonType.${button.type}`),
  });
  return html`<li>
    <fieldset class="group button-row">
      <legend>${title}</legend>
      ${(FIELDS[button.type] ?? ['text']).map((name, position) => {
        const id = position === 0 && own ? controlId(own) : idOf(name);
        return html`<div class="field">
          <label for=${id}>${t(`templateEditor.buttonField.${name}`)}</label>
          <input
            id=${id}
            .value=${(button[name] as string | undefined) ?? ''}
            ?readonly=${ctx.readOnly}
            aria-invalid=${field ? invalid(ctx, field) : 'false'}
            aria-describedby=${field ? describedBy(ctx, field) : nothing}
            @input=${(e: Event) => update({ [name]: valueOf(e) })}
          />
        </div>`;
      })}
      <div class="row-actions">
        <button
          type="button"
          class="btn btn-ghost"
          ?disabled=${ctx.readOnly || index === 0}
          aria-label=${t('templateEditor.moveUp', { item: title })}
          @click=${() => target.set(moveItem(target.buttons, index, index - 1))}
        >
          ↑
        </button>
        <button
          type="button"
          class="btn btn-ghost"
          ?disabled=${ctx.readOnly || index === last}
          aria-label=${t('templateEditor.moveDown', { item: title })}
          @click=${() => target.set(moveItem(target.buttons, index, index + 1))}
        >
          ↓
        </button>
        <button
          type="button"
          class="btn btn-ghost"
          ?disabled=${ctx.readOnly}
          aria-label=${t('templateEditor.remove', { item: title })}
          @click=${() => target.set(target.buttons.filter((_, i) => i !== index))}
        >
          ${t('templateEditor.removeShort')}
        </button>
      </div>
      ${own ? fieldIssues(ctx, own) : nothing}
    </fieldset>
  </li>`;
}

/**
 * A list of buttons with fields per type, reordering and removal, and an "Add" control that
 * places each new button in its group (quick replies together).
 */
export function buttonsEditor(ctx: EditorContext, target: ButtonsTarget) {
  const { t } = ctx;
  const typeId = `${target.idPrefix}-new-type`;
  // The select is not bound to state, so it is read when Add is pressed: it always shows what
  // will be added, across re-renders.
  const add = (event: Event) => {
    const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
    const type = root.getElementById(typeId) as HTMLSelectElement | null;
    const chosen = (type?.value as ButtonType | undefined) ?? target.types[0] ?? 'QUICK_REPLY';
    target.set(addDraftButton(target.buttons, chosen));
  };
  return html`<div class="buttons-editor">
    <ol class="button-list">
      ${target.buttons.map((button, index) => buttonRow(ctx, target, button, index))}
    </ol>
    ${
      ctx.readOnly || target.buttons.length >= target.max
        ? nothing
        : html`<div class="add-row">
            <label for=${typeId}>${t('templateEditor.buttonKind')}</label>
            <select id=${typeId}>
              ${target.types.map(
                (type) =>
                  html`<option value=${type}>${t(`templateEditor.buttonType.${type}`)}</option>`,
              )}
            </select>
            <button type="button" class="btn" @click=${add}>
              ${t('templateEditor.addButton')}
            </button>
          </div>`
    }
  </div>`;
}

/** The template's own buttons, with the grouping rule explained. */
export function templateButtonsEditor(ctx: EditorContext) {
  const { t } = ctx;
  return html`<fieldset
    class="group"
    id=${controlId('buttons')}
    tabindex="-1"
    aria-describedby=${describedBy(ctx, 'buttons', 'buttons-hint')}
  >
    <legend>${t('templateEditor.buttons')}</legend>
    <p class="hint" id="buttons-hint">${t('templateEditor.buttonsHint')}</p>
    ${buttonsEditor(ctx, {
      buttons: ctx.draft.buttons,
      set: (buttons) => ctx.update((d) => ({ ...d, buttons }), 'buttons'),
      types: BUTTON_TYPES,
      idPrefix: 'button',
      max: 10,
    })}
    ${fieldIssues(ctx, 'buttons')}
  </fieldset>`;
}
