import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from '../base/css-props.js';
import {
  NUMBER_STATUSES,
  QUALITY_RATINGS,
  addNumberGate,
  displayNameState,
  endOfMonth,
  fetchAllNumbers,
  formatPhoneNumber,
  indexNumbers,
  numberActionGates,
  overlayNumbers,
  withCancellationRequested,
  allNumbersKey,
  type Gate,
  type HubClientAccount,
  type HubNumber,
  type NumberColumn,
  type NumberIndex,
  type NumberSort,
  type Page,
  type QualityRating,
} from '@hub/core';
import { HubElement } from '../base/hub-element.js';
import { HubQueryController } from '../base/query-controller.js';
import { Announcer } from '../base/announcer.js';
import { emptyView, errorView, loadingView } from '../base/status-views.js';
import { skippedItemsLogger } from '../base/skipped.js';
import { qualityBadge, reviewBadge, statusBadge, statusBadgeStyles, tierText } from './badges.js';
import { trapTab } from '../base/focus-trap.js';
import { focusFirstItem, handleMenuKey } from './menu-keys.js';
import { styles } from './number-list.styles.js';
import { RowWindow } from './row-window.js';

declare global {
  interface HubEventMap {
    /** "Manage" was chosen for a number. Cancelable: in `manage="inline"` mode, cancelling keeps the list. */
    'hub-number-manage': { numberId: string; number: HubNumber };
    /** "Signals" was chosen for a number. */
    'hub-number-signals': { numberId: string; number: HubNumber };
    /** "Activate Inbox" was chosen; the portal starts its Inbox activation. */
    'hub-activate-inbox': { numberId: string; number: HubNumber };
    /** "Add number" was chosen; the portal starts the embedded signup. */
    'hub-add-number': { clientId: string };
    /** "Import from another BSP" was chosen; the portal starts the migration flow. */
    'hub-import-number': { clientId: string };
    /** A cancellation was accepted; `number` is the number as the Hub now has it. */
    'hub-number-cancelled': { numberId: string; number: HubNumber };
    /** A cancellation was withdrawn; `number` is the number as the Hub now has it. */
    'hub-number-cancellation-revoked': { numberId: string; number: HubNumber };
  }
}

/** How "Manage" behaves: only emit `hub-number-manage`, or also open the details in place. */
export type NumberManageMode = 'event' | 'inline';

const COLUMNS: readonly NumberColumn[] = [
  'phoneNumber',
  'status',
  'displayName',
  'qualityRating',
  'messagingTier',
];

/**
 * Runs `work` when the browser is idle. Safari has no `requestIdleCallback` (calling it threw
 * during render); a timeout there still keeps the work out of the current render.
 */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 0);
}

type Notice =
  | { tone: 'success'; text: string; undo?: HubNumber }
  | { tone: 'danger' | 'neutral'; text: string };

