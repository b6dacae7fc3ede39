import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  addNumberGate,
  formatPhoneNumber,
  indexNumbers,
  numberActionGates,
  type Gate,
  type HubNumber,
  type NumberColumn,
  type NumberIndex,
  type NumberSort,
  type Page,
  type QualityRating,
} from '@hub/core';
import { HubElement } from '../base/hub-element.js';
import { HubQueryController } from '../base/query-controller.js';
import { allNumbersQuery, clientAccountQuery, forProviderClient } from '../base/queries.js';
import { HubInFlightController } from '../base/in-flight-controller.js';
import { ConfirmationController } from '../base/confirmations.js';
import { confirmationStyles } from '../base/confirmations.styles.js';
import { emptyView, errorView, loadingView, providerGapView } from '../base/status-views.js';
import { skippedItemsLogger } from '../base/skipped.js';
import { statusBadgeStyles } from '../base/badges.js';
import { DialogController } from '../base/dialog.js';
import { dialogStyles } from '../base/dialog.styles.js';
import { MenuController } from '../base/menu.js';
import { menuStyles } from '../base/menu.styles.js';
import { numberMenuItems, rowMenu } from './row-menu.js';
import { styles } from './number-list.styles.js';
import { FirstLoadPacing } from './first-load.js';
import { RowWindow } from './row-window.js';
import { numberTable } from './table.js';
import { addButtons, addNote, loadingMoreNote, skippedNote, toolbar } from './toolbar.js';
import { CancellationFlow } from './cancellation.js';
import { SignalsFlow, signalsDialogStyles } from './signals-dialog.js';
import { activateInbox } from './inbox.js';
import { numberListMessages } from './messages.js';
import { addFlows, startAddFlow } from './add-flows.js';
import { whenIdle } from '../base/scheduling.js';
import { liveNumberChanges } from './live.js';

declare global {
  interface HubEventMap {
    /** "Manage" was chosen for a number. Cancelable: in `manage="inline"` mode, cancelling keeps the list. */
    'hub-number-manage': { numberId: string; number: HubNumber };
    /** "Signals" was chosen for a number. Cancelable: cancelling keeps the list's own dialog closed. */
    'hub-signals-manage': { numberId: string; number: HubNumber };
    /**
     * "Activate Inbox" was chosen; `url` is the `inbox-url` page about to open (with the number's
     * IDs), or `null` when none is set or it is unsafe. Cancelable: cancelling opens nothing.
     */
    'hub-inbox-activate': { numberId: string; number: HubNumber; url: string | null };
    /** "Add number" was chosen. Cancelable: unless cancelled, `<hub-add-number>` opens in place. */
    'hub-number-add': { clientId: string };
    /** "Import from another BSP" was chosen. Cancelable: unless cancelled, `<hub-import-number>` opens. */
    'hub-number-import': { clientId: string };
    /** @deprecated Renamed `hub-signals-manage`; still dispatched after it for one release. */
    'hub-number-signals': { numberId: string; number: HubNumber };
    /** @deprecated Renamed `hub-inbox-activate`; still dispatched after it for one release. */
    'hub-activate-inbox': { numberId: string; number: HubNumber; url: string | null };
    /** @deprecated Renamed `hub-number-add`; still dispatched after it for one release. */
    'hub-add-number': { clientId: string };
    /** @deprecated Renamed `hub-number-import`; still dispatched after it for one release. */
    'hub-import-number': { clientId: string };
    /** A cancellation was accepted; `number` is the number as the Hub now has it. */
    'hub-number-cancelled': { numberId: string; number: HubNumber };
    /** A cancellation was withdrawn; `number` is the number as the Hub now has it. */
    'hub-number-cancellation-revoked': { numberId: string; number: HubNumber };
  }
}

/** How "Manage" behaves: only emit `hub-number-manage`, or also open the details in place. */
export type NumberManageMode = 'event' | 'inline';

