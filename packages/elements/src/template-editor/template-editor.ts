import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  HubError,
  TEMPLATE_CATEGORIES,
  TEMPLATE_LANGUAGES,
  can,
  draftForMode,
  draftToRequest,
  emptyTemplateDraft,
  fieldErrorsToIssues,
  findTemplateLanguage,
  getTemplateStatusInfo,
  insertVariable,
  issuesByField,
  nextVariableName,
  parseStoredDraft,
  requestToDraft,
  resolveTemplateLanguage,
  suggestTemplateLanguage,
  templateDraftKey,
  unsampledVariables,
  validateTemplate,
  withCategory,
  wrapSelection,
  type CreateTemplateInput,
  type MessageTemplate,
  type MessageTemplateComponent,
  type Page,
  type PreviewValues,
  type TemplateCategory,
  type TemplateCreateRequest,
  type TemplateDraft,
  type TemplateEditorMode,
  type TemplateField,
  type TemplateIssue,
  type TextEdit,
  type UpdateTemplateInput,
} from '@hub/core';
import { HubElement } from '../base/hub-element.js';
import { trapTab } from '../base/focus-trap.js';
import { HubQueryController } from '../base/query-controller.js';
import { Announcer } from '../base/announcer.js';
import { emptyView, errorView, loadingView } from '../base/status-views.js';
import { templateStatusBadge, templateStatusLabel } from '../template-list/status-badge.js';
import { FORMATS, bodyEditor, samplesTable } from './body-editor.js';
import { templateButtonsEditor } from './buttons-editor.js';
import {
  controlId,
  describedBy,
  fieldIssues,
  invalid,
  valueOf,
  type EditorContext,
} from './context.js';
import { headerEditor } from './header-editor.js';
import { authenticationEditor, carouselEditor, offerEditor } from './special-editors.js';
import { styles } from './template-editor.styles.js';

declare global {
  interface HubEventMap {
    /**
     * A template was submitted for review (created, or saved in edit mode); `template` is what the
     * Hub answered (usually `PENDING`).
     */
    'hub-template-submitted': {
      wabaId: string;
      mode: TemplateEditorMode;
      template: MessageTemplate;
    };
    /** The user left the editor (after confirming, when there were unsaved changes). */
    'hub-template-cancel': { wabaId: string };
  }
}

const DEFAULT_POLL_MS = 5000;
const FINAL = new Set(['APPROVED', 'REJECTED', 'DISABLED', 'PAUSED']);

/**
 * Creates and edits WhatsApp message templates with live validation and a live preview.
 *
 * Modes: `create` (empty form), `edit`, `copy` and `add-language` (prefilled from the template
 * named by `template-name` and `language`, or given as the `template` property). Every keystroke
 * is checked with `@hub/core`'s `validateTemplate`: each issue appears at its field (linked with
 * `aria-describedby`) and in a summary; errors keep the submit button disabled, warnings do not.
 * Submitting sends the template for review (edit mode saves it with `templates.update`, which
 * sends it back to review) and shows the platform's answer (pending, then approved or rejected
 * with the reason); a rejected request's details land on their fields. Call `reset()` before
 * showing the editor again for another template.
 *
 * Nothing typed is lost: the draft is kept in `localStorage` per WABA and template and offered
 * back after a reload or a failed submit, and leaving with unsaved changes asks first. Without the
 * `templates:write` capability the form is read-only, with the reason.
 *
 * @tagname hub-template-editor
 * @summary Create, edit, copy and translate message templates.
 * @fires hub-template-submitted - The template was submitted or, in edit mode, saved. `detail: { wabaId, mode, template }`
 * @fires hub-template-cancel - The user left the editor. `detail: { wabaId }`
 * @slot heading - Replaces the editor's heading.
 * @csspart form - The form.
 * @csspart summary - The list of problems to fix.
 * @csspart preview - The live `<hub-template-preview>`.
 * @csspart submit - The submit button.
 * @csspart result - The platform's answer after submitting.
 * @csspart dialog - The "discard changes?" dialog.
 * @cssprop [--hub-template-editor-preview-width=22rem] - Width of the preview column.
 */
export class HubTemplateEditor extends HubElement {
  /** Shadow styles: the `--hub-*` tokens and this element's rules (theme with `--hub-*` and `::part()`). */
  static override styles = [...HubElement.styles, styles];