/**
 * The client's WhatsApp phone numbers: status, display name, quality rating and messaging limit
 * per number, with search, filters, sorting and the actions of the Client Hub. Only the rows in
 * view are in the DOM, so 10,000 numbers render and scroll as fast as 20.
 *
 * @tagname hub-number-list
 * @summary The client's phone numbers, with their state and actions.
 *
 * @fires hub-number-manage - "Manage" on a row; `detail: { numberId, number }`. Cancelable.
 * @fires hub-number-signals - "Signals" on a row (shown where the plan includes it); `detail: { numberId, number }`.
 * @fires hub-activate-inbox - "Activate Inbox" (direct clients); `detail: { numberId, number }`.
 * @fires hub-add-number - "Add number"; answer it by starting the embedded signup. `detail: { clientId }`.
 * @fires hub-import-number - "Import from another BSP"; `detail: { clientId }`.
 * @fires hub-number-cancelled - A subscription cancellation succeeded; `detail: { numberId, number }`.
 * @fires hub-number-cancellation-revoked - A cancellation was undone; `detail: { numberId, number }`.
 *
 * @slot empty-action - Replaces the "Add number" call to action of the empty state.
 *
 * @csspart toolbar - The search, filter and action bar.
 * @csspart search - The search input.
 * @csspart table - The scrolling table (header and rows).
 * @csspart header - The header row.
 * @csspart row - One number's row.
 * @csspart status-badge - A number's status badge, a button that shows its explanation (`data-status` holds the API value).
 * @csspart quality-badge - A number's quality rating (`data-quality` holds the API value).
 * @csspart manage-button - A row's "Manage" button.
 * @csspart signals-button - A row's "Signals" button.
 * @csspart menu-button - A row's actions-menu button.
 * @csspart menu - The actions menu.
 * @csspart add-button - The "Add number" button.
 * @csspart import-button - The "Import from another BSP" button.
 * @csspart dialog - The cancellation confirmation dialog.
 * @csspart notice - The outcome of the last action, with Undo where possible.
 * @csspart skipped - The line saying how many numbers the Hub sent in a form that could not be read (they are left out; the console lists them).
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 *
 * @cssprop [--hub-number-list-row-height=3.25rem] - Height of a row; rows are windowed, so all rows share it.
 * @cssprop [--hub-number-list-max-height=36rem] - Height at which the table starts scrolling.
 * @cssprop [--hub-number-list-columns] - `grid-template-columns` of the six columns.
 */
export class HubNumberList extends HubElement {
  /** Shadow styles: the `--hub-*` tokens and this element's rules (theme with `--hub-*` and `::part()`). */
  static override styles = [...HubElement.styles, statusBadgeStyles, styles];

  /**
   * `event` (default): "Manage" only emits `hub-number-manage`, for a portal that routes to its
   * own page. `inline`: the list also opens `<hub-number-details>` in its place, with a way back.
   */
  @property({ reflect: true }) manage: NumberManageMode = 'event';

  /** The search text; reflects what the user typed. */
  @property() search = '';

  /** Shown statuses (API values); empty shows all. */
  @property({ attribute: false }) statusFilter: readonly string[] = [];

  /** Shown quality ratings; empty shows all. */
  @property({ attribute: false }) qualityFilter: readonly QualityRating[] = [];

  /** The sort order; `undefined` keeps the Hub's order (by phone number). */
  @property({ attribute: false }) sort: NumberSort | undefined;

  /**
   * Whether "Add number" and "Import from another BSP" are offered and, if not, why
   * (`permission`, `limit` or `unknown` while loading).
   */
  get addNumber(): Gate {
    return addNumberGate(this.hub?.permissions, this.account.data, this.numbers.data?.total);
  }

  /** The numbers the table currently shows, after search, filters and sort. */
  get visibleNumbers(): readonly HubNumber[] {
    return this.rows;
  }

  /** Optimistic versions of numbers whose change is on its way, by ID; replaced, never mutated. */
  private overrides: ReadonlyMap<string, HubNumber> = new Map();
  @state() private notice: Notice | undefined;
  @state() private menuFor: HubNumber | undefined;
  @state() private confirmFor: HubNumber | undefined;
  @state() private managing: HubNumber | undefined;
  /** Numbers whose cancellation or undo is on its way; their Cancel and Undo wait for it. */
  @state() private inFlight: ReadonlySet<string> = new Set();

  @query('[role=menu]') private menu!: HTMLElement | null;
  @query('dialog') private dialog!: HTMLDialogElement | null;

  private readonly numbers = new HubQueryController<Page<HubNumber>>(this, () => {
    const client = this.hub?.client;
    const clientId = this.hub?.clientId;
    if (!client || !clientId) return undefined;
    return {
      client,
      key: allNumbersKey(clientId),
      fetch: (options) => fetchAllNumbers(client, clientId, options),
    };
  });

  private readonly account = new HubQueryController<HubClientAccount>(this, () => {
    const client = this.hub?.client;
    const clientId = this.hub?.clientId;
    if (!client || !clientId) return undefined;
    return {
      client,
      key: client.clients.keys.get(clientId),
      fetch: (options) => client.clients.get(clientId, options),
    };
  });

