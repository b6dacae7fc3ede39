import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import {
  ACTIVITY_RANGE_PRESETS,
  USAGE_HISTORY_DAYS,
  activityRange,
  checkCustomRange,
  dailyActivity,
  isoDay,
  lastWeekRanges,
  usageCsv,
  usageHistory,
  weekSummary,
  type ActivityMetric,
  type ActivityRangePreset,
  type ActivitySeries,
  type DailyActivity,
  type DateRange,
  type UsageReport,
} from '@hub/core';
import { HubElement } from '../base/hub-element.js';
import { HubQueryController } from '../base/query-controller.js';
import { ConfirmationController } from '../base/confirmations.js';
import { confirmationStyles } from '../base/confirmations.styles.js';
import { emptyView, errorView, loadingView, providerGapView } from '../base/status-views.js';
import { activityFormat, type ActivityFormat } from './format.js';
import { memoizeLast } from './memoize.js';
import { dataTable } from './data-table.js';
import { categoryLegend } from './legend.js';
import { metricHeader } from './metric-header.js';
import { PlotController } from './plot-controller.js';
import { DataTableController } from './table-controller.js';
import { whenIdle } from '../base/scheduling.js';
import { rangePicker, type RangeProblem } from './range-picker.js';
import { summaryView } from './summary-view.js';
import { visiblePeriods } from './csv-export.js';
import { downloadCsv, fileNamePart } from '../base/csv-download.js';
import { styles } from './activity-chart.styles.js';
import { activityChartMessages } from './messages.js';

declare global {
  interface HubEventMap {
    /**
     * A summary card was activated: the portal should open its activity page for `metric` over the
     * card's period — `range` is always `last-7-days`, `from`/`to` the days shown (UTC, included).
     */
    'hub-activity-open': {
      metric: ActivityMetric;
      range: ActivityRangePreset;
      from: string;
      to: string;
    };
    /** The user picked another period; `from`/`to` are the days shown (UTC, both included). */
    'hub-activity-range-change': { range: ActivityRangePreset; from: string; to: string };
  }
}

/** Which view the element shows. */
export type ActivityChartVariant = 'summary' | 'metric';

/**
 * Messaging activity and approximate expenses of the provider's client, per day and pricing
 * category: the dashboard's week at a glance, or the activity page's chart with a period picker.
 *
 * `variant="summary"` shows two cards for the last 7 complete days — messages and expenses — with a
 * small daily chart and the growth against the 7 days before; activating a card emits
 * `hub-activity-open` so the portal can route to its activity page. Otherwise the element shows
 * `metric` per day as bars stacked by pricing category, with totals per category, a legend that
 * shows and hides categories, tooltips on hover and keyboard focus, and a table of the same figures
 * for screen readers. Expenses are in the client's billing currency and always carry the notice
 * that they are approximate: financially binding in their total, with Meta's month-end invoice as
 * the authoritative record of the exact amount. "Download CSV" saves the figures on screen (the
 * period shown, without the categories the legend hides) as a file, one row per day and category.
 *
 * @tagname hub-activity-chart
 * @summary Messages and expenses per day and pricing category, with period picker and summary.
 * @fires hub-activity-open - A summary card was activated; `detail: { metric, range, from, to }`, the card's period (`last-7-days`).
 * @fires hub-activity-range-change - The user chose another period; `detail: { range, from, to }`.
 * @fires hub-csv-downloaded - The figures on screen were saved as a CSV file; `detail: { fileName }`.
 * @csspart confirmations - The list of messages confirming completed actions.
 * @csspart confirmation - One such message (`data-tone` is `success`, `neutral` or `danger`).
 * @csspart confirmation-dismiss - The button that dismisses a message.
 * @csspart panel - The metric view's frame.
 * @csspart title - The metric's name.
 * @csspart total - The period's total.
 * @csspart range-picker - The period controls.
 * @csspart download-button - The "Download CSV" button of the metric view.
 * @csspart metric-hint - The note on what the messages figure counts.
 * @csspart disclaimer - The notice that expenses are approximate.
 * @csspart legend - The list of pricing categories.
 * @csspart legend-item - One category's toggle button, `aria-pressed` when shown.
 * @csspart chart - The focusable plot area.
 * @csspart chart-svg - The SVG drawing.
 * @csspart tooltip - The active day's figures.
 * @csspart summary - The row of summary cards.
 * @csspart summary-card - One summary card (a button).
 * @csspart growth - A summary card's change against the week before.
 * @csspart loading - The loading placeholder.
 * @csspart empty - The empty-period message (also "no charges" for free messages only).
 * @csspart error - The error message with its retry button.
 * @csspart range-error - Why the chosen period cannot be shown (backwards, incomplete, unknown).
 * @cssprop [--hub-chart-1=light-dark(#0072b2, #3d8fd1)] - Marketing; Okabe–Ito blue.
 * @cssprop [--hub-chart-2=light-dark(#56b4e9, #9fd7f5)] - Marketing Lite; Okabe–Ito sky blue.
 * @cssprop [--hub-chart-3=light-dark(#e69f00, #f0b43c)] - Utility; Okabe–Ito orange.
 * @cssprop [--hub-chart-4=light-dark(#009e73, #3fcf9f)] - Authentication; Okabe–Ito bluish green.
 * @cssprop [--hub-chart-5=light-dark(#d55e00, #ff8c42)] - Authentication (international); Okabe–Ito vermilion.
 * @cssprop [--hub-chart-6=light-dark(#cc79a7, #e7a3c9)] - Service; Okabe–Ito reddish purple.
 * @cssprop [--hub-chart-7=light-dark(#f0e442, #f0e442)] - Referral conversion; Okabe–Ito yellow.
 * @cssprop [--hub-chart-8=light-dark(#6e6e6e, #a8a8a8)] - Other (charges the Hub does not attribute to a category); Okabe–Ito black, as grey.
 * @cssprop [--hub-chart-grid] - Grid lines; defaults to the border colour.
 * @cssprop [--hub-chart-axis] - Axis labels; defaults to the muted text colour.
 * @cssprop [--hub-chart-highlight] - Background of the day under the pointer or focus.
 * @cssprop [--hub-activity-chart-height=16rem] - Height of the metric chart's plot.
 */