/**
 * The client's WhatsApp phone numbers: status, display name, quality rating and messaging limit
 * per number, with search, filters, sorting and the actions of the Client Hub. Only the rows in
 * view are in the DOM, so 10,000 numbers render and scroll as fast as 20. Below 40rem of its own
 * width (not the viewport's: portals embed it in columns of any width) each row stacks into a
 * card with touch-sized actions, and nothing scrolls sideways; it stays a table for screen
 * readers. It sizes to its container (`container-type: inline-size`): in a flex or grid layout
 * that sizes items to their content, give it a width (e.g. `flex: 1`).
 *
 * @tagname hub-number-list
 * @summary The client's phone numbers, with their state and actions.
 *
 * @fires hub-number-manage - "Manage" on a row; `detail: { numberId, number }`. Cancelable.
 * @fires hub-signals-manage - "Signals" on a row (shown where the plan includes it); `detail: { numberId, number }`. Cancelable: unless cancelled, a dialog sends "Turn Signals on" or "off" to the Hub.
 * @fires hub-inbox-activate - "Activate Inbox" (direct clients); `detail: { numberId, number, url }`. Cancelable: unless cancelled, `inbox-url` opens in a new tab.
 * @fires hub-number-add - "Add number"; `detail: { clientId }`. Cancelable: unless cancelled, the add flow (`<hub-add-number>`) opens above the table.
 * @fires hub-number-import - "Import from another BSP"; `detail: { clientId }`. Cancelable: unless cancelled, `<hub-import-number>` opens there.
 * @fires hub-number-signals - Deprecated name of `hub-signals-manage`, dispatched after it for one release.
 * @fires hub-activate-inbox - Deprecated name of `hub-inbox-activate`, dispatched after it for one release.
 * @fires hub-add-number - Deprecated name of `hub-number-add`, dispatched after it for one release.
 * @fires hub-import-number - Deprecated name of `hub-number-import`, dispatched after it for one release.
 * @fires hub-number-cancelled - A subscription cancellation succeeded; `detail: { numberId, number }`.
 * @fires hub-number-cancellation-revoked - A cancellation was undone; `detail: { numberId, number }`.
 *
 * @slot empty-action - Replaces the "Add number" call to action of the empty state.
 *
 * @csspart toolbar - The search, filter and action bar.
 * @csspart search - The search input.
 * @csspart table - The scrolling table (header and rows).
 * @csspart header - The header row (in the narrow layout, the sort buttons).
 * @csspart row - One number's row.
 * @csspart row-changed - A row a live update just changed (with `<hub-provider live>`), for about 2 s; its change is announced.
 * @csspart status-badge - A number's status badge, a button that shows its explanation (`data-status` holds the API value).
 * @csspart quality-badge - A number's quality rating (`data-quality` holds the API value).
 * @csspart manage-button - A row's "Manage" button.
 * @csspart signals-button - A row's "Signals" button.
 * @csspart menu-button - A row's actions-menu button.
 * @csspart menu - The actions menu.
 * @csspart add-button - The "Add number" button.
 * @csspart import-button - The "Import from another BSP" button.
 * @csspart dialog - The dialog of a cancellation or of Signals.
 * @csspart dialog-title - The dialog's question.
 * @csspart dialog-body - What cancelling does, and that it can be undone.
 * @csspart dialog-actions - The dialog's Keep and Cancel subscription buttons.
 * @csspart add-flow - The `<hub-add-number>` that "Add number" opens (style its own parts from inside).
 * @csspart import-flow - The `<hub-import-number>` that "Import from another BSP" opens.
 * @csspart confirmations - The messages confirming what an action did (or why it failed).
 * @csspart confirmation - One such message (`data-tone` is `success`, `neutral` or `danger`).
 * @csspart confirmation-action - A message's action: Undo after a cancellation.
 * @csspart confirmation-dismiss - The button that dismisses a message.
 * @csspart skipped - The line saying how many numbers the Hub sent in a form that could not be read (they are left out; the console lists them).
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 *
 * @cssprop [--hub-number-list-row-height=3.25rem] - Height of a row; rows are windowed, so all rows share it.
 * @cssprop [--hub-number-list-card-height] - Height of a row in the narrow (stacked) layout; defaults to four lines and a touch-sized action bar.
 * @cssprop [--hub-number-list-max-height=36rem] - Height at which the table starts scrolling; in the narrow layout the page scrolls unless it is set.
 * @cssprop [--hub-number-list-columns] - `grid-template-columns` of the six columns.
 */
export class HubNumberList extends HubElement {
  /** Shadow styles: the `--hub-*` tokens and this element's rules (theme with `--hub-*` and `::part()`). */
  static override styles = [
    ...HubElement.styles,
    statusBadgeStyles,
    menuStyles,
    dialogStyles,
    confirmationStyles,
    signalsDialogStyles,
    styles,
  ];
  static override messages = numberListMessages;

  /**
   * `event` (default): "Manage" only emits `hub-number-manage`, for a portal that routes to its
   * own page. `inline`: the list also opens `<hub-number-details>` in its place, with a way back.
   */
  @property({ reflect: true }) manage: NumberManageMode = 'event';