  /** `create`, `edit`, `copy` or `add-language`. */
  @property({ reflect: true }) mode: TemplateEditorMode = 'create';

  /** The WhatsApp Business Account (ID ending in `WA`) the template belongs to. */
  @property({ attribute: 'waba-account-id' }) wabaAccountId: string | undefined;

  /** Name of the template to edit, copy or translate (when no `template` property is set). */
  @property({ attribute: 'template-name' }) templateName: string | undefined;

  /** Language of that template (its first language when unset). */
  @property() language: string | undefined;

  /** The template to edit, copy or translate, as read through `client.templates`. */
  @property({ attribute: false }) template: MessageTemplate | undefined;

  /** Shows the template without allowing changes (e.g. to view it), whatever the permissions. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** How often (ms) the review status of a submitted template is checked while it is pending. */
  @property({ type: Number, attribute: 'review-poll-ms' }) reviewPollMs = DEFAULT_POLL_MS;

  @state() private draft: TemplateDraft | undefined;
  @state() private touched = new Set<TemplateField>();
  @state() private showAll = false;
  @state() private serverIssues: TemplateIssue[] = [];
  @state() private submitting = false;
  @state() private submitError = '';
  @state() private result: MessageTemplate | undefined;
  @state() private stored: TemplateDraft | undefined;
  @state() private confirmingLeave = false;
  /** The language field's text while it is a name not yet turned into its code. */
  @state() private languageText: string | undefined;

  @query('#field-body') private bodyInput!: HTMLTextAreaElement | null;
  @query('dialog') private dialog!: HTMLDialogElement | null;

  private readonly announcer = new Announcer(this);
  private initializedFor = '';
  private pristine = '';
  private request: TemplateCreateRequest | undefined;
  private previewValues: PreviewValues | undefined;
  private issues: TemplateIssue[] = [];
  private byField = new Map<TemplateField, TemplateIssue[]>();
  private pollTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly source = new HubQueryController<Page<MessageTemplate>>(this, () => {
    const client = this.hub?.client;
    const wabaId = this.wabaAccountId;
    const name = this.templateName;
    if (this.mode === 'create' || this.template || !client || !wabaId || !name) return undefined;
    const params = { filters: { name }, limit: 100 };
    return {
      client,
      key: client.templates.keys.list(wabaId, params),
      fetch: (options) => client.templates.list(wabaId, params, options),
    };
  });

  /** True while the form holds changes that were neither submitted nor discarded. */
  get hasUnsavedChanges(): boolean {
    return this.draft !== undefined && !this.result && JSON.stringify(this.draft) !== this.pristine;
  }

  private get canWrite(): boolean {
    return can(this.hub?.permissions, 'templates:write');
  }

  /** Why the status of the template being edited rules out editing, if it does. */
  private get editBlockedReason(): string | undefined {
    const source = this.mode === 'edit' ? this.sourceTemplate : undefined;
    const info = source ? getTemplateStatusInfo(source.status) : undefined;
    return info && !info.actions.includes('edit') ? info.reason : undefined;
  }

  private get readOnly(): boolean {
    return this.readonly || !this.canWrite || this.editBlockedReason !== undefined;
  }

  /**
   * Leaves the editor the way its Cancel button does: asks first when there are unsaved changes,
   * then emits `hub-template-cancel`. Call it from the portal's own navigation.
   */
  requestLeave(): void {
    this.onCancel();
  }

  /**
   * Starts over for the current `mode`, `template-name`/`language` (or `template`): the form as
   * the template gives it, without the result of an earlier submission. A draft kept in storage
   * is offered back, as after a reload. The editor resets itself when the user leaves; call this
   * before showing it again when the portal changes its target itself (e.g. "New template" twice).
   */
  reset(): void {
    clearTimeout(this.pollTimer);
    this.confirmingLeave = false;
    this.initializedFor = '';
    this.draft = undefined;
    this.result = undefined;
    this.requestUpdate();
  }

