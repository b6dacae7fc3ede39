import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  TEMPLATE_CATEGORIES,
  TEMPLATE_STATUSES,
  can,
  filterTemplates,
  getTemplateStatusInfo,
  groupTemplatesByName,
  sortTemplateGroups,
  templateLanguagesIn,
  type MessageTemplate,
  type Page,
  type TemplateGroup,
  type TemplateListAction,
  type TemplateListSort,
} from '@hub/core';
import { HubElement } from '../base/hub-element.js';
import { DialogController } from '../base/dialog.js';
import { dialogStyles } from '../base/dialog.styles.js';
import { MenuController } from '../base/menu.js';
import { menuStyles } from '../base/menu.styles.js';
import { qualityBadge, templateStatusBadge } from '../base/badges.js';
import { HubQueryController } from '../base/query-controller.js';
import { ConfirmationController } from '../base/confirmations.js';
import { confirmationStyles } from '../base/confirmations.styles.js';
import { emptyView, errorView, loadingView } from '../base/status-views.js';
import { skippedItemsLogger } from '../base/skipped.js';
import {
  templateCategoryLabel,
  templateLanguageName,
  templateStatusHelp,
  templateStatusLabel,
} from './vocabulary.js';
import { filterSelect, type FilterOption } from './filter-select.js';
import { rowActions, rowMenu, type RowActionOptions, type TemplateRow } from './row-actions.js';
import { styles } from './template-list.styles.js';
import { templateListMessages } from './messages.js';
import { liveTemplateChanges } from './live.js';
import { formatIsoDate } from '../base/formatters.js';

declare global {
  interface HubEventMap {
    /** A template was chosen to view, edit, copy or translate; the portal shows the editor. */
    'hub-template-select': {
      wabaId: string;
      template: MessageTemplate;
      action: Exclude<TemplateListAction, 'delete'>;
    };
    /** "New template" was chosen; the portal shows an empty editor. */
    'hub-template-create': { wabaId: string };
    /** A template name (every language of it) was deleted. */
    'hub-template-deleted': { wabaId: string; name: string; templateId: string };
  }
}

/** The Hub answers at most 1,000 items per page; a WABA has at most 250 names. */
const PAGE_LIMIT = 1000;
const SORTS: readonly TemplateListSort[] = ['name', 'updated', 'status', 'category'];

/**
 * Every message template of a WhatsApp Business Account, grouped by name with a row per language:
 * category, status (with the rejection reason, quality rating and what the user may do next) and
 * last update. Search, filters (status, category, language) and sorting run in the browser over
 * the cached list; **Sync** asks the Hub to re-read the templates from WhatsApp.
 *
 * Actions follow each status's rules and the session's `templates:write` capability. Viewing,
 * editing, copying and adding a language emit `hub-template-select` for the portal to open
 * `<hub-template-editor>`; deleting asks for confirmation first. Viewing and editing are buttons on
 * the row; copying, adding a language and deleting are in the row's actions menu. A completed
 * sync or deletion (and a failed one) is confirmed in a message at the top of the list, seen and
 * announced. Languages are named in the provider's locale ("Deutsch" on a German page).
 *
 * The element is a size container: narrower than about 40rem (a phone, a side panel) each
 * template becomes a card with labelled values instead of a table row, so nothing scrolls
 * sideways and every action stays on screen.
 *
 * @tagname hub-template-list
 * @summary Monitor, search and manage a WABA's message templates.
 * @fires hub-template-select - View, edit, copy or add language was chosen. `detail: { wabaId, template, action }`
 * @fires hub-template-create - "New template" was chosen. `detail: { wabaId }`
 * @fires hub-template-deleted - A template was deleted (all its languages). `detail: { wabaId, name, templateId }`
 * @csspart confirmations - The list of messages confirming completed actions (sync, delete).
 * @csspart confirmation - One such message (`data-tone` is `success` or `danger`).
 * @csspart confirmation-dismiss - The button that dismisses a message.
 * @csspart toolbar - Search, filters, sort and the Sync / New template buttons.
 * @csspart table - The table of templates.
 * @csspart row - One language of a template.
 * @csspart row-changed - A row a live update just changed (with `<hub-provider live>`), for about 2 s; its change is announced.
 * @csspart status-badge - A status badge.
 * @csspart quality-badge - A quality rating badge.
 * @csspart menu-button - A row's actions-menu button.
 * @csspart menu - The actions menu.
 * @csspart skipped - The line saying how many templates the Hub sent in a form that could not be read (they are left out; the console lists them).
 * @csspart dialog - The delete confirmation dialog.
 * @csspart dialog-title - The dialog's question.
 * @csspart dialog-body - What deleting does.
 * @csspart dialog-error - Why the deletion failed, shown in the dialog.
 * @csspart dialog-actions - The dialog's Cancel and Delete buttons.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error shown when the list cannot be loaded.
 * @csspart empty - The empty state.
 */