  /**
   * The page that activates the Inbox for a number (`client_id` and `channel_id` are added to
   * it); `https:` or on this page's origin. Without it "Activate Inbox" only emits its event.
   */
  @property({ attribute: 'inbox-url' }) inboxUrl: string | undefined;

  /** The add and import flows' `redirect-url` and `hub-origin` (see `<hub-add-number>`). */
  @property({ attribute: 'redirect-url' }) redirectUrl: string | undefined;
  @property({ attribute: 'hub-origin' }) hubOrigin: string | undefined;

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

  @state() private managing: HubNumber | undefined;

  private readonly numbers = new HubQueryController(this, () =>
    forProviderClient(this.hub, allNumbersQuery),
  );

  private readonly account = new HubQueryController(this, () =>
    forProviderClient(this.hub, clientAccountQuery),
  );

  /** Numbers with a change on its way (from here or elsewhere): their Cancel and Undo wait. */
  private readonly changes = new HubInFlightController(this, () => this.hub?.client);
  private readonly confirmations = new ConfirmationController(this);
  private readonly window = new RowWindow(this);
  // The add and import flows show nothing until started (or until they resume a flow the Hub's
  // page sent back here): they are built once the numbers have shown.
  private readonly pacing = new FirstLoadPacing(this, () => ({
    loading: this.numbers.status === 'loading' || this.numbers.status === 'idle',
    shown: this.numbers.data !== undefined,
  }));
  private readonly menu = new MenuController<HubNumber>(this, { align: 'end' });
  private readonly confirm = new DialogController(this);
  private readonly cancellation = new CancellationFlow({
    client: () => this.hub?.client,
    busy: (numberId) => this.changes.has(numberId),
    t: this.t.bind(this),
    errorMessage: (error) => this.errorMessage(error),
    locale: () => this.resolvedLocale,
    dialog: this.confirm,
    confirmations: this.confirmations,
    onCancelled: (number) => this.emit('hub-number-cancelled', { numberId: number.id, number }),
    onRevoked: (number) =>
      this.emit('hub-number-cancellation-revoked', { numberId: number.id, number }),
  });
  private readonly signals = new SignalsFlow({
    client: () => this.hub?.client,
    t: this.t.bind(this),
    errorMessage: (error) => this.errorMessage(error),
    dialog: this.confirm,
    confirmations: this.confirmations,
    update: () => this.requestUpdate(),
  });
  private readonly liveChanges = liveNumberChanges(this, {
    hub: () => this.hub,
    numbers: () => this.numbers.data?.items,
    t: this.t.bind(this),
    announce: (text) => this.confirmations.announce(text),
  });
  private readonly logSkipped = skippedItemsLogger('hub-number-list');
  private index: NumberIndex | undefined;
  private indexedFrom: Page<HubNumber> | undefined;
  private rows: readonly HubNumber[] = [];
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
    // A change on its way replaces the list in the cache, so the index follows it too.
    let index = this.index;
    if (!index || this.indexedFrom !== data) {
      index = indexNumbers(data.items);
      this.index = index;
      // Search is made ready in idle time once the list is whole: while pages stream in, each
      // one replaces the index, and folding the text of every number for an index that is gone
      // would hold up the next page. A search typed before then prepares the index it runs on.
      if (!this.numbers.partial) {
        const prepared = index;
        whenIdle(() => {
          if (this.index === prepared) prepared.prepareSearch();
        });
      }
      this.indexedFrom = data;
    }
    this.rows = index.query({
      search: this.search,
      statuses: this.statusFilter,
      qualityRatings: this.qualityFilter,
      ...(this.sort ? { sort: this.sort } : {}),
    });
  }

  protected override updated(): void {
    if (!this.numbers.partial) this.logSkipped(this.numbers.data);
    this.window.observe(this.renderRoot.querySelector<HTMLElement>('.body') ?? undefined);
  }

  override render() {
    if (this.prerendering) return loadingView(this.t('numberList.loading'), 6);
    const gap = providerGapView(this.hub, (key) => this.t(key));
    if (gap) return html`${this.renderConfirmations()}${gap}`;
    if (this.managing) return this.renderManaging(this.managing);
    this.deriveRows();
    return html`${this.renderConfirmations()}${this.pacing.flowsBuilt ? addFlows(this) : nothing}${this.renderBody()}
    ${this.renderMenu()}${this.confirm.render()}`;
  }

  private renderBody(): TemplateResult {
    const status = this.numbers.status;
    if (status === 'loading' || status === 'idle') {
      // Nothing to lay out yet, but busy: a script (or a test) waiting for the list sees it.
      if (!this.pacing.skeletonDue) return html`<div aria-busy="true"></div>`;
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
        html`<slot name="empty-action"
          >${addButtons(this.addActions())}${addNote(this.addNumber, this.t.bind(this))}</slot
        >`,
      )}`;
    }
    const more = this.numbers.partial
      ? loadingMoreNote(total, this.numbers.data?.total ?? total, this.t.bind(this))
      : nothing;
    return html`${this.renderToolbar(true)}${more}${this.renderSkipped()}${
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
    return toolbar({
      ready,
      search: this.search,
      statusFilter: this.statusFilter,
      qualityFilter: this.qualityFilter,
      shown: this.rows.length,
      total: this.numbers.data?.items.length ?? 0,
      ...this.addActions(),
      onSearch: (text) => (this.search = text),
      onStatusFilter: (statuses) => (this.statusFilter = statuses),
      onQualityFilter: (ratings) => (this.qualityFilter = ratings),
    });
  }

  private addActions() {
    const clientId = this.hub?.clientId ?? '';
    const cancelable = { cancelable: true };
    const open = async (kind: 'add' | 'import') => {
      this.pacing.buildFlows();
      await this.updateComplete;
      await startAddFlow(this.renderRoot, kind);
    };
    return {
      addNumber: this.addNumber,
      t: this.t.bind(this),
      onAdd: () => {
        if (this.emit('hub-number-add', { clientId }, cancelable)) void open('add');
      },
      onImport: () => {
        if (this.emit('hub-number-import', { clientId }, cancelable)) void open('import');
      },
    };
  }

  private renderSkipped(): TemplateResult | typeof nothing {
    return skippedNote(this.numbers.data?.skipped.length ?? 0, this.t.bind(this));
  }

  private renderTable(): TemplateResult {
    return numberTable({
      rows: this.rows,
      slice: this.window.slice(this.rows.length),
      sort: this.sort,
      menuOpenFor: this.menu.subject?.id,
      changed: (number) => this.liveChanges.has(number.id),
      t: this.t.bind(this),
      locale: this.resolvedLocale,
      gates: (number) => this.gates(number),
      onSort: (column) => this.toggleSort(column),
      onManage: (number) => this.onManage(number),
      onSignals: (number, gate) =>
        this.signals.press(number, gate, () =>
          this.emit('hub-signals-manage', { numberId: number.id, number }, { cancelable: true }),
        ),
      onMenu: (number, trigger) => this.menu.toggle(number, trigger),
    });
  }

  private renderMenu(): TemplateResult | typeof nothing {
    const number = this.menu.subject;
    if (!number) return nothing;
    const items = numberMenuItems(number, this.gates(number), this.t.bind(this), {
      activateInbox: () =>
        activateInbox(number, {
          address: this.inboxUrl,
          emit: (url) =>
            this.emit(
              'hub-inbox-activate',
              { numberId: number.id, number, url },
              { cancelable: true },
            ),
          t: this.t.bind(this),
          confirmations: this.confirmations,
        }),
      revoke: () => void this.cancellation.revoke(number),
      cancel: () => void this.cancellation.ask(number),
    });
    const label = this.t('numberList.more', { number: formatPhoneNumber(number.phoneNumber) });
    return rowMenu(this.menu, label, items, this.t.bind(this));
  }

  private renderConfirmations(): TemplateResult {
    return this.confirmations.render(this.t('common.dismiss'));
  }

  private renderManaging(number: HubNumber): TemplateResult {
    return html`${this.renderConfirmations()}
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
    this.confirmations.announce(
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
      this.confirmations.announce(this.t('numberList.results', { count: this.rows.length }));
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
      const button =
        id &&
        this.renderRoot.querySelector<HTMLElement>(
          `[data-number-id="${CSS.escape(id)}"] [part="manage-button"]`,
        );
      if (button) return button.focus();
      await new Promise(requestAnimationFrame);
    }
    this.renderRoot.querySelector<HTMLElement>('[part=search]')?.focus();
  };

  /** The actions `number` offers, withheld while a change to it is on its way. */
  private gates(number: HubNumber) {
    return numberActionGates(number, this.account.data?.paymentType, this.hub?.permissions, {
      busy: this.changes.has(number.id),
    });
  }
}