  private get sourceTemplate(): MessageTemplate | undefined {
    if (this.template) return this.template;
    const items = this.source.data?.items ?? [];
    return (
      items.find((t) => t.language === this.language) ?? (this.language ? undefined : items[0])
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.onBeforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    clearTimeout(this.pollTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.initialize();
    if (changed.has('draft') && this.draft) {
      this.request = draftToRequest(this.draft);
      this.previewValues = unsampledVariables(this.draft);
      this.issues = [...validateTemplate(this.request).issues, ...this.serverIssues];
      this.byField = issuesByField(this.request, this.issues);
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('confirmingLeave') && this.confirmingLeave) this.dialog?.showModal();
  }

  private storageKey(): string | undefined {
    const wabaId = this.wabaAccountId;
    if (!wabaId) return undefined;
    const source = this.sourceTemplate;
    return templateDraftKey(wabaId, this.mode, source?.name, source?.language);
  }

  /** Starts a fresh draft whenever the target (mode, account, template) changes. */
  private initialize(): void {
    const wanted = this.template?.id ?? `${this.templateName ?? ''}|${this.language ?? ''}`;
    const target = `${this.mode}|${this.wabaAccountId ?? ''}|${wanted}`;
    if (target === this.initializedFor) return;
    const source = this.mode === 'create' ? undefined : this.sourceTemplate;
    if (this.mode !== 'create' && !source) {
      // The new target is still loading: show that, not the previous template's form or result.
      this.draft = undefined;
      this.result = undefined;
      return;
    }
    this.initializedFor = target;
    const language = suggestTemplateLanguage(this.resolvedLocale) ?? 'en_US';
    const draft = source
      ? draftForMode(requestToDraft(requestOf(source)), this.mode)
      : emptyTemplateDraft('MARKETING', language);
    this.draft = draft;
    this.pristine = JSON.stringify(draft);
    this.touched = new Set();
    this.showAll = false;
    this.serverIssues = [];
    this.result = undefined;
    this.submitError = '';
    this.languageText = undefined;
    const key = this.storageKey();
    const saved = key ? parseStoredDraft(localStorage.getItem(key)) : undefined;
    this.stored = saved && JSON.stringify(saved) !== this.pristine ? saved : undefined;
  }

  private issuesOf = (field: TemplateField): readonly TemplateIssue[] =>
    this.showAll || this.touched.has(field) ? (this.byField.get(field) ?? []) : [];

  private change = (change: (draft: TemplateDraft) => TemplateDraft, field: TemplateField) => {
    if (!this.draft || this.readOnly) return;
    this.draft = change(this.draft);
    if (!this.touched.has(field)) this.touched = new Set([...this.touched, field]);
    this.serverIssues = [];
    this.stored = undefined;
    const key = this.storageKey();
    if (key) {
      try {
        localStorage.setItem(key, JSON.stringify(this.draft));
      } catch {
        // Storage full or blocked (private mode): the form still works, only the backup is lost.
      }
    }
  };

  protected override render() {
    if (!this.hub?.client) return emptyView(this.t('common.noProvider'));
    if (!this.wabaAccountId) return emptyView(this.t('templateEditor.noWaba'));
    if (!this.draft) {
      if (this.source.status === 'error') {
        return errorView(this.errorMessage(this.source.error), this.t('common.retry'), () =>
          this.source.refresh(),
        );
      }
      if (this.source.status === 'success' || this.mode === 'create') {
        return emptyView(this.t('templateEditor.notFound'));
      }
      return loadingView(this.t('templateEditor.loading'), 6);
    }
    const ctx: EditorContext = {
      draft: this.draft,
      readOnly: this.readOnly,
      t: (key, params) => this.t(key, params),
      issues: this.issuesOf,
      update: this.change,
    };
    return html`${this.announcer.region()}
      <div class="layout">
        <div class="main">
          <slot name="heading"
            ><h2 class="title">${this.t(`templateEditor.title.${this.mode}`)}</h2></slot
          >
          ${this.renderReadOnlyReason()} ${this.renderRestore()}
          ${this.result ? this.renderResult(this.result) : this.renderForm(ctx)}
        </div>
        <aside class="side" aria-label=${this.t('templateEditor.preview')}>
          <h3 class="side-title">${this.t('templateEditor.preview')}</h3>
          <hub-template-preview
            part="preview"
            .template=${this.request}
            .values=${this.previewValues}
          ></hub-template-preview>
        </aside>
      </div>
      ${this.renderLeaveDialog()}`;
  }

  /** Why the form is read-only or, when editing, the rules of the status (e.g. edit limits). */
  private renderReadOnlyReason() {
    // After a save the template is in review again; the result already says so.
    if (this.readonly || this.result) return nothing;
    const source = this.mode === 'edit' ? this.sourceTemplate : undefined;
    const rules = source ? getTemplateStatusInfo(source.status)?.reason : undefined;
    const reason = this.canWrite ? rules : this.t('templateEditor.readOnly');
    return reason ? html`<p class="note" role="note">${reason}</p>` : nothing;
  }

  private renderRestore() {
    if (!this.stored || this.readOnly || this.result) return nothing;
    return html`<div class="restore" role="region" aria-labelledby="restore-title">
      <p id="restore-title"><strong>${this.t('templateEditor.restoreTitle')}</strong></p>
      <p>${this.t('templateEditor.restoreBody')}</p>
      <div class="row-actions">
        <button type="button" class="btn btn-primary" @click=${this.onRestore}>
          ${this.t('templateEditor.restore')}
        </button>
        <button type="button" class="btn" @click=${this.onDiscardStored}>
          ${this.t('templateEditor.discard')}
        </button>
      </div>
    </div>`;
  }

  private renderForm(ctx: EditorContext) {
    const draft = ctx.draft;
    const errors = this.issues.filter((i) => i.severity === 'error');
    const warnings = this.issues.filter((i) => i.severity === 'warning');
    const authentication = draft.category === 'AUTHENTICATION';
    const marketing = draft.category === 'MARKETING';
    // Read-only forms use readonly controls, not a disabled fieldset, so every value can still be
    // reached with the keyboard and read.
    return html`<form part="form" novalidate @submit=${this.onSubmit}>
      <fieldset class="plain">
        ${this.renderSummary(errors, warnings)} ${this.renderBasics(ctx)}
        ${
          authentication
            ? authenticationEditor(ctx)
            : html`${headerEditor(ctx)} ${marketing ? offerEditor(ctx) : nothing}
              ${bodyEditor(ctx, {
                format: this.onFormat,
                addVariable: this.onAddVariable,
                keydown: this.onBodyKeydown,
              })}
              ${samplesTable(ctx)} ${this.renderFooter(ctx)} ${templateButtonsEditor(ctx)}
              ${marketing ? carouselEditor(ctx) : nothing}`
        }
        <div
          id=${controlId('template')}
          role="group"
          tabindex="-1"
          aria-label=${this.t('templateEditor.wholeTemplate')}
          aria-describedby=${describedBy(ctx, 'template')}
        >
          ${fieldIssues(ctx, 'template')}
        </div>
      </fieldset>
      ${
        this.submitError
          ? html`<p class="submit-error" role="alert">${this.submitError}</p>`
          : nothing
      }
      <div class="form-actions">
        <button type="button" class="btn" @click=${this.onCancel}>
          ${this.t('templateEditor.cancel')}
        </button>
        ${
          ctx.readOnly
            ? nothing
            : html`<button
                type="submit"
                class="btn btn-primary"
                part="submit"
                ?disabled=${errors.length > 0 || this.submitting}
                aria-describedby=${errors.length > 0 ? 'summary-title' : nothing}
              >
                ${
                  this.submitting
                    ? this.t('templateEditor.submitting')
                    : this.t(`templateEditor.submit.${this.mode}`)
                }
              </button>`
        }
      </div>
    </form>`;
  }

  private renderSummary(errors: readonly TemplateIssue[], warnings: readonly TemplateIssue[]) {
    if (errors.length === 0 && warnings.length === 0) return nothing;
    const request = this.request;
    const item = (issue: TemplateIssue) => {
      const field = [...this.byField].find(([, list]) => list.includes(issue))?.[0] ?? 'template';
      return html`<li data-severity=${issue.severity}>
        <a href="#${controlId(field)}" @click=${(e: Event) => this.focusField(e, field)}
          >${issue.message}</a
        >
      </li>`;
    };
    return html`<div class="summary" part="summary" role="region" aria-labelledby="summary-title">
      <p id="summary-title" class="summary-title">
        ${
          errors.length > 0
            ? this.t('templateEditor.summary', { count: errors.length })
            : this.t('templateEditor.warnings', { count: warnings.length })
        }
      </p>
      ${
        request
          ? html`<ul>
              ${errors.map(item)}${warnings.map(item)}
            </ul>`
          : nothing
      }
    </div>`;
  }

  private renderBasics(ctx: EditorContext) {
    const draft = ctx.draft;
    const nameLocked = this.mode === 'edit' || this.mode === 'add-language';
    // Every language of a name shares its category, and the Hub's edit takes the content only.
    const categoryLocked = this.mode === 'add-language' || this.mode === 'edit';
    const languageLocked = this.mode === 'edit';
    const languageName = findTemplateLanguage(draft.language)?.name;
    return html`<div class="basics">
      <div class="field">
        <label for=${controlId('name')}>${this.t('templateEditor.name')}</label>
        <input
          id=${controlId('name')}
          autocomplete="off"
          spellcheck="false"
          .value=${draft.name}
          ?readonly=${ctx.readOnly || nameLocked}
          aria-invalid=${invalid(ctx, 'name')}
          aria-describedby=${describedBy(ctx, 'name', 'name-hint')}
          @input=${(e: Event) => this.change((d) => ({ ...d, name: valueOf(e) }), 'name')}
        />
        <p class="hint" id="name-hint">${this.t('templateEditor.nameHint')}</p>
        ${fieldIssues(ctx, 'name')}
      </div>
      <div class="field">
        <label for=${controlId('category')}>${this.t('templateEditor.category')}</label>
        <select
          id=${controlId('category')}
          ?disabled=${ctx.readOnly || categoryLocked}
          aria-invalid=${invalid(ctx, 'category')}
          aria-describedby=${describedBy(ctx, 'category', 'category-note')}
          @change=${(e: Event) =>
            this.change((d) => withCategory(d, valueOf(e) as TemplateCategory), 'category')}
        >
          ${TEMPLATE_CATEGORIES.map(
            (c) =>
              html`<option value=${c.value} ?selected=${draft.category === c.value}>
                ${c.label}
              </option>`,
          )}
        </select>
        <p class="hint" id="category-note">
          ${TEMPLATE_CATEGORIES.find((c) => c.value === draft.category)?.description ?? ''}
          ${this.t('templateEditor.categoryNote')}
        </p>
        ${fieldIssues(ctx, 'category')}
      </div>
      <div class="field">
        <label for=${controlId('language')}>${this.t('templateEditor.language')}</label>
        <input
          id=${controlId('language')}
          list="languages"
          autocomplete="off"
          spellcheck="false"
          .value=${this.languageText ?? draft.language}
          ?readonly=${ctx.readOnly || languageLocked}
          aria-invalid=${invalid(ctx, 'language')}
          aria-describedby=${describedBy(ctx, 'language', 'language-hint')}
          @input=${this.onLanguageInput}
          @change=${this.onLanguageChange}
        />
        <datalist id="languages">
          ${TEMPLATE_LANGUAGES.map((l) => html`<option value=${l.code}>${l.name}</option>`)}
        </datalist>
        <p class="hint" id="language-hint">
          ${languageName ?? this.t('templateEditor.languageHint')}
        </p>
        ${fieldIssues(ctx, 'language')}
      </div>
      ${
        draft.category === 'AUTHENTICATION'
          ? nothing
          : html`<div class="field">
              <label for="parameter-format">${this.t('templateEditor.parameterFormat')}</label>
              <select
                id="parameter-format"
                ?disabled=${ctx.readOnly}
                @change=${(e: Event) =>
                  this.change(
                    (d) => ({ ...d, parameterFormat: valueOf(e) as 'POSITIONAL' | 'NAMED' }),
                    'body',
                  )}
              >
                ${(['POSITIONAL', 'NAMED'] as const).map(
                  (f) =>
                    html`<option
                      value=${f}
                      ?selected=${(draft.parameterFormat ?? 'POSITIONAL') === f}
                    >
                      ${this.t(`templateEditor.parameterFormat.${f}`)}
                    </option>`,
                )}
              </select>
            </div>`
      }
    </div>`;
  }

  private renderFooter(ctx: EditorContext) {
    const footer = ctx.draft.footer;
    return html`<div class="field">
      <label for=${controlId('footer')}>${this.t('templateEditor.footer')}</label>
      <input
        id=${controlId('footer')}
        dir="auto"
        .value=${footer?.text ?? ''}
        ?readonly=${ctx.readOnly}
        aria-invalid=${invalid(ctx, 'footer')}
        aria-describedby=${describedBy(ctx, 'footer')}
        @input=${(e: Event) => {
          const text = valueOf(e);
          this.change((d) => ({ ...d, footer: text === '' ? undefined : { text } }), 'footer');
        }}
      />
      ${fieldIssues(ctx, 'footer')}
    </div>`;
  }

  private renderResult(template: MessageTemplate) {
    const info = getTemplateStatusInfo(template.status);
    return html`<div class="result" part="result" role="status" tabindex="-1">
      <p>${this.submittedMessage(template)}</p>
      <p>${templateStatusBadge(this.t.bind(this), template.status)}</p>
      ${template.rejectedReason ? html`<p><strong>${template.rejectedReason}</strong></p>` : nothing}
      ${info ? html`<p class="hint">${info.reason}</p>` : nothing}
      <div class="row-actions">
        ${
          this.mode === 'create'
            ? html`<button type="button" class="btn" @click=${this.onAnother}>
                ${this.t('templateEditor.another')}
              </button>`
            : nothing
        }
        <button type="button" class="btn" @click=${this.onCancel}>
          ${this.t('templateEditor.done')}
        </button>
      </div>
    </div>`;
  }

  private submittedMessage(template: MessageTemplate): string {
    const params = { name: template.name, language: template.language };
    return this.mode === 'edit'
      ? this.t('templateEditor.saved', params)
      : this.t('templateEditor.submitted', params);
  }

  private renderLeaveDialog() {
    if (!this.confirmingLeave) return nothing;
    return html`<dialog
      part="dialog"
      aria-labelledby="leave-title"
      aria-describedby="leave-body"
      @keydown=${trapTab}
      @close=${() => {
        this.confirmingLeave = false;
      }}
    >
      <h2 id="leave-title">${this.t('templateEditor.leaveTitle')}</h2>
      <p id="leave-body">${this.t('templateEditor.leaveBody')}</p>
      <div class="row-actions end">
        <button type="button" class="btn" autofocus @click=${() => this.dialog?.close()}>
          ${this.t('templateEditor.stay')}
        </button>
        <button type="button" class="btn btn-danger" @click=${this.onConfirmLeave}>
          ${this.t('templateEditor.leave')}
        </button>
      </div>
    </dialog>`;
  }

  private focusField(event: Event, field: TemplateField) {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${controlId(field)}`)?.focus();
  }

  private applyEdit(edit: TextEdit) {
    this.change((d) => ({ ...d, body: { ...d.body, text: edit.text } }), 'body');
    void this.updateComplete.then(() => {
      const input = this.bodyInput;
      input?.focus();
      input?.setSelectionRange(edit.selectionStart, edit.selectionEnd);
    });
  }

  private onFormat = (marker: string) => {
    const input = this.bodyInput;
    if (!input || !this.draft) return;
    this.applyEdit(
      wrapSelection(this.draft.body.text, input.selectionStart, input.selectionEnd, marker),
    );
  };

  private onAddVariable = () => {
    const input = this.bodyInput;
    const draft = this.draft;
    if (!input || !draft) return;
    const name = nextVariableName(draft.body.text, draft.parameterFormat);
    this.applyEdit(insertVariable(draft.body.text, input.selectionStart, input.selectionEnd, name));
  };

  private onBodyKeydown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    const format = FORMATS.find((f) => f.key === event.key.toLowerCase());
    if (!format) return;
    event.preventDefault();
    this.onFormat(format.marker);
  };

  private onLanguageInput = (event: Event) => {
    const text = valueOf(event);
    const code = resolveTemplateLanguage(text);
    // The draft takes the code at once (preview, validation) but the field keeps what was typed:
    // "English" is a whole name on the way to "English (US)". A code picked from the list shows.
    this.languageText = code === text ? undefined : text;
    this.change((d) => ({ ...d, language: code ?? text.trim() }), 'language');
  };

  /** Leaving the field shows the code a typed name stands for (its name is the hint). */
  private onLanguageChange = () => {
    if (this.draft && findTemplateLanguage(this.draft.language)) this.languageText = undefined;
  };

  private onRestore = () => {
    if (!this.stored) return;
    this.languageText = undefined;
    this.draft = this.stored;
    this.stored = undefined;
    this.showAll = true;
  };

  private onDiscardStored = () => {
    const key = this.storageKey();
    if (key) localStorage.removeItem(key);
    this.stored = undefined;
  };

  private onAnother = async () => {
    this.initializedFor = '';
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${controlId('name')}`)?.focus();
  };

  private onCancel = () => {
    if (this.hasUnsavedChanges) this.confirmingLeave = true;
    else this.leave();
  };

  private onConfirmLeave = () => {
    const key = this.storageKey();
    if (key) localStorage.removeItem(key);
    this.dialog?.close();
    this.leave();
  };

  private leave() {
    // Coming back to the same template later starts over instead of showing this visit's result.
    this.reset();
    if (this.wabaAccountId) this.emit('hub-template-cancel', { wabaId: this.wabaAccountId });
  }

  private onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.hasUnsavedChanges) return;
    event.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = '';
  };

  private onSubmit = async (event: Event) => {
    event.preventDefault();
    const client = this.hub?.client;
    const wabaId = this.wabaAccountId;
    const draft = this.draft;
    const request = this.request;
    this.showAll = true;
    if (!client || !wabaId || !draft || !request || this.readOnly || this.submitting) return;
    if (this.issues.some((i) => i.severity === 'error')) return;
    const source = this.sourceTemplate;
    this.submitting = true;
    this.submitError = '';
    try {
      const template =
        this.mode === 'edit' && source
          ? await client.templates.update(wabaId, source.id, toUpdateInput(request, draft))
          : await client.templates.create(wabaId, toInput(request, draft));
      const key = this.storageKey();
      if (key) localStorage.removeItem(key);
      // What was sent is now the platform's: leaving asks nothing.
      this.pristine = JSON.stringify(draft);
      this.result = template;
      // The form (and its focused submit button) is replaced by the result: move focus there.
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('[part=result]')?.focus(),
      );
      this.announcer.announce(this.submittedMessage(template));
      this.emit('hub-template-submitted', { wabaId, mode: this.mode, template });
      this.pollReview(wabaId, template.id);
    } catch (error) {
      this.onSubmitFailed(error, request);
    } finally {
      this.submitting = false;
    }
  };

  private onSubmitFailed(error: unknown, request: TemplateCreateRequest) {
    const server: TemplateIssue[] =
      error instanceof HubError && error.kind === 'conflict'
        ? [
            {
              // A new language can only clash in its language: the name is fixed there.
              path: [this.mode === 'add-language' ? 'language' : 'name'],
              code: 'server.conflict',
              message: this.t('templateEditor.conflict'),
              severity: 'error',
            },
          ]
        : error instanceof HubError
          ? fieldErrorsToIssues(error.fieldErrors)
          : [];
    this.serverIssues = server;
    this.issues = [...validateTemplate(request).issues, ...server];
    this.byField = issuesByField(request, this.issues);
    this.submitError = this.t('templateEditor.submitFailed', { reason: this.errorMessage(error) });
  }

  private pollReview(wabaId: string, templateId: string) {
    clearTimeout(this.pollTimer);
    const client = this.hub?.client;
    if (!client || FINAL.has(this.result?.status.toUpperCase() ?? '')) return;
    this.pollTimer = setTimeout(() => {
      client.templates.get(wabaId, templateId, { staleWhileRevalidate: false }).then(
        (template) => {
          if (this.result?.id !== templateId) return;
          if (template.status !== this.result.status) {
            this.announcer.announce(templateStatusLabel(this.t.bind(this), template.status));
          }
          this.result = template;
          this.pollReview(wabaId, templateId);
        },
        () => this.pollReview(wabaId, templateId),
      );
    }, this.reviewPollMs);
  }
}