export class HubActivityChart extends HubElement {
  /** Shadow styles: the `--hub-*` tokens and this element's rules (theme with `--hub-*` and `::part()`). */
  static override styles = [...HubElement.styles, confirmationStyles, styles];
  static override messages = activityChartMessages;

  /** `summary`: the dashboard's pair of cards for the last 7 days; `metric`: one metric's chart. */
  @property({ reflect: true }) variant: ActivityChartVariant = 'metric';

  /** The metric of the `metric` variant: `conversations` (messages) or `expenses`. */
  @property({ reflect: true }) metric: ActivityMetric = 'conversations';

  /** The period shown by the `metric` variant; `custom` uses `from` and `to`. */
  @property({ reflect: true }) range: ActivityRangePreset = 'last-30-days';

  /** First day of a `custom` period, `YYYY-MM-DD` (UTC). */
  @property({ reflect: true }) from: string | undefined;

  /** Last day of a `custom` period, `YYYY-MM-DD` (UTC), included. */
  @property({ reflect: true }) to: string | undefined;

  /**
   * How many days of usage to offer, up to today; bounds the periods the picker offers. The Hub's
   * retention is not documented: the default is what the emulator keeps, set the real one here.
   */
  @property({ type: Number, attribute: 'history-days' }) historyDays = USAGE_HISTORY_DAYS;

  /** Categories hidden through the legend. */
  @state() private hiddenCategories: ReadonlySet<ActivitySeries> = new Set();

  /**
   * Custom dates being typed that do not make a period yet (incomplete, backwards, outside the
   * history); the chart keeps showing `from`–`to` until they do.
   */
  @state() private draft: Partial<DateRange> | undefined;

  private readonly confirmations = new ConfirmationController(this);
  private readonly plot = new PlotController(this, {
    t: (key, params) => this.t(key, params),
    announce: (text) => this.confirmations.announce(text),
  });
  /** The screen-reader table: thousands of cells for a year, filled after the bars' frame. */
  private readonly table = new DataTableController(this);
  /** The last chart shown, kept on screen (dimmed) while another period of that client loads. */
  private shown: { report: UsageReport; range: DateRange } | undefined;

  private readonly usage = new HubQueryController<UsageReport>(this, () => {
    const client = this.hub?.client;
    const clientId = this.hub?.clientId;
    const range = this.requestedRange;
    if (!client || !clientId || !range) return undefined;
    const params = { ...range, granularity: 'day' as const };
    return {
      client,
      key: client.billing.keys.usage(clientId, params),
      fetch: (options) => client.billing.usage(clientId, params, options),
    };
  });

