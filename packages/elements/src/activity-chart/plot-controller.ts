import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { ref } from 'lit/directives/ref.js';
import {
  dateLabels,
  type ActivitySeries,
  type DailyActivity,
  stackedBarLayout,
  type StackedBarLayout,
} from '@hub/core';
import { cssProps } from '../base/css-props.js';
import type { MessageKey } from '../base/messages.js';
import type { MessageParams } from '../base/localize.js';
import { barChart } from './bar-chart.js';
import type { ActivityFormat } from './format.js';
import { seriesSlot } from './legend.js';
import { memoizeLast } from './memoize.js';

/** Space for the axes around the plot, in pixels. */
const margin = { top: 8, right: 8, bottom: 24 };
/** Width a day label needs, so labels never collide. */
const dayLabelWidth = 64;

/** What a {@link PlotController} needs from its element. */
export interface PlotControllerOptions {
  t: (key: MessageKey, params?: MessageParams) => string;
  /** Tells screen readers the active day's figures, politely. */
  announce: (text: string) => void;
}

/** What one render of the plot shows. */
export interface PlotView {
  series: DailyActivity;
  format: ActivityFormat;
  /** The categories hidden through the legend, left out of the tooltip and the announcement. */
  hidden: ReadonlySet<ActivitySeries>;
  /** The plot's accessible name. */
  label: string;
}

/** The day's total over the categories shown. */
function visibleTotal(
  series: DailyActivity,
  row: readonly number[],
  hidden: ReadonlySet<ActivitySeries>,
): number {
  return series.categories.reduce(
    (sum, category, i) => (hidden.has(category) ? sum : sum + (row[i] ?? 0)),
    0,
  );
}

/**
 * The metric view's interactive plot: it measures the plot and lays the bars out for its size,
 * follows the day under the pointer or keyboard focus (arrows, Page Up/Down by a week, Home, End,
 * Escape), shows that day's figures in a tooltip beside it and tells screen readers the same.
 */
export class PlotController implements ReactiveController {
  /** The day under the pointer or keyboard focus. */
  private active: number | undefined;
  /** The plot's size; unknown until the plot is in the document, and nothing is laid out before. */
  private measured: { width: number; height: number } | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private observedPlot: Element | undefined;

  /** Where the bars go; hovering re-renders with the same inputs and reuses it. */
  private readonly layout = memoizeLast(
    (
      series: DailyActivity,
      format: ActivityFormat,
      hidden: ReadonlySet<ActivitySeries>,
      width: number,
      height: number,
    ): StackedBarLayout => {
      const visible = series.categories.map((c) => !hidden.has(c));
      const input = { rows: series.values, visible, width, height, integer: true, maxBarWidth: 48 };
      const first = stackedBarLayout({ ...input, margin: { ...margin, left: 40 } });
      // The value axis needs room for its widest label, known only once the ticks are.
      const widest = Math.max(...first.ticks.map((t) => format.axis(t.value).length));
      const left = Math.max(40, Math.ceil(widest * 7 + 12));
      return left === 40 ? first : stackedBarLayout({ ...input, margin: { ...margin, left } });
    },
  );

  /**
   * @param host - The element; the controller adds itself to it.
   * @param options - How the element translates and announces.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: PlotControllerOptions,
  ) {
    host.addController(this);
  }

  /** Forgets the active day, e.g. when the period or the metric under it changed. */
  reset(): void {
    this.setActive(undefined);
  }

  hostUpdated(): void {
    // lit fills a new template before it enters the document, so a plot just rendered for the
    // first time measured 0×0 then: measure it now, in place, so that the first frame has bars
    // laid out for their size rather than a throwaway layout corrected a frame later.
    // Measured once this update has completed (lit asks for no update from inside one), still
    // before the frame.
    if (this.measured || !this.observedPlot?.isConnected) return;
    const plot = this.observedPlot;
    queueMicrotask(() => {
      const box = plot.getBoundingClientRect();
      if (plot === this.observedPlot) this.setSize(box.width, box.height);
    });
  }

  hostDisconnected(): void {
    this.resizeObserver?.disconnect();
    this.observedPlot = undefined;
  }

  /** The axis title and the focusable plot: bars, axes, the active day and its tooltip. */
  render(view: PlotView): TemplateResult {
    const { series } = view;
    const size = this.measured;
    const layout = size && this.layout(series, view.format, view.hidden, size.width, size.height);
    return html`<p class="axis-title" aria-hidden="true">
        ${this.options.t(`activityChart.perDay.${series.metric}`, { currency: series.currency })}
      </p>
      <div
        class="plot"
        part="chart"
        tabindex="0"
        role="group"
        aria-label=${view.label}
        aria-describedby=${series.metric === 'expenses' ? 'disclaimer' : nothing}
        ${ref(this.observePlot)}
        @keydown=${(event: KeyboardEvent) => this.onKey(event, view)}
        @focus=${() => this.moveTo(this.active ?? series.days.length - 1, view)}
        @blur=${() => this.setActive(undefined)}
        @pointermove=${(event: PointerEvent) => this.onPointer(event, layout)}
        @pointerdown=${(event: PointerEvent) => this.onPointer(event, layout)}
        @pointerleave=${() => {
          if (!this.host.matches(':focus-within')) this.setActive(undefined);
        }}
      >
        ${size && layout ? this.renderBars(view, layout, size) : nothing}
        ${
          this.active === undefined || !layout
            ? nothing
            : this.renderTooltip(view, layout, this.active)
        }
      </div>`;
  }

