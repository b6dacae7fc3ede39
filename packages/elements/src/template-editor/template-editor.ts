import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  can,
  draftToCreateInput,
  draftToUpdateInput,
  emptyTemplateDraft,
  submitErrorIssues,
  suggestTemplateLanguage,
  templateDraftKey,
  templateEditRules,
  templateToDraft,
  type MessageTemplate,
  type Page,
  type TemplateEditRules,
  type TemplateDraft,
  type TemplateEditorMode,
  type TemplateField,
  type TextEdit,
} from '@hub/core';
import { HubElement } from '../base/hub-element.js';
import type { MessageKey } from '../base/messages.js';
import { DialogController } from '../base/dialog.js';
import { dialogStyles } from '../base/dialog.styles.js';
import { HubQueryController } from '../base/query-controller.js';
import { ConfirmationController } from '../base/confirmations.js';
import { confirmationStyles } from '../base/confirmations.styles.js';
import { emptyView, errorView, loadingView } from '../base/status-views.js';
import { templateMessages } from '../template-list/template-messages.js';
import { templateLanguageName, templateStatusLabel } from '../template-list/vocabulary.js';
import { LanguageField, basicsEditor } from './basics-editor.js';
import { bodyActions, bodyEditor, footerEditor, samplesTable } from './body-editor.js';
import { templateButtonsEditor } from './buttons-editor.js';
import { controlId, type EditorContext } from './context.js';
import { TemplateDraftStorage } from './draft-storage.js';
import { TemplateFormController } from './form-state.js';
import { headerEditor } from './header-editor.js';
import { templateEditorMessages } from './messages.js';
import {
  issueSummary,
  readOnlyReason,
  restorePanel,
  resultPanel,
  submitButton,
  wholeTemplateIssues,
} from './panels.js';
import { ReviewPoller } from './review-poller.js';
import { authenticationEditor, carouselEditor, offerEditor } from './special-editors.js';
import { styles } from './template-editor.styles.js';
import { UnloadGuard } from './unload-guard.js';

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