  private get today(): string {
    return isoDay(Date.now());
  }

  /** The days to read: both weeks for the summary, else the chosen period. */
  private get requestedRange(): DateRange | undefined {
    if (this.variant === 'summary') return lastWeekRanges(this.today).both;
    return activityRange(
      this.range,
      this.today,
      { from: this.from, to: this.to },
      this.historyDays,
    );
  }

  protected override firstUpdated(): void {
    // While the usage is on its way, make the locale's first date and number formatters: on a
    // fresh page the first of each kind costs tens of milliseconds, which the bars' frame would pay.
    if (this.usage.data) return;
    whenIdle(() => {
      const format = activityFormat(this.resolvedLocale, this.metric, 'EUR');
      format.period(this.today, this.today);
      format.value(0);
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const moved = (['range', 'from', 'to', 'metric', 'variant'] as const).some((p) =>
      changed.has(p),
    );
    if (moved) this.plot.reset();
    // The page (or an applied period) replaced the dates being typed.
    if (changed.has('range') || changed.has('from') || changed.has('to')) this.draft = undefined;
  }

  protected override render() {
    if (this.prerendering) return this.renderLoading(this.variant === 'summary' ? 2 : 5);
    const gap = providerGapView(this.hub, (key) => this.t(key));
    if (gap) return gap;
    return this.variant === 'summary' ? this.renderSummary() : this.renderMetric();
  }

  // ── summary ──────────────────────────────────────────────────────────────────────────────────

  private renderSummary(): TemplateResult {
    const report = this.usage.data;
    if (!report) {
      return this.usage.status === 'error' ? this.renderError() : this.renderLoading(2);
    }
    const summary = weekSummary(report, this.today);
    const { from, to } = summary.current;
    return summaryView(summary, {
      locale: this.resolvedLocale,
      t: (key, params) => this.t(key, params),
      // The cards show the same days as the `last-7-days` preset of the metric view.
      onOpen: (metric) =>
        this.emit('hub-activity-open', { metric, range: 'last-7-days', from, to }),
    });
  }

  // ── metric ───────────────────────────────────────────────────────────────────────────────────

  private renderMetric(): TemplateResult {
    const range = this.requestedRange;
    const report = this.usage.data;
    const previous = this.shown;
    const same =
      previous?.report === report &&
      previous?.range.from === range?.from &&
      previous?.range.to === range?.to;
    // Keeping the same object lets the memoized series, layout and table skip their work.
    if (report && range && !same) this.shown = { report, range };
    // Another client's figures must never stand in, not even dimmed.
    if (this.shown?.report.clientId !== this.hub?.clientId) this.shown = undefined;
    const shown = this.shown;
    const title = this.t(`activityChart.metric.${this.metric}`);
    // No period chosen (a backwards or unknown one): the last chart's total would be another's.
    const series = shown && range ? this.series(shown.report, shown.range, this.metric) : undefined;
    const format = this.format(this.resolvedLocale, this.metric, series?.currency ?? 'EUR');
    const busy = !!range && this.usage.status !== 'error' && !report;
    return html`<section
      class="panel"
      part="panel"
      aria-labelledby="title"
      aria-busy=${busy ? 'true' : 'false'}
    >
      ${metricHeader({
        metric: this.metric,
        title,
        series,
        format,
        picker: this.renderRangePicker(),
        t: (key, params) => this.t(key, params),
        onDownload: shown && series ? () => this.download(shown.report, series) : undefined,
      })}
      ${this.confirmations.render(this.t('common.dismiss'))}
      ${this.renderMetricBody(range, series, format, title)}
    </section>`;
  }

  private renderMetricBody(
    range: DateRange | undefined,
    series: DailyActivity | undefined,
    format: ActivityFormat,
    title: string,
  ): TemplateResult {
    if (!range) return html``;
    if (this.usage.status === 'error' && !this.usage.data) return this.renderError();
    if (!series) return this.renderLoading(5);
    const stale = !this.usage.data;
    if (series.total === 0 && !stale) {
      const days = {
        from: format.longDay(series.range.from),
        to: format.longDay(series.range.to),
      };
      // Emptiness is about messages: service replies are free, so zero cost is not zero activity.
      return series.messages === 0
        ? emptyView(this.t('activityChart.empty'), this.t('activityChart.emptyHint', days))
        : emptyView(this.t('activityChart.noCharges'), this.t('activityChart.noChargesHint', days));
    }
    const period = format.period(series.range.from, series.range.to);
    const caption = this.t('activityChart.tableCaption', { title, period });
    return html`<div class="body" ?data-stale=${stale}>
      ${stale ? html`<p class="updating">${this.t('activityChart.updating')}</p>` : nothing}
      ${categoryLegend({
        series,
        format,
        hidden: this.hiddenCategories,
        t: (key, params) => this.t(key, params),
        onToggle: (category) => this.toggleCategory(category),
      })}
      ${this.plot.render({
        series,
        format,
        hidden: this.hiddenCategories,
        label: this.t('activityChart.chartLabel', { title, period }),
      })}
      ${this.table.render(series, (rows) =>
        // Hovering re-renders the element; the table only changes with its figures and rows.
        guard([series, format, rows, caption], () =>
          dataTable(series, format, caption, (key, params) => this.t(key, params), rows),
        ),
      )}
    </div>`;
  }

  private renderRangePicker(): TemplateResult {
    const history = usageHistory(this.today, this.historyDays);
    const dates = this.draft ?? { from: this.from, to: this.to };
    return rangePicker({
      range: this.range,
      from: dates.from,
      to: dates.to,
      history,
      locale: this.resolvedLocale,
      problem: this.rangeProblem(history),
      t: (key, params) => this.t(key, params),
      onPreset: (preset) => this.choosePreset(preset),
      onCustom: (end, value) => this.editCustom(end, value, history),
    });
  }

  /** Saves the days and categories on screen as `activity-<client>-<from>-<to>.csv`. */
  private download(report: UsageReport, series: DailyActivity): void {
    const { from, to } = series.range;
    const fileName = `activity-${fileNamePart(report.clientId)}-${fileNamePart(from)}-${fileNamePart(to)}.csv`;
    const periods = visiblePeriods(report.periods, series.range, this.hiddenCategories);
    downloadCsv(this.renderRoot, usageCsv(periods), fileName);
    this.confirmations.show({
      tone: 'success',
      text: this.t('activityChart.downloaded', { fileName }),
      subject: 'download',
    });
    this.emit('hub-csv-downloaded', { fileName });
  }

  /** Why the chosen period cannot be shown; `undefined` when it can. */
  private rangeProblem(history: DateRange): RangeProblem | undefined {
    if (!ACTIVITY_RANGE_PRESETS.includes(this.range)) return 'unknown-range';
    if (this.range !== 'custom') return undefined;
    return this.draft
      ? checkCustomRange(this.draft, history).problem
      : checkCustomRange({ from: this.from, to: this.to }, history, { clip: true }).problem;
  }

  private renderLoading(lines: number): TemplateResult {
    return loadingView(this.t('activityChart.loading'), lines);
  }

  private renderError(): TemplateResult {
    return errorView(this.errorMessage(this.usage.error), this.t('common.retry'), () =>
      this.usage.refresh(),
    );
  }

  // ── figures and interaction ───────────────────────────────────────────────────────────────────

  private readonly series = memoizeLast(dailyActivity);
  private readonly format = memoizeLast(activityFormat);

  private toggleCategory(category: ActivitySeries): void {
    const hidden = new Set(this.hiddenCategories);
    if (!hidden.delete(category)) hidden.add(category);
    this.hiddenCategories = hidden;
  }

  private choosePreset(preset: ActivityRangePreset): void {
    if (preset === 'custom' && (!this.from || !this.to)) {
      // Start a custom period from what was on screen, so the user adjusts rather than starts over.
      const current = this.requestedRange;
      this.from = current?.from;
      this.to = current?.to;
    }
    this.range = preset;
    this.announceRange();
  }

  /**
   * A date input changed: the period applies (one fetch, one event) only once both dates make one
   * inside the history; until then the chart stays and the picker says what is wrong.
   */
  private editCustom(end: 'from' | 'to', value: string | undefined, history: DateRange): void {
    const draft = { ...(this.draft ?? { from: this.from, to: this.to }), [end]: value };
    const { range } = checkCustomRange(draft, history);
    if (!range) {
      this.draft = draft;
      return;
    }
    this.draft = undefined;
    this.from = range.from;
    this.to = range.to;
    this.announceRange();
  }

  private announceRange(): void {
    const range = activityRange(
      this.range,
      this.today,
      { from: this.from, to: this.to },
      this.historyDays,
    );
    if (range) this.emit('hub-activity-range-change', { range: this.range, ...range });
  }
}