  private readonly announcer = new Announcer(this);
  private readonly window = new RowWindow(this);
  private readonly logSkipped = skippedItemsLogger('hub-number-list');
  private index: NumberIndex | undefined;
  private indexedFrom: { data: unknown; overrides: unknown } | undefined;
  private rows: readonly HubNumber[] = [];
  private menuTrigger: HTMLElement | undefined;
  private focusTriggerOnClose = false;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('search') || changed.has('statusFilter') || changed.has('qualityFilter')) {
      this.announceCountSoon();
    }
  }

  /**
   * Derives the shown rows from the data and the query. Runs in `render()`, after the data
   * controller has read the cache for this update (`willUpdate` runs before controllers do).
   */
  private deriveRows(): void {
    const data = this.numbers.data;
    if (!data) {
      this.rows = [];
      return;
    }
    if (this.indexedFrom?.data !== data) this.dropSettledOverrides();
    let index = this.index;
    if (
      !index ||
      this.indexedFrom?.data !== data ||
      this.indexedFrom.overrides !== this.overrides
    ) {
      index = indexNumbers(overlayNumbers(data.items, this.overrides));
      this.index = index;
      const prepared = index;
      whenIdle(() => prepared.prepareSearch());
      this.indexedFrom = { data, overrides: this.overrides };
    }
    this.rows = index.query({
      search: this.search,
      statuses: this.statusFilter,
      qualityRatings: this.qualityFilter,
      ...(this.sort ? { sort: this.sort } : {}),
    });
  }

  protected override updated(): void {
    this.logSkipped(this.numbers.data);
    this.window.observe(this.renderRoot.querySelector<HTMLElement>('.body') ?? undefined);
    if (this.menuFor && this.menu?.isConnected && !this.menu.matches(':popover-open')) {
      // Shown first: its width (longer with a reason under an item) is known only once it is.
      this.menu.showPopover();
      this.placeMenu(this.menu);
      focusFirstItem(this.menu);
    }
    if (this.confirmFor && this.dialog?.isConnected && !this.dialog.open) this.dialog.showModal();
  }

  override render() {
    if (!this.hub?.client || !this.hub.clientId) {
      return html`${this.announcer.region()}${emptyView(this.t('common.noProvider'))}`;
    }
    if (this.managing) return this.renderManaging(this.managing);
    this.deriveRows();
    return html`${this.announcer.region()}${this.renderNotice()}${this.renderBody()}
    ${this.renderMenu()}${this.renderDialog()}`;
  }

  private renderBody(): TemplateResult {
    const status = this.numbers.status;
    if (status === 'loading' || status === 'idle') {
      return html`${this.renderToolbar(false)}${loadingView(this.t('numberList.loading'), 6)}`;
    }
    if (status === 'error' && !this.numbers.data) {
      return errorView(this.errorMessage(this.numbers.error), this.t('common.retry'), () =>
        this.numbers.refresh(),
      );
    }
    const total = this.numbers.data?.items.length ?? 0;
    if (total === 0) {
      return html`${this.renderSkipped()}${emptyView(
        this.t('numberList.emptyTitle'),
        this.t('numberList.emptyBody'),
        html`<slot name="empty-action">${this.renderAddButtons()}${this.renderAddNote()}</slot>`,
      )}`;
    }
    return html`${this.renderToolbar(true)}${this.renderSkipped()}${
      this.rows.length === 0
        ? emptyView(
            this.t('numberList.noMatchTitle'),
            this.t('numberList.noMatchBody'),
            html`<button type="button" class="btn" @click=${this.clearFilters}>
              ${this.t('numberList.clearFilters')}
            </button>`,
          )
        : this.renderTable()
    }`;
  }

  private renderToolbar(ready: boolean): TemplateResult {
    const total = this.numbers.data?.items.length ?? 0;
    return html`<div class="toolbar" part="toolbar">
        <label class="field"
          >${this.t('numberList.search')}
          <input
            type="search"
            part="search"
            .value=${this.search}
            placeholder=${this.t('numberList.searchPlaceholder')}
            ?disabled=${!ready}
            @input=${(e: Event) => (this.search = (e.target as HTMLInputElement).value)}
        /></label>
        <label class="field"
          >${this.t('numberList.filterStatus')}
          <select
            name="status"
            ?disabled=${!ready}
            @change=${(e: Event) => {
              const value = (e.target as HTMLSelectElement).value;
              this.statusFilter = value ? [value] : [];
            }}
          >
            <option value="" ?selected=${this.statusFilter.length === 0}>
              ${this.t('numberList.allStatuses')}
            </option>
            ${NUMBER_STATUSES.map(
              (s) =>
                html`<option value=${s} ?selected=${this.statusFilter.includes(s)}>
                  ${this.t(`numbers.status.${s}`)}
                </option>`,
            )}
          </select></label
        >
        <label class="field"
          >${this.t('numberList.filterQuality')}
          <select
            name="quality"
            ?disabled=${!ready}
            @change=${(e: Event) => {
              const value = (e.target as HTMLSelectElement).value as QualityRating | '';
              this.qualityFilter = value ? [value] : [];
            }}
          >
            <option value="" ?selected=${this.qualityFilter.length === 0}>
              ${this.t('numberList.allQualities')}
            </option>
            ${QUALITY_RATINGS.map(
              (q) =>
                html`<option value=${q} ?selected=${this.qualityFilter.includes(q)}>
                  ${this.t(`numbers.quality.${q}`)}
                </option>`,
            )}
          </select></label
        >
        ${
          ready
            ? html`<p class="count">
                ${
                  this.rows.length === total
                    ? this.t('numberList.results', { count: total })
                    : this.t('numberList.resultsOf', { count: this.rows.length, total })
                }
              </p>`
            : nothing
        }
        <span class="spacer"></span>
        ${this.renderAddButtons()}
      </div>
      ${this.renderAddNote()}`;
  }

  /**
   * How many numbers the Hub sent in a form this version cannot read. They are left out rather
   * than failing the whole list; saying so keeps the count from looking silently short.
   */
  private renderSkipped(): TemplateResult | typeof nothing {
    const count = this.numbers.data?.skipped.length ?? 0;
    if (count === 0) return nothing;
    return html`<p class="skipped-note" part="skipped">
      ${this.t('numberList.skipped', { count })}
    </p>`;
  }

  /** Why "Add number" is not offered, wherever it would have been. */
  private renderAddNote(): TemplateResult | typeof nothing {
    const gate = this.addNumber;
    if (gate.allowed || gate.reason === 'unknown') return nothing;
    return html`<p class="add-note">
      ${this.t('numberList.addBlocked', { reason: this.t(`numbers.gate.${gate.reason}`) })}
    </p>`;
  }

  private renderAddButtons(): TemplateResult | typeof nothing {
    if (!this.addNumber.allowed) return nothing;
    const clientId = this.hub?.clientId ?? '';
    return html`<button
        type="button"
        class="btn"
        part="import-button"
        @click=${() => this.emit('hub-import-number', { clientId })}
      >
        ${this.t('numberList.importNumber')}
      </button>
      <button
        type="button"
        class="btn btn-primary"
        part="add-button"
        @click=${() => this.emit('hub-add-number', { clientId })}
      >
        ${this.t('numberList.addNumber')}
      </button>`;
  }

  private renderTable(): TemplateResult {
    const [start, end] = this.window.slice(this.rows.length);
    // One description for every control the session's access disables, outside the table's roles.
    return html`<span class="visually-hidden" id="gate-permission"
        >${this.t('numbers.gate.permission')}</span
      >
      <div
        class="table"
        part="table"
        role="table"
        aria-label=${this.t('numberList.label')}
        aria-rowcount=${this.rows.length + 1}
      >
        <div class="head" role="rowgroup">
          <div class="row" role="row" part="header" aria-rowindex="1">
            ${COLUMNS.map((c) => this.renderColumnHeader(c))}
            <div class="colhead" role="columnheader">
              <span class="visually-hidden">${this.t('numberList.col.actions')}</span>
            </div>
          </div>
        </div>
        <div class="body" role="rowgroup" ${cssProps({ '--_rows': String(this.rows.length) })}>
          ${repeat(
            this.rows.slice(start, end),
            // Keyed by position in the results: scrolling keeps the rows still in view (and the
            // focus in them), and a new search updates rows in place instead of rebuilding them.
            (_n, i) => start + i,
            (n, i) => this.renderRow(n, start + i),
          )}
        </div>
      </div>`;
  }

  private renderColumnHeader(column: NumberColumn): TemplateResult {
    const label = this.t(`numberList.col.${column}`);
    const active = this.sort?.column === column ? this.sort.direction : undefined;
    return html`<div class="colhead" role="columnheader" aria-sort=${active ?? 'none'}>
      <button
        type="button"
        class="sort"
        data-column=${column}
        @click=${() => this.toggleSort(column)}
      >
        ${label}
        <svg class="sort-icon" viewBox="0 0 10 12" aria-hidden="true" fill="currentColor">
          ${active === 'descending' ? nothing : svg`<path d="M5 0 9 5H1z" />`}
          ${active === 'ascending' ? nothing : svg`<path d="M5 12 1 7h8z" />`}
        </svg>
      </button>
    </div>`;
  }

  private renderRow(number: HubNumber, index: number): TemplateResult {
    const phone = formatPhoneNumber(number.phoneNumber);
    const name = displayNameState(number);
    const gates = numberActionGates(number, this.account.data?.paymentType, this.hub?.permissions);
    return html`<div
      class="row"
      role="row"
      part="row"
      aria-rowindex=${index + 2}
      data-number-id=${number.id}
      ${cssProps({ '--_index': String(index) })}
    >
      <div class="cell phone" role="cell">${phone}</div>
      <div class="cell" role="cell">
        ${statusBadge(this.t.bind(this), number, `s-${number.id}`)}
      </div>
      <div class="cell name-cell" role="cell" title=${number.displayName}>
        <span class="name">${number.displayName}</span>${
          name.kind === 'under_review'
            ? reviewBadge(this.t.bind(this), name.requested, `r-${number.id}`)
            : nothing
        }
      </div>
      <div class="cell" role="cell">${qualityBadge(this.t.bind(this), number)}</div>
      <div class="cell" role="cell">
        ${tierText(this.t.bind(this), this.resolvedLocale, number)}
      </div>
      <div class="cell actions" role="cell">
        <button
          type="button"
          class="btn"
          part="manage-button"
          aria-label=${this.t('numberList.manageLabel', { number: phone })}
          @click=${() => this.onManage(number)}
        >
          ${this.t('numberList.manage')}
        </button>
        ${this.renderSignals(number, gates.signals, phone)}
        <button
          type="button"
          class="btn btn-ghost"
          part="menu-button"
          aria-haspopup="menu"
          aria-expanded=${this.menuFor?.id === number.id ? 'true' : 'false'}
          aria-label=${this.t('numberList.more', { number: phone })}
          @click=${(e: Event) => this.openMenu(number, e.currentTarget as HTMLElement)}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" fill="currentColor">
            <circle cx="3" cy="8" r="1.5" />
            <circle cx="8" cy="8" r="1.5" />
            <circle cx="13" cy="8" r="1.5" />
          </svg>
        </button>
      </div>
    </div>`;
  }

  /**
   * Signals is hidden where the plan lacks it; where only the session's access does, it stays
   * visible but disabled, and pressing it tells why (a tap or a key press, not only a hover).
   */
  private renderSignals(number: HubNumber, gate: Gate, phone: string) {
    if (!gate.allowed && gate.reason !== 'permission') return nothing;
    return html`<button
      type="button"
      class="btn"
      part="signals-button"
      aria-label=${this.t('numberList.signalsLabel', { number: phone })}
      aria-disabled=${gate.allowed ? 'false' : 'true'}
      aria-describedby=${gate.allowed ? nothing : 'gate-permission'}
      @click=${() => {
        if (gate.allowed) this.emit('hub-number-signals', { numberId: number.id, number });
        else this.showNotice(this.t('numberList.signalsBlocked'));
      }}
    >
      ${this.t('numberList.signals')}
    </button>`;
  }

  private renderMenu(): TemplateResult | typeof nothing {
    const number = this.menuFor;
    if (!number) return nothing;
    const gates = numberActionGates(number, this.account.data?.paymentType, this.hub?.permissions, {
      busy: this.inFlight.has(number.id),
    });
    const pending = number.status === 'pending_deletion';
    const inboxGate = gates.activateInbox;
    return html`<div
      role="menu"
      part="menu"
      .popover=${'auto'}
      aria-label=${this.t('numberList.more', { number: formatPhoneNumber(number.phoneNumber) })}
      @keydown=${this.onMenuKey}
      @toggle=${this.onMenuToggle}
    >
      ${
        // Hidden where the plan lacks it; shown disabled where only the session's access does.
        inboxGate.allowed || inboxGate.reason === 'permission'
          ? this.renderMenuItem(
              'activate-inbox',
              this.t('numberList.activateInbox'),
              inboxGate,
              () => this.emit('hub-activate-inbox', { numberId: number.id, number }),
            )
          : nothing
      }
      ${
        pending
          ? this.renderMenuItem(
              'revoke',
              this.t('numberList.revokeCancellation'),
              gates.revokeCancellation,
              () => void this.revoke(number),
            )
          : this.renderMenuItem(
              'cancel',
              this.t('numberList.cancelSubscription'),
              gates.cancel,
              () => this.askCancel(number),
              'danger',
            )
      }
    </div>`;
  }

  /**
   * A menu item. A denied one stays focusable (the ARIA menu pattern), so keyboard and screen
   * reader users reach it and hear why it is unavailable: the reason is its description, not
   * part of its name.
   */
  private renderMenuItem(
    action: string,
    label: string,
    gate: Gate,
    run: () => void,
    tone?: 'danger',
  ): TemplateResult {
    return html`<button
      type="button"
      role="menuitem"
      tabindex="-1"
      class=${gate.allowed ? (tone ?? '') : ''}
      data-action=${action}
      aria-disabled=${gate.allowed ? 'false' : 'true'}
      aria-labelledby="mi-${action}"
      aria-describedby=${gate.allowed ? nothing : `mi-${action}-reason`}
      @click=${() => {
        if (gate.allowed) this.menuAction(run);
      }}
    >
      <span id="mi-${action}">${label}</span>
      ${
        gate.allowed
          ? nothing
          : html`<small id="mi-${action}-reason">${this.t(`numbers.gate.${gate.reason}`)}</small>`
      }
    </button>`;
  }

  private renderDialog(): TemplateResult | typeof nothing {
    const number = this.confirmFor;
    if (!number) return nothing;
    const phone = formatPhoneNumber(number.phoneNumber);
    const date = this.formatDate(endOfMonth(new Date()));
    return html`<dialog
      part="dialog"
      aria-labelledby="cancel-title"
      aria-describedby="cancel-body"
      @keydown=${trapTab}
      @close=${this.onDialogClose}
    >
      <h2 id="cancel-title">${this.t('numberList.cancelTitle', { number: phone })}</h2>
      <p id="cancel-body">${this.t('numberList.cancelBody', { date })}</p>
      <p>${this.t('numberList.cancelUndoHint')}</p>
      <form method="dialog" class="dialog-actions">
        <button class="btn" value="keep" autofocus>${this.t('numberList.cancelKeep')}</button>
        <button class="btn btn-danger" value="confirm">
          ${this.t('numberList.cancelConfirm')}
        </button>
      </form>
    </dialog>`;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const notice = this.notice;
    if (!notice) return nothing;
    return html`<div class="notice" part="notice" data-tone=${notice.tone}>
      <p>${notice.text}</p>
      ${
        notice.tone === 'success' && notice.undo
          ? html`<button
              type="button"
              class="btn"
              @click=${() => notice.undo && this.revoke(notice.undo)}
            >
              ${this.t('numberList.undo')}
            </button>`
          : nothing
      }
      <button type="button" class="btn btn-ghost" @click=${() => (this.notice = undefined)}>
        ${this.t('numberList.dismiss')}
      </button>
    </div>`;
  }

  private renderManaging(number: HubNumber): TemplateResult {
    return html`${this.announcer.region()}
      <button type="button" class="btn back" @click=${this.closeManaging}>
        ← ${this.t('numberList.back')}
      </button>
      <hub-number-details number-id=${number.id}></hub-number-details>`;
  }

  private toggleSort(column: NumberColumn): void {
    const direction =
      this.sort?.column === column && this.sort.direction === 'ascending'
        ? 'descending'
        : 'ascending';
    this.sort = { column, direction };
    this.announcer.announce(
      this.t('numberList.sorted', {
        column: this.t(`numberList.col.${column}`),
        direction: this.t(`numberList.${direction}`),
      }),
    );
  }

  private clearFilters = (): void => {
    this.search = '';
    this.statusFilter = [];
    this.qualityFilter = [];
  };

  /** Announces the result count once typing pauses, so screen readers are not flooded. */
  private announceCountSoon(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      if (!this.numbers.data) return;
      this.announcer.announce(this.t('numberList.results', { count: this.rows.length }));
    }, 500);
  }

  private onManage(number: HubNumber): void {
    const proceed = this.emit(
      'hub-number-manage',
      { numberId: number.id, number },
      { cancelable: true },
    );
    if (proceed && this.manage === 'inline') {
      this.managing = number;
      // The pressed row is gone; Back is the first control of the new view (the details are not
      // focusable themselves and may still be loading).
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('button.back')?.focus(),
      );
    }
  }

  private closeManaging = async (): Promise<void> => {
    const id = this.managing?.id;
    this.managing = undefined;
    await this.updateComplete;
    // The row may come into the rendered slice only once the restored table has been measured.
    for (let frame = 0; frame < 10; frame++) {
      const button = this.rowButton(id, 'manage-button');
      if (button) return button.focus();
      await new Promise(requestAnimationFrame);
    }
    this.renderRoot.querySelector<HTMLElement>('[part=search]')?.focus();
  };

  private openMenu(number: HubNumber, trigger: HTMLElement): void {
    if (this.menuFor?.id === number.id) {
      this.menu?.hidePopover();
      return;
    }
    this.menu?.hidePopover();
    this.menuTrigger = trigger;
    this.menuFor = number;
  }

  private placeMenu(menu: HTMLElement): void {
    const rect = this.menuTrigger?.getBoundingClientRect();
    if (!rect) return;
    const below = window.innerHeight - rect.bottom > 160;
    menu.style.insetInlineStart = `${Math.max(8, rect.right - menu.offsetWidth)}px`;
    menu.style.insetBlockStart = below ? `${rect.bottom + 4}px` : 'auto';
    menu.style.insetBlockEnd = below ? 'auto' : `${window.innerHeight - rect.top + 4}px`;
  }

  private onMenuKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' || event.key === 'Tab') this.focusTriggerOnClose = true;
    if (event.key === 'Tab') {
      this.menu?.hidePopover();
      return;
    }
    if (this.menu) handleMenuKey(this.menu, event);
  };

  private onMenuToggle = (event: ToggleEvent): void => {
    // A menu that an action already closed and removed has nothing left to do here.
    if (event.newState !== 'closed' || event.target !== this.menu) return;
    const trigger = this.menuTrigger;
    const focusTrigger =
      this.focusTriggerOnClose ||
      (this.menu?.matches(':focus-within') ?? false) ||
      this.shadowRoot?.activeElement === null;
    this.focusTriggerOnClose = false;
    this.menuFor = undefined;
    // A click elsewhere keeps the focus where it went; leaving by keyboard returns to the button.
    if (focusTrigger) trigger?.focus();
  };

  private menuAction(run: () => void): void {
    this.menu?.hidePopover();
    // Closed now, not on the toggle event: an update before it (opening the dialog) would show
    // the menu again and leave it stale, so the next press of its button did nothing.
    this.menuFor = undefined;
    this.menuTrigger?.focus();
    run();
  }

  private askCancel(number: HubNumber): void {
    this.confirmFor = number;
  }

  private onDialogClose = (): void => {
    const number = this.confirmFor;
    const confirmed = this.dialog?.returnValue === 'confirm';
    this.confirmFor = undefined;
    this.menuTrigger?.focus();
    if (number && confirmed) void this.cancel(number);
  };

  private async cancel(number: HubNumber): Promise<void> {
    const client = this.hub?.client;
    // A second request for the same number would race the first; the menu already withholds it.
    if (!client || this.inFlight.has(number.id)) return;
    const phone = formatPhoneNumber(number.phoneNumber);
    this.setOverride(number.id, withCancellationRequested(number, new Date()));
    this.setInFlight(number.id, true);
    this.notice = undefined;
    this.announcer.announce(this.t('numberList.cancelling', { number: phone }));
    try {
      const updated = await client.numbers.cancelSubscription(number);
      this.setOverride(number.id, updated);
      const date = this.formatDate(new Date(updated.terminatedAt ?? endOfMonth(new Date())));
      const text = this.t('numberList.cancelled', { number: phone, date });
      this.notice = { tone: 'success', text, undo: updated };
      this.announcer.announce(text);
      this.emit('hub-number-cancelled', { numberId: number.id, number: updated });
    } catch (error) {
      this.setOverride(number.id, undefined);
      this.showFailure(
        this.t('numberList.cancelFailed', { number: phone, reason: this.errorMessage(error) }),
      );
    } finally {
      this.setInFlight(number.id, false);
    }
  }

  private async revoke(number: HubNumber): Promise<void> {
    const client = this.hub?.client;
    // Undo pressed twice before the notice goes away must not send two requests.
    if (!client || this.inFlight.has(number.id)) return;
    const phone = formatPhoneNumber(number.phoneNumber);
    this.notice = undefined;
    this.setInFlight(number.id, true);
    try {
      const updated = await client.numbers.revokeCancellation(number);
      this.setOverride(number.id, updated);
      const text = this.t('numberList.revoked', { number: phone });
      this.notice = { tone: 'success', text };
      this.announcer.announce(text);
      this.emit('hub-number-cancellation-revoked', { numberId: number.id, number: updated });
    } catch (error) {
      this.showFailure(
        this.t('numberList.revokeFailed', { number: phone, reason: this.errorMessage(error) }),
      );
    } finally {
      this.setInFlight(number.id, false);
    }
  }

  private showFailure(text: string): void {
    this.notice = { tone: 'danger', text };
    this.announcer.announce(text);
  }

  private showNotice(text: string): void {
    this.notice = { tone: 'neutral', text };
    this.announcer.announce(text);
  }

  private setInFlight(id: string, busy: boolean): void {
    const next = new Set(this.inFlight);
    if (busy) next.add(id);
    else next.delete(id);
    this.inFlight = next;
  }

  private setOverride(id: string, number: HubNumber | undefined): void {
    const next = new Map(this.overrides);
    if (number) next.set(id, number);
    else next.delete(id);
    this.overrides = next;
    this.requestUpdate();
  }

  /** A fresh list from the Hub supersedes optimistic rows whose request has finished. */
  private dropSettledOverrides(): void {
    if (this.overrides.size === 0) return;
    const next = new Map([...this.overrides].filter(([id]) => this.inFlight.has(id)));
    if (next.size !== this.overrides.size) this.overrides = next;
  }

  private rowButton(id: string | undefined, part: string): HTMLElement | null {
    if (!id) return null;
    return this.renderRoot.querySelector<HTMLElement>(
      `[data-number-id="${CSS.escape(id)}"] [part="${part}"]`,
    );
  }

  private formatDate(date: Date): string {
    return new Intl.DateTimeFormat(this.resolvedLocale, {
      dateStyle: 'long',
      timeZone: 'UTC',
    }).format(date);
  }
}