/**
 * Creates and edits WhatsApp message templates with live validation and a live preview.
 *
 * Modes: `create` (empty form), `edit`, `copy` and `add-language` (prefilled from the template
 * named by `template-name` and `language`, or given as the `template` property); `readonly` only
 * shows the template. Every keystroke is checked with `@hub/core`'s `validateTemplate`, and what
 * may change follows its `templateEditRules` (e.g. an approved template keeps its category). An
 * issue appears once its field was touched, or on submit: at its field (linked with
 * `aria-describedby`) and in a summary; errors shown keep the submit button disabled, warnings do
 * not. Submitting sends the template for review (edit mode saves it with `templates.update`,
 * which sends it back to review) and shows the platform's answer (pending, then approved or
 * rejected with the reason); a rejected request's details land on their fields. Call `reset()`
 * before showing the editor again for another template.
 *
 * Nothing typed is lost: the draft is kept in `localStorage` per WABA and template and offered
 * back after a reload or a failed submit, and leaving with unsaved changes asks first. Restoring
 * or discarding that draft is confirmed in a message above the form; the result panel is the
 * confirmation of a submit. Without the `templates:write` capability the form is read-only, with
 * the reason.
 *
 * The element is a size container: narrower than 48rem the preview moves under the form, and
 * every row of controls wraps, so a phone never scrolls sideways.
 *
 * @tagname hub-template-editor
 * @summary Create, edit, copy and translate message templates.
 * @fires hub-template-submitted - The template was submitted or, in edit mode, saved. `detail: { wabaId, mode, template }`
 * @fires hub-template-cancel - The user left the editor. `detail: { wabaId }`
 * @slot heading - Replaces the editor's heading.
 * @csspart confirmations - The list of messages confirming completed actions (draft restored or
 * discarded).
 * @csspart confirmation - One such message (`data-tone` is `success` or `neutral`).
 * @csspart confirmation-dismiss - The button that dismisses a message.
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
  static override styles = [...HubElement.styles, confirmationStyles, dialogStyles, styles];

  /** English strings: the editor's, and the template statuses and categories it names. */
  static override messages = { ...templateMessages, ...templateEditorMessages };

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

  @state() private submitting = false;
  @state() private submitError = '';
  @state() private result: MessageTemplate | undefined;

  @query('#field-body') private bodyInput!: HTMLTextAreaElement | null;

  private readonly confirmations = new ConfirmationController(this);
  private readonly form = new TemplateFormController(this);
  private readonly storage = new TemplateDraftStorage(this, () => this.storageKey());
  private readonly leaveDialog = new DialogController(this);
  private readonly review = new ReviewPoller(this, {
    interval: () => this.reviewPollMs,
    changed: (template) => {
      if (this.result?.id !== template.id) return;
      if (template.status !== this.result.status) {
        this.confirmations.announce(templateStatusLabel(this.t.bind(this), template.status));
      }
      this.result = template;
    },
  });
  private initializedFor = '';
  private readonly languageField = new LanguageField(this, {
    locale: () => this.resolvedLocale,
    draft: () => this.form.draft,
    update: (update, field) => this.change(update, field),
  });
  private readonly unloadGuard = new UnloadGuard(this, () => this.hasUnsavedChanges);

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
    return this.form.dirty && !this.result;
  }

  /** What the form lets the user change now: `@hub/core`'s rules for the mode and status. */
  private get rules(): TemplateEditRules {
    return templateEditRules({
      mode: this.readonly ? 'view' : this.mode,
      status: this.sourceTemplate?.status,
      canWrite: can(this.hub?.permissions, 'templates:write'),
    });
  }

  /**
   * Leaves the editor the way its Cancel button does: asks first when there are unsaved changes,
   * then emits `hub-template-cancel`. Call it from the portal's own navigation.
   */
  requestLeave(): void {
    void this.onCancel();
  }

  /**
   * Starts over for the current `mode`, `template-name`/`language` (or `template`): the form as
   * the template gives it, without the result of an earlier submission. A draft kept in storage
   * is offered back, as after a reload. The editor resets itself when the user leaves; call this
   * before showing it again when the portal changes its target itself (e.g. "New template" twice).
   */
  reset(): void {
    this.review.stop();
    this.initializedFor = '';
    this.form.start(undefined);
    this.result = undefined;
  }

  private get sourceTemplate(): MessageTemplate | undefined {
    if (this.template) return this.template;
    const items = this.source.data?.items ?? [];
    return (
      items.find((t) => t.language === this.language) ?? (this.language ? undefined : items[0])
    );
  }

  protected override willUpdate(): void {
    this.initialize();
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
    this.result = undefined;
    if (this.mode !== 'create' && !source) {
      // The new target is still loading: show that, not the previous template's form or result.
      this.form.start(undefined);
      return;
    }
    this.initializedFor = target;
    // Another template's confirmations say nothing about this one.
    this.confirmations.dismiss();
    const draft = source
      ? templateToDraft(source, this.mode)
      : emptyTemplateDraft('MARKETING', suggestTemplateLanguage(this.resolvedLocale) ?? 'en_US');
    this.form.start(draft);
    this.submitError = '';
    this.languageField.clear();
    this.storage.load(draft);
  }

  protected override render() {
    if (this.prerendering) return loadingView(this.t('templateEditor.loading'), 6);
    if (!this.hub?.client) return emptyView(this.t('common.noProvider'));
    if (!this.wabaAccountId) return emptyView(this.t('templateEditor.noWaba'));
    const draft = this.form.draft;
    if (!draft) {
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
    const rules = this.rules;
    const ctx: EditorContext = {
      draft,
      readOnly: rules.content.locked,
      t: (key, params) => this.t(key, params),
      issues: this.form.issuesOf,
      update: this.change,
    };
    const title = `templateEditor.title.${this.readonly ? 'view' : this.mode}` as const;
    const t = this.t.bind(this);
    const status = this.mode === 'edit' ? this.sourceTemplate?.status : undefined;
    return html`<div class="layout">
        <div class="main">
          <slot name="heading"><h2 class="title">${this.t(title)}</h2></slot>
          ${this.confirmations.render(this.t('common.dismiss'))}
          ${
            // Viewing needs no reason; after a save the result says what happens next.
            this.readonly || this.result ? nothing : readOnlyReason(t, rules, status)
          }
          ${
            this.storage.offered && !ctx.readOnly && !this.result
              ? restorePanel(t, this.onRestore, this.onDiscardStored)
              : nothing
          }
          ${
            this.result
              ? resultPanel(t, {
                  template: this.result,
                  message: this.submittedMessage(this.result),
                  another: this.mode === 'create' ? this.onAnother : undefined,
                  done: this.onCancel,
                })
              : this.renderForm(ctx, rules)
          }
        </div>
        <aside class="side" aria-label=${this.t('templateEditor.preview')}>
          <h3 class="side-title">${this.t('templateEditor.preview')}</h3>
          <hub-template-preview
            part="preview"
            .template=${this.form.request}
            .values=${this.form.previewValues}
          ></hub-template-preview>
        </aside>
      </div>
      ${this.leaveDialog.render()}`;
  }

  private renderForm(ctx: EditorContext, rules: TemplateEditRules) {
    const { draft } = ctx;
    const shown = this.form.shown();
    const marketing = draft.category === 'MARKETING';
    // Read-only forms use readonly controls, not a disabled fieldset, so every value can still be
    // reached with the keyboard and read.
    return html`<form part="form" novalidate @submit=${this.onSubmit}>
      <fieldset class="plain">
        ${issueSummary(this.t.bind(this), shown, this.focusField)}
        ${basicsEditor(ctx, {
          rules,
          locale: this.resolvedLocale,
          language: this.languageField,
        })}
        ${
          draft.category === 'AUTHENTICATION'
            ? authenticationEditor(ctx)
            : html`${headerEditor(ctx)} ${marketing ? offerEditor(ctx) : nothing}
              ${bodyEditor(ctx, this.bodyActions)} ${samplesTable(ctx)} ${footerEditor(ctx)}
              ${templateButtonsEditor(ctx)} ${marketing ? carouselEditor(ctx) : nothing}`
        }
        ${wholeTemplateIssues(ctx)}
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
            : submitButton(this.t.bind(this), {
                mode: this.mode,
                errorsShown: shown.errors.length > 0,
                submitting: this.submitting,
              })
        }
      </div>
    </form>`;
  }

  private change = (update: (draft: TemplateDraft) => TemplateDraft, field: TemplateField) => {
    if (this.rules.content.locked) return;
    this.form.change(update, field);
    if (this.form.draft) this.storage.save(this.form.draft);
  };

  private focusField = (event: Event, field: TemplateField) => {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${controlId(field)}`)?.focus();
  };

  private applyEdit = (edit: TextEdit) => {
    this.change((d) => ({ ...d, body: { ...d.body, text: edit.text } }), 'body');
    void this.updateComplete.then(() => {
      const input = this.bodyInput;
      input?.focus();
      input?.setSelectionRange(edit.selectionStart, edit.selectionEnd);
    });
  };

  private readonly bodyActions = bodyActions(
    () => this.bodyInput,
    () => this.form.draft,
    this.applyEdit,
  );

  private onRestore = () => {
    const kept = this.storage.take();
    if (!kept) return;
    this.languageField.clear();
    this.form.restore(kept);
    this.draftHandled('success', 'templateEditor.restored');
  };

  private onDiscardStored = () => {
    this.storage.clear();
    this.draftHandled('neutral', 'templateEditor.discarded');
  };

  /** Confirms what became of a kept draft; its panel and buttons are gone, so the form has focus. */
  private draftHandled(tone: 'success' | 'neutral', key: MessageKey) {
    this.confirmations.show({ tone, text: this.t(key), subject: 'draft' });
    this.focusName();
  }

  private onAnother = () => {
    this.initializedFor = '';
    this.requestUpdate();
    this.focusName();
  };

  /** Moves the focus to the first field once the form is rendered. */
  private focusName() {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#${controlId('name')}`)?.focus(),
    );
  }

  private submittedMessage({ name, language }: MessageTemplate): string {
    const params = {
      name,
      language: templateLanguageName(this.resolvedLocale, language) ?? language,
    };
    return this.t(
      this.mode === 'edit' ? 'templateEditor.saved' : 'templateEditor.submitted',
      params,
    );
  }

  private onCancel = async () => {
    if (!this.hasUnsavedChanges) return this.leave();
    const choice = await this.leaveDialog.open({
      title: this.t('templateEditor.leaveTitle'),
      body: this.t('templateEditor.leaveBody'),
      confirmLabel: this.t('templateEditor.leave'),
      cancelLabel: this.t('templateEditor.stay'),
    });
    if (choice !== 'confirm') return;
    this.storage.clear();
    this.leave();
  };

  private leave() {
    // Coming back to the same template later starts over instead of showing this visit's result.
    this.reset();
    if (this.wabaAccountId) this.emit('hub-template-cancel', { wabaId: this.wabaAccountId });
  }

  private onSubmit = async (event: Event) => {
    event.preventDefault();
    const client = this.hub?.client;
    const wabaId = this.wabaAccountId;
    const draft = this.form.draft;
    if (!client || !wabaId || !draft || this.rules.content.locked || this.submitting) return;
    this.form.revealAll();
    if (this.form.hasErrors) {
      // The problems were hidden until now: take the user to their list.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part=summary]')?.focus();
      return;
    }
    const source = this.sourceTemplate;
    this.submitting = true;
    this.submitError = '';
    try {
      const template =
        this.mode === 'edit' && source
          ? await client.templates.update(wabaId, source.id, draftToUpdateInput(draft))
          : await client.templates.create(wabaId, draftToCreateInput(draft));
      this.storage.clear();
      // What was sent is now the platform's: leaving asks nothing.
      this.form.markSaved();
      this.confirmations.dismiss('draft');
      this.result = template;
      // The form (and its focused submit button) is replaced by the result: move focus there.
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('[part=result]')?.focus(),
      );
      // The result panel shows it and takes the focus; the announcement reaches every reader.
      this.confirmations.announce(this.submittedMessage(template));
      this.emit('hub-template-submitted', { wabaId, mode: this.mode, template });
      this.review.watch(template, () =>
        client.templates.get(wabaId, template.id, { staleWhileRevalidate: false }),
      );
    } catch (error) {
      this.form.refused(submitErrorIssues(error, this.mode));
      this.submitError = this.t('templateEditor.submitFailed', {
        reason: this.errorMessage(error),
      });
    } finally {
      this.submitting = false;
    }
  };
}