/** The create request a stored template was made from, without the Hub's bookkeeping fields. */
function requestOf(template: MessageTemplate): TemplateCreateRequest {
  return {
    name: template.name,
    language: template.language,
    // Legacy categories pass through; the validator reports them.
    category: template.category as TemplateCreateRequest['category'],
    components: template.components as unknown as TemplateCreateRequest['components'],
  };
}

/** The edit of a template: the Hub keeps its name, language and category; the content is sent. */
function toUpdateInput(request: TemplateCreateRequest, draft: TemplateDraft): UpdateTemplateInput {
  const { components, allowCategoryChange } = toInput(request, draft);
  return { components, ...(allowCategoryChange !== undefined && { allowCategoryChange }) };
}

function toInput(request: TemplateCreateRequest, draft: TemplateDraft): CreateTemplateInput {
  const input: CreateTemplateInput = {
    name: request.name,
    language: request.language,
    category: draft.category,
    components: request.components as unknown as MessageTemplateComponent[],
  };
  if (draft.parameterFormat) {
    input.parameterFormat = draft.parameterFormat === 'NAMED' ? 'named' : 'positional';
  }
  if (draft.allowCategoryChange !== undefined)
    input.allowCategoryChange = draft.allowCategoryChange;
  if (draft.messageSendTtlSeconds !== undefined) {
    input.messageSendTtlSeconds = draft.messageSendTtlSeconds;
  }
  return input;
}