export class HubTemplateList extends HubElement {
  /** Shadow styles: the `--hub-*` tokens and this element's rules (theme with `--hub-*` and `::part()`). */
  static override styles = [
    ...HubElement.styles,
    confirmationStyles,
    dialogStyles,
    menuStyles,
    styles,
  ];
  static override messages = templateListMessages;

  /** The WhatsApp Business Account (ID ending in `WA`) whose templates are listed. */
  @property({ attribute: 'waba-account-id' }) wabaAccountId: string | undefined;

  @state() private search = '';
  @state() private statusFilter = '';
  @state() private categoryFilter = '';
  @state() private languageFilter = '';
  @state() private sort: TemplateListSort = 'name';
  @state() private syncing = false;
  private readonly confirmations = new ConfirmationController(this);
  private readonly logSkipped = skippedItemsLogger('hub-template-list');
  private readonly deleteDialog = new DialogController(this);
  /** The actions menu of one row: its group and the language (template) the row shows. */
  private readonly menu = new MenuController<TemplateRow>(this, { align: 'end' });
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly query = new HubQueryController<Page<MessageTemplate>>(this, () => {
    const client = this.hub?.client;
    const wabaId = this.wabaAccountId;
    if (!client || !wabaId) return undefined;
    const params = { limit: PAGE_LIMIT };
    return {
      client,
      key: client.templates.keys.list(wabaId, params),
      fetch: (options) => client.templates.list(wabaId, params, options),
    };
  });

  /** Rows a live update changed: highlighted for a moment and announced. */
  private readonly liveChanges = liveTemplateChanges(this, {
    hub: () => this.hub,
    wabaId: () => this.wabaAccountId,
    templates: () => this.query.data?.items,
    t: this.t.bind(this),
    locale: () => this.resolvedLocale,
    announce: (text) => this.confirmations.announce(text),
  });

  private get canWrite(): boolean {
    return can(this.hub?.permissions, 'templates:write');
  }

