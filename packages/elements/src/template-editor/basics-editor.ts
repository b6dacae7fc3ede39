import { html, nothing, type ReactiveControllerHost } from 'lit';
import {
  TEMPLATE_CATEGORIES,
  TEMPLATE_LANGUAGES,
  findTemplateLanguage,
  resolveTemplateLanguage,
  withCategory,
  type TemplateCategory,
  type TemplateDraft,
  type TemplateEditRules,
  type TemplateLock,
} from '@hub/core';
import {
  controlId,
  describedBy,
  fieldIssues,
  invalid,
  valueOf,
  type EditorContext,
} from './context.js';
import { templateCategoryLabel, templateLanguageName } from '../template-list/vocabulary.js';

/**
 * The language field, which takes a language's code or its name in the page's locale. The draft
 * takes the code at once (preview, validation) but the field keeps what was typed until it is
 * left: "English" is a whole name on the way to "English (US)". A code picked from the list shows.
 */
export class LanguageField {
  /** The field's text while it is a name not yet turned into its code. */
  private typed: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: {
      locale: () => string;
      draft: () => TemplateDraft | undefined;
      update: EditorContext['update'];
    },
  ) {}

  /** What the field shows for `draft`. */
  text(draft: TemplateDraft): string {
    return this.typed ?? draft.language;
  }

  /** Shows the draft's language again (a new or restored draft). */
  clear(): void {
    this.typed = undefined;
    this.host.requestUpdate();
  }

  readonly onInput = (event: Event) => {
    const text = valueOf(event);
    const locale = this.options.locale();
    const code = resolveTemplateLanguage(text, (c) => templateLanguageName(locale, c));
    this.typed = code === text ? undefined : text;
    this.options.update((d) => ({ ...d, language: code ?? text.trim() }), 'language');
  };

  /** Leaving the field shows the code a typed name stands for (its name is the hint). */
  readonly onChange = () => {
    const draft = this.options.draft();
    if (draft && findTemplateLanguage(draft.language)) this.clear();
  };
}

/** What the basics (name, category, language, variable format) show and whom they tell. */
export interface BasicsOptions {
  /** What the form lets the user change (`@hub/core`'s `templateEditRules`). */
  rules: TemplateEditRules;
  /** The locale language names are written in. */
  locale: string;
  language: LanguageField;
}

const LOCK_NOTES = {
  category_after_approval: 'templateEditor.lock.category_after_approval',
  edit_sends_content_only: 'templateEditor.lock.edit_sends_content_only',
  shared_by_languages: 'templateEditor.lock.shared_by_languages',
} as const;

/**
 * Why a field is locked when the rest of the form is not, in words; a field locked with the
 * whole form says nothing more (the form says why).
 */
function lockNote(ctx: EditorContext, rules: TemplateEditRules, lock: TemplateLock) {
  if (!lock.locked || rules.content.locked || !(lock.reason in LOCK_NOTES)) return undefined;
  return ctx.t(LOCK_NOTES[lock.reason as keyof typeof LOCK_NOTES]);
}

/** The template's name, category, language and variable format. */
export function basicsEditor(ctx: EditorContext, options: BasicsOptions) {
  const { draft, t } = ctx;
  const { rules, locale } = options;
  const categoryNote = lockNote(ctx, rules, rules.category);
  const known = TEMPLATE_CATEGORIES.some((c) => c.value === draft.category);
  const languageName = templateLanguageName(locale, draft.language);
  return html`<div class="basics">
    <div class="field">
      <label for=${controlId('name')}>${t('templateEditor.name')}</label>
      <input
        id=${controlId('name')}
        autocomplete="off"
        spellcheck="false"
        .value=${draft.name}
        ?readonly=${rules.name.locked}
        aria-invalid=${invalid(ctx, 'name')}
        aria-describedby=${describedBy(ctx, 'name', 'name-hint')}
        @input=${(e: Event) => ctx.update((d) => ({ ...d, name: valueOf(e) }), 'name')}
      />
      <p class="hint" id="name-hint">${t('templateEditor.nameHint')}</p>
      ${fieldIssues(ctx, 'name')}
    </div>
    <div class="field">
      <label for=${controlId('category')}>${t('templateEditor.category')}</label>
      <select
        id=${controlId('category')}
        ?disabled=${rules.category.locked}
        aria-invalid=${invalid(ctx, 'category')}
        aria-describedby=${describedBy(ctx, 'category', 'category-note')}
        @change=${(e: Event) =>
          ctx.update((d) => withCategory(d, valueOf(e) as TemplateCategory), 'category')}
      >
        ${TEMPLATE_CATEGORIES.map(
          (c) =>
            html`<option value=${c.value} ?selected=${draft.category === c.value}>
              ${templateCategoryLabel(t, c.value)}
            </option>`,
        )}
        ${
          known
            ? nothing
            : html`<option value=${draft.category} selected>
                ${templateCategoryLabel(t, draft.category)}
              </option>`
        }
      </select>
      <p class="hint" id="category-note">
        ${known ? t(`templateEditor.categoryHelp.${draft.category}`) : nothing}
        ${categoryNote ?? t('templateEditor.categoryNote')}
      </p>
      ${fieldIssues(ctx, 'category')}
    </div>
    <div class="field">
      <label for=${controlId('language')}>${t('templateEditor.language')}</label>
      <input
        id=${controlId('language')}
        list="languages"
        autocomplete="off"
        spellcheck="false"
        .value=${options.language.text(draft)}
        ?readonly=${rules.language.locked}
        aria-invalid=${invalid(ctx, 'language')}
        aria-describedby=${describedBy(ctx, 'language', 'language-hint')}
        @input=${options.language.onInput}
        @change=${options.language.onChange}
      />
      <datalist id="languages">
        ${TEMPLATE_LANGUAGES.map(
          (l) => html`<option value=${l.code}>${templateLanguageName(locale, l.code)}</option>`,
        )}
      </datalist>
      <p class="hint" id="language-hint">${languageName ?? t('templateEditor.languageHint')}</p>
      ${fieldIssues(ctx, 'language')}
    </div>
    ${draft.category === 'AUTHENTICATION' ? nothing : parameterFormat(ctx, rules)}
  </div>`;
}

function parameterFormat(ctx: EditorContext, rules: TemplateEditRules) {
  const { draft, t } = ctx;
  const note = lockNote(ctx, rules, rules.parameterFormat);
  return html`<div class="field">
    <label for="parameter-format">${t('templateEditor.parameterFormat')}</label>
    <select
      id="parameter-format"
      ?disabled=${rules.parameterFormat.locked}
      aria-describedby=${note ? 'parameter-format-note' : nothing}
      @change=${(e: Event) =>
        ctx.update(
          (d) => ({ ...d, parameterFormat: valueOf(e) as 'POSITIONAL' | 'NAMED' }),
          'body',
        )}
    >
      ${(['POSITIONAL', 'NAMED'] as const).map(
        (f) =>
          html`<option value=${f} ?selected=${(draft.parameterFormat ?? 'POSITIONAL') === f}>
            ${t(`templateEditor.parameterFormat.${f}`)}
          </option>`,
      )}
    </select>
    ${note ? html`<p class="hint" id="parameter-format-note">${note}</p>` : nothing}
  </div>`;
}