  private renderBars(
    view: PlotView,
    layout: StackedBarLayout,
    size: { width: number; height: number },
  ): TemplateResult {
    const { series, format } = view;
    const labels = dateLabels(
      series.days,
      Math.max(1, Math.floor(layout.plot.width / dayLabelWidth)),
    );
    return barChart({
      layout,
      ...size,
      slots: series.categories.map(seriesSlot),
      active: this.active,
      xLabels: labels.indices.map((index) => ({
        index,
        text: (labels.unit === 'month' ? format.month : format.day)(series.days[index] ?? ''),
      })),
      yLabel: (value) => format.axis(value),
    });
  }

  private renderTooltip(view: PlotView, layout: StackedBarLayout, index: number): TemplateResult {
    const { series, format, hidden } = view;
    const { t } = this.options;
    const day = series.days[index];
    const row = series.values[index];
    if (day === undefined || !row) return html``;
    const center = layout.plot.x + (index + 0.5) * layout.band.step;
    const flip = center > layout.plot.x + layout.plot.width / 2;
    // Beside the highlighted day, never over it.
    const offset = layout.band.step / 2 + 6;
    const position: Record<string, string> = flip
      ? { right: `${Math.round((this.measured?.width ?? 0) - center + offset)}px` }
      : { left: `${Math.round(center + offset)}px` };
    return html`<div class="tooltip" part="tooltip" aria-hidden="true" ${cssProps(position)}>
      <p class="tooltip-day">${format.longDay(day)}</p>
      <dl>
        ${series.categories.map((category, i) =>
          hidden.has(category)
            ? nothing
            : html`<div>
                <dt>
                  <span class="swatch series-${seriesSlot(category)}"></span>${t(
                    `activityChart.category.${category}`,
                  )}
                </dt>
                <dd>${format.value(row[i] ?? 0)}</dd>
              </div>`,
        )}
        <div class="tooltip-total">
          <dt>${t('activityChart.total')}</dt>
          <dd>${format.value(visibleTotal(series, row, hidden))}</dd>
        </div>
      </dl>
      ${
        series.metric === 'expenses'
          ? html`<p class="tooltip-note">${t('activityChart.estimate')}</p>`
          : nothing
      }
    </div>`;
  }

  private readonly observePlot = (element: Element | undefined): void => {
    if (!element || element === this.observedPlot) return;
    this.resizeObserver ??= new ResizeObserver((entries) => {
      // Only the plot on screen counts; a replaced one reports its last, empty size.
      const entry = entries.find((e) => e.target === this.observedPlot);
      if (entry) this.setSize(entry.contentRect.width, entry.contentRect.height);
    });
    if (this.observedPlot) this.resizeObserver.unobserve(this.observedPlot);
    this.observedPlot = element;
    this.resizeObserver.observe(element);
    // A plot replaced while in the document (not a new template) is measured at once.
    if (element.isConnected) {
      const box = element.getBoundingClientRect();
      this.setSize(box.width, box.height);
    }
  };

  private setSize(width: number, height: number): void {
    const size = { width: Math.floor(width), height: Math.floor(height) };
    if (size.width === this.measured?.width && size.height === this.measured.height) return;
    this.measured = size;
    this.host.requestUpdate();
  }

  private setActive(index: number | undefined): void {
    if (index === this.active) return;
    this.active = index;
    this.host.requestUpdate();
  }

  private onPointer(event: PointerEvent, layout: StackedBarLayout | undefined): void {
    if (!layout) return;
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const index = layout.band.indexAt(event.clientX - box.left);
    if (index >= 0) this.setActive(index);
  }

  private onKey(event: KeyboardEvent, view: PlotView): void {
    const last = view.series.days.length - 1;
    const current = this.active ?? last;
    const target: Record<string, number> = {
      ArrowLeft: current - 1,
      ArrowRight: current + 1,
      PageUp: current - 7,
      PageDown: current + 7,
      Home: 0,
      End: last,
    };
    if (event.key === 'Escape') {
      this.setActive(undefined);
      return;
    }
    const next = target[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.moveTo(Math.min(last, Math.max(0, next)), view);
  }

  /** Makes `index` the active day and reads its figures out. */
  private moveTo(index: number, view: PlotView): void {
    const { series, format, hidden } = view;
    const { t } = this.options;
    const day = series.days[index];
    const row = series.values[index];
    if (day === undefined || !row) return;
    this.setActive(index);
    const parts = series.categories
      .filter((c) => !hidden.has(c))
      .map(
        (c) =>
          `${t(`activityChart.category.${c}`)} ${format.value(row[series.categories.indexOf(c)] ?? 0)}`,
      );
    // Expense figures are estimates wherever they appear, spoken ones included.
    const when =
      series.metric === 'expenses'
        ? t('activityChart.approximateOn', { day: format.longDay(day) })
        : format.longDay(day);
    this.options.announce(
      `${when}: ${t('activityChart.total')} ${format.value(
        visibleTotal(series, row, hidden),
      )}; ${parts.join(', ')}`,
    );
  }
}