  private get rowActionOptions(): RowActionOptions {
    return {
      t: this.t.bind(this),
      canWrite: this.canWrite,
      menu: this.menu,
      languageLabel: (code) => this.languageLabel(code),
      run: this.runAction,
    };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override updated(): void {
    this.logSkipped(this.query.data);
  }

  protected override render() {
    if (this.prerendering) return loadingView(this.t('templateList.loading'), 5);
    return html`${this.confirmations.render(this.t('common.dismiss'))}${this.renderContent()}
    ${rowMenu(this.rowActionOptions)} ${this.deleteDialog.render()}`;
  }

  private renderContent() {
    if (!this.hub?.client) return emptyView(this.t('common.noProvider'));
    if (!this.wabaAccountId) return emptyView(this.t('templateList.noWaba'));
    const { status, data } = this.query;
    if (!data) {
      if (status === 'error') {
        return errorView(this.errorMessage(this.query.error), this.t('common.retry'), () =>
          this.query.refresh(),
        );
      }
      return loadingView(this.t('templateList.loading'), 5);
    }
    const all = data.items;
    return html`
      ${this.renderToolbar(all)}
      ${this.canWrite ? nothing : html`<p class="note">${this.t('templateList.readOnly')}</p>`}
      ${
        // Templates the Hub sent in a form this version cannot read are left out rather than
        // failing the list; saying how many keeps the list from looking silently short.
        data.skipped.length > 0
          ? html`<p class="note" part="skipped">
              ${this.t('templateList.skipped', { count: data.skipped.length })}
            </p>`
          : nothing
      }
      ${
        status === 'error'
          ? errorView(this.errorMessage(this.query.error), this.t('common.retry'), () =>
              this.query.refresh(),
            )
          : nothing
      }
      ${this.renderTable(all)}
    `;
  }

  private filtered(all: readonly MessageTemplate[]): TemplateGroup[] {
    const matching = filterTemplates(all, {
      query: this.search,
      status: this.statusFilter,
      category: this.categoryFilter,
      language: this.languageFilter,
    });
    return sortTemplateGroups(groupTemplatesByName(matching), this.sort);
  }

  private renderToolbar(all: readonly MessageTemplate[]) {
    const any: FilterOption = ['', this.t('common.all')];
    return html`<div class="toolbar" part="toolbar" role="search">
      <label class="field search" for="search"
        >${this.t('templateList.search')}
        <input
          id="search"
          type="search"
          autocomplete="off"
          placeholder=${this.t('templateList.searchPlaceholder')}
          .value=${this.search}
          @input=${(e: Event) => this.setFilter(() => (this.search = (e.target as HTMLInputElement).value))}
      /></label>
      ${filterSelect(
        'status',
        this.t('templateList.status'),
        this.statusFilter,
        [
          any,
          ...TEMPLATE_STATUSES.map(
            (s) => [s.status, templateStatusLabel(this.t.bind(this), s.status)] as const,
          ),
        ],
        (v) => this.setFilter(() => (this.statusFilter = v)),
      )}
      ${filterSelect(
        'category',
        this.t('templateList.category'),
        this.categoryFilter,
        [any, ...TEMPLATE_CATEGORIES.map((c) => [c.value, this.categoryLabel(c.value)] as const)],
        (v) => this.setFilter(() => (this.categoryFilter = v)),
      )}
      ${filterSelect(
        'language',
        this.t('templateList.language'),
        this.languageFilter,
        [any, ...templateLanguagesIn(all).map((code) => [code, this.languageLabel(code)] as const)],
        (v) => this.setFilter(() => (this.languageFilter = v)),
      )}
      ${filterSelect(
        'sort',
        this.t('templateList.sort'),
        this.sort,
        SORTS.map((s) => [s, this.t(`templateList.sort.${s}`)] as const),
        (v) => (this.sort = v as TemplateListSort),
      )}
      <div class="actions-bar">
        <button
          type="button"
          class="btn"
          aria-disabled=${this.syncing ? 'true' : 'false'}
          @click=${this.onSync}
        >
          ${this.syncing ? this.t('templateList.syncing') : this.t('templateList.sync')}
        </button>
        ${
          this.canWrite
            ? html`<button type="button" class="btn btn-primary" @click=${this.onCreate}>
                ${this.t('templateList.create')}
              </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  private renderTable(all: readonly MessageTemplate[]) {
    if (all.length === 0) {
      return emptyView(
        this.t('templateList.empty'),
        this.t('templateList.emptyHint'),
        this.canWrite
          ? html`<button type="button" class="btn btn-primary" @click=${this.onCreate}>
              ${this.t('templateList.create')}
            </button>`
          : undefined,
      );
    }
    const groups = this.filtered(all);
    if (groups.length === 0) {
      return emptyView(
        this.t('templateList.noMatches'),
        undefined,
        html`<button type="button" class="btn" @click=${this.clearFilters}>
          ${this.t('templateList.clearFilters')}
        </button>`,
      );
    }
    const count = groups.length;
    // The table never scrolls sideways (narrow, it turns into cards), so it needs no focusable
    // scroll region around it.
    return html`<p class="summary" id="summary">${this.t('templateList.results', { count })}</p>
      <div class="table-wrap">
        <table part="table" aria-labelledby="summary">
          <thead>
            <tr>
              <th scope="col">${this.t('templateList.column.name')}</th>
              <th scope="col">${this.t('templateList.column.category')}</th>
              <th scope="col">${this.t('templateList.column.language')}</th>
              <th scope="col">${this.t('templateList.column.status')}</th>
              <th scope="col">${this.t('templateList.column.updated')}</th>
              <th scope="col">${this.t('templateList.column.actions')}</th>
            </tr>
          </thead>
          ${groups.map((group) => this.renderGroup(group))}
        </table>
      </div>`;
  }

  private renderGroup(group: TemplateGroup) {
    const rows = group.templates.length;
    // Each value carries its column's name, shown when the table is laid out as cards.
    const cell = (
      column: 'category' | 'language' | 'status' | 'updated',
      content: unknown,
      span = 1,
    ) =>
      html`<td rowspan=${span} data-label=${this.t(`templateList.column.${column}`)}>
        ${content}
      </td>`;
    return html`<tbody>
      ${group.templates.map(
        (template, index) =>
          html`<tr
            class=${this.liveChanges.has(template.id) ? 'row-changed' : ''}
            part=${this.liveChanges.has(template.id) ? 'row row-changed' : 'row'}
          >
            ${
              index === 0
                ? html`<th scope="rowgroup" rowspan=${rows}>
                      <span class="name">${group.name}</span>
                      <span class="muted"
                        >${this.t('templateList.languages', { count: rows })}</span
                      >
                    </th>
                    ${cell('category', this.categoryLabel(group.category), rows)}`
                : nothing
            }
            ${cell('language', this.languageLabel(template.language))}
            ${cell('status', this.renderStatus(template))}
            ${cell('updated', this.formatDate(template.modifiedAt ?? template.createdAt))}
            <td class="actions">${rowActions({ group, template }, this.rowActionOptions)}</td>
          </tr>`,
      )}
    </tbody>`;
  }

  private renderStatus(template: MessageTemplate) {
    const info = getTemplateStatusInfo(template.status);
    const quality = template.qualityScore;
    return html`<div class="status">
      ${templateStatusBadge(template.status, templateStatusLabel(this.t.bind(this), template.status))}
      ${qualityBadge(
        // Meta has not rated it yet: a badge saying so would only add noise to every new row.
        quality === 'UNKNOWN' ? null : quality,
        this.t('templateList.quality', { quality: quality ?? '' }),
      )}
      ${
        template.rejectedReason
          ? html`<p>
              ${this.t('templateList.rejectedReason', { reason: template.rejectedReason })}
            </p>`
          : nothing
      }
      ${
        // What a sendable template allows (edit limits) is said where it matters, in the editor;
        // repeated on every approved row it buried the statuses that need attention.
        info && !info.sendable
          ? html`<p>${templateStatusHelp(this.t.bind(this), template.status)}</p>`
          : nothing
      }
    </div>`;
  }

  private setFilter(change: () => void) {
    change();
    // Announce the count once typing pauses, not on every keystroke.
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const all = this.query.data?.items ?? [];
      this.confirmations.announce(
        this.t('templateList.results', { count: this.filtered(all).length }),
      );
    }, 500);
  }

