import { html, nothing } from 'lit';
import {
  TEMPLATE_LIMITS,
  countCharacters,
  insertVariable,
  nextVariableName,
  variableNames,
  wrapSelection,
  type TemplateDraft,
  type TextEdit,
} from '@hub/core';
import {
  controlId,
  describedBy,
  fieldIssues,
  invalid,
  valueOf,
  type EditorContext,
} from './context.js';

/** The WhatsApp markers the toolbar applies, with the keyboard shortcut letter of each. */
export const FORMATS = [
  { marker: '*', label: 'templateEditor.bold', key: 'b' },
  { marker: '_', label: 'templateEditor.italic', key: 'i' },
  { marker: '~', label: 'templateEditor.strike', key: undefined },
  { marker: '```', label: 'templateEditor.mono', key: undefined },
] as const;

/** What the body's toolbar asks the element to do with the textarea's selection. */
export interface BodyActions {
  format(marker: string): void;
  addVariable(): void;
  keydown(event: KeyboardEvent): void;
}

/**
 * The toolbar's actions on the body's textarea: wrap the selection in a marker, add the next
 * variable at the caret, and the formatting shortcuts (Ctrl/⌘+B, Ctrl/⌘+I). Each makes a
 * `@hub/core` text edit and hands it to `apply`.
 */
export function bodyActions(
  input: () => HTMLTextAreaElement | null,
  draft: () => TemplateDraft | undefined,
  apply: (edit: TextEdit) => void,
): BodyActions {
  const format = (marker: string) => {
    const field = input();
    const text = draft()?.body.text;
    if (!field || text === undefined) return;
    apply(wrapSelection(text, field.selectionStart, field.selectionEnd, marker));
  };
  return {
    format,
    addVariable() {
      const field = input();
      const current = draft();
      if (!field || !current) return;
      const { text } = current.body;
      const name = nextVariableName(text, current.parameterFormat);
      apply(insertVariable(text, field.selectionStart, field.selectionEnd, name));
    },
    keydown(event) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const shortcut = FORMATS.find((f) => f.key === event.key.toLowerCase());
      if (!shortcut) return;
      event.preventDefault();
      format(shortcut.marker);
    },
  };
}

/** The body: a formatting toolbar, the text with its character count, and its issues. */
export function bodyEditor(ctx: EditorContext, actions: BodyActions) {
  const { draft, t } = ctx;
  const max = draft.limitedTimeOffer
    ? TEMPLATE_LIMITS.limitedTimeOfferBodyText
    : TEMPLATE_LIMITS.bodyText;
  const id = controlId('body');
  return html`<div class="field">
    <label for=${id}>${t('templateEditor.body')}</label>
    <div class="toolbar" role="group" aria-label=${t('templateEditor.formatting')}>
      ${FORMATS.map(
        (format) =>
          html`<button
            type="button"
            class="btn btn-ghost tool"
            aria-controls=${id}
            aria-keyshortcuts=${format.key ? `Control+${format.key.toUpperCase()}` : nothing}
            ?disabled=${ctx.readOnly}
            @click=${() => actions.format(format.marker)}
          >
            ${t(format.label)}
          </button>`,
      )}
      <button
        type="button"
        class="btn btn-ghost tool"
        aria-controls=${id}
        ?disabled=${ctx.readOnly}
        @click=${actions.addVariable}
      >
        ${t('templateEditor.addVariable')}
      </button>
    </div>
    <textarea
      id=${id}
      rows="6"
      dir="auto"
      .value=${draft.body.text}
      ?readonly=${ctx.readOnly}
      aria-invalid=${invalid(ctx, 'body')}
      aria-describedby=${describedBy(ctx, 'body', 'body-count')}
      @input=${(e: Event) =>
        ctx.update((d) => ({ ...d, body: { ...d.body, text: valueOf(e) } }), 'body')}
      @keydown=${actions.keydown}
    ></textarea>
    <p class="hint" id="body-count">
      ${t('templateEditor.characters', { count: countCharacters(draft.body.text), max })}
    </p>
    ${fieldIssues(ctx, 'body')}
  </div>`;
}

/** The table of sample values, one row per variable of the header and the body. */
export function samplesTable(ctx: EditorContext) {
  const { draft, t } = ctx;
  const header = draft.header?.format === 'TEXT' ? draft.header : undefined;
  const rows = [
    ...(header
      ? variableNames(header.text).map((name) => ({ part: 'header' as const, name }))
      : []),
    ...variableNames(draft.body.text).map((name) => ({ part: 'body' as const, name })),
  ];
  if (rows.length === 0) return nothing;
  const sample = (part: 'header' | 'body', name: string) =>
    (part === 'header' ? header?.samples : draft.body.samples)?.[name] ?? '';
  const set = (part: 'header' | 'body', name: string, value: string) =>
    ctx.update((d) => {
      if (part === 'body') {
        return { ...d, body: { ...d.body, samples: { ...d.body.samples, [name]: value } } };
      }
      const h = d.header;
      return h?.format === 'TEXT'
        ? { ...d, header: { ...h, samples: { ...h.samples, [name]: value } } }
        : d;
    }, 'samples');
  return html`<fieldset class="group">
    <legend>${t('templateEditor.samples')}</legend>
    <p class="hint" id="samples-hint">${t('templateEditor.samplesHint')}</p>
    <table class="samples">
      <thead>
        <tr>
          <th scope="col">${t('templateEditor.variable')}</th>
          <th scope="col">${t('templateEditor.sampleValue')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(({ part, name }, index) => {
          const id = index === 0 ? controlId('samples') : `sample-${part}-${name}`;
          return html`<tr>
            <th scope="row">
              <label for=${id}
                ><code>{{${name}}}</code>
                <span class="muted">${t(`templateEditor.in.${part}`)}</span></label
              >
            </th>
            <td>
              <input
                id=${id}
                .value=${sample(part, name)}
                ?readonly=${ctx.readOnly}
                aria-describedby=${describedBy(ctx, 'samples', 'samples-hint')}
                @input=${(e: Event) => set(part, name, valueOf(e))}
              />
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${fieldIssues(ctx, 'samples')}
  </fieldset>`;
}

/** The footer text (authentication footers are edited with the code expiry instead). */
export function footerEditor(ctx: EditorContext) {
  const footer = ctx.draft.footer;
  return html`<div class="field">
    <label for=${controlId('footer')}>${ctx.t('templateEditor.footer')}</label>
    <input
      id=${controlId('footer')}
      dir="auto"
      .value=${footer?.text ?? ''}
      ?readonly=${ctx.readOnly}
      aria-invalid=${invalid(ctx, 'footer')}
      aria-describedby=${describedBy(ctx, 'footer')}
      @input=${(e: Event) => {
        const text = valueOf(e);
        ctx.update((d) => ({ ...d, footer: text === '' ? undefined : { text } }), 'footer');
      }}
    />
    ${fieldIssues(ctx, 'footer')}
  </div>`;
}