  private clearFilters = () => {
    this.setFilter(() => {
      this.search = '';
      this.statusFilter = '';
      this.categoryFilter = '';
      this.languageFilter = '';
    });
  };

  private runAction = ({ group, template }: TemplateRow, action: TemplateListAction) => {
    if (action === 'delete') void this.confirmDelete(group, template);
    else if (this.wabaAccountId) {
      this.emit('hub-template-select', { wabaId: this.wabaAccountId, template, action });
    }
  };

  private onCreate = () => {
    if (this.wabaAccountId) this.emit('hub-template-create', { wabaId: this.wabaAccountId });
  };

  private onSync = async () => {
    const client = this.hub?.client;
    const wabaId = this.wabaAccountId;
    if (!client || !wabaId || this.syncing) return;
    this.syncing = true;
    try {
      await client.templates.sync(wabaId);
      this.confirmations.show({
        tone: 'success',
        text: this.t('templateList.synced'),
        subject: 'sync',
      });
    } catch (error) {
      const text = this.t('templateList.syncFailed', { reason: this.errorMessage(error) });
      this.confirmations.show({ tone: 'danger', text, subject: 'sync' });
    } finally {
      this.syncing = false;
    }
  };

  /** Deletes the group (every language) once confirmed, by the id of the row it was asked from. */
  private async confirmDelete(group: TemplateGroup, template: MessageTemplate) {
    const client = this.hub?.client;
    const wabaId = this.wabaAccountId;
    if (!client || !wabaId) return;
    const approved = group.templates.some((t) => getTemplateStatusInfo(t.status)?.sendable);
    const subject = `delete:${group.name}`;
    let failure = '';
    const choice = await this.deleteDialog.open({
      title: this.t('templateList.deleteTitle', { name: group.name }),
      body: html`<p>${this.t('templateList.deleteBody', { count: group.templates.length })}</p>
        ${approved ? html`<p>${this.t('templateList.deleteApproved')}</p>` : nothing}`,
      confirmLabel: this.t('templateList.deleteConfirm'),
      cancelLabel: this.t('common.cancel'),
      busyLabel: this.t('templateList.deleting'),
      action: () => client.templates.delete(wabaId, template.id),
      failure: (error) => {
        failure = this.t('templateList.deleteFailed', { reason: this.errorMessage(error) });
        return failure;
      },
    });
    if (choice !== 'confirm') {
      // The dialog said why it failed; closed, it no longer does, and the row is still there.
      if (failure) this.confirmations.show({ tone: 'danger', text: failure, subject });
      return;
    }
    // The row and its menu button go with the template: the focus moves to the list's search.
    this.renderRoot.querySelector<HTMLElement>('#search')?.focus();
    const text = this.t('templateList.deleted', { name: group.name });
    this.confirmations.show({ tone: 'success', text, subject });
    this.emit('hub-template-deleted', { wabaId, name: group.name, templateId: template.id });
  }

  private categoryLabel(category: string): string {
    return templateCategoryLabel(this.t.bind(this), category);
  }

  /** The language's name in the page's locale; a code Meta does not list, as sent. */
  private languageLabel(code: string): string {
    return templateLanguageName(this.resolvedLocale, code) ?? code;
  }

  private formatDate(iso: string): string {
    return formatIsoDate(this.resolvedLocale, iso, { dateStyle: 'medium' });
  }
}
