import { bandScale, linearScale, type BandScale } from './scale.js';
import { niceTicks } from './ticks.js';

/** Space around the plot area, in pixels, for axis labels. */
export interface ChartMargin {
  /** Above the plot. */
  top: number;
  /** Right of the plot. */
  right: number;
  /** Below the plot, for day labels. */
  bottom: number;
  /** Left of the plot, for value labels. */
  left: number;
}

/** What {@link stackedBarLayout} lays out. */
export interface StackedBarInput {
  /** One row per bar (e.g. per day), one value per series (e.g. per pricing category); negatives count as 0. */
  rows: readonly (readonly number[])[];
  /** Series drawn (`true`) or hidden by the legend (`false`); all are drawn when left out. */
  visible?: readonly boolean[];
  /** Width of the whole chart in pixels. */
  width: number;
  /** Height of the whole chart in pixels. */
  height: number;
  /** Space kept free around the plot; default a small top/right and room for labels left/bottom. */
  margin?: Partial<ChartMargin>;
  /** Wished-for number of grid intervals on the value axis (default 4). */
  tickCount?: number;
  /** Keep grid values whole (counts, minor-unit amounts); default `true`. */
  integer?: boolean;
  /** Empty share of each bar's slot, see {@link bandScale}; default `0.2`. */
  gap?: number;
  /** Widest a bar may be, in pixels; default no limit. */
  maxBarWidth?: number;
}

/** One coloured piece of a stacked bar. */
export interface BarSegment {
  /** Index of the series the piece belongs to. */
  series: number;
  /** The value the piece stands for. */
  value: number;
  /** Top edge in pixels. */
  y: number;
  /** Height in pixels. */
  height: number;
}

/** One stacked bar. */
export interface StackedBar {
  /** Index of the row (day) the bar shows. */
  index: number;
  /** Left edge in pixels. */
  x: number;
  /** Width in pixels. */
  width: number;
  /** Sum of the visible series of this row. */
  total: number;
  /** Visible, non-zero pieces from the bottom up. */
  segments: BarSegment[];
}

/** Pixel geometry of a stacked bar chart: everything a renderer needs, nothing it has to compute. */
export interface StackedBarLayout {
  /** The plot area inside the margins. */
  plot: { x: number; y: number; width: number; height: number };
  bars: StackedBar[];
  /** Grid lines of the value axis, bottom up, with their vertical position. */
  ticks: { value: number; y: number }[];
  /** The value at the top of the axis (the last tick). */
  max: number;
  /** The horizontal slots, e.g. to find the bar under the pointer with `band.indexAt(x)`. */
  band: BandScale;
}

const defaultMargin: ChartMargin = { top: 8, right: 8, bottom: 24, left: 48 };

/**
 * Lays out a stacked bar chart: nice ticks covering the tallest visible stack, a vertical scale
 * from them, equal slots across the width, and each bar's visible segments stacked in series
 * order. Segments of a bar are contiguous and its visible segment heights add up to its total's
 * height, so the drawing and the data cannot disagree.
 */
export function stackedBarLayout(input: StackedBarInput): StackedBarLayout {
  const margin = { ...defaultMargin, ...input.margin };
  const width = Math.max(0, input.width - margin.left - margin.right);
  const height = Math.max(0, input.height - margin.top - margin.bottom);
  const plot = { x: margin.left, y: margin.top, width, height };
  const shown = (series: number) => input.visible?.[series] ?? true;
  const totals = input.rows.map((row) =>
    row.reduce((sum, value, series) => (shown(series) ? sum + Math.max(0, value) : sum), 0),
  );
  const { values } = niceTicks(0, Math.max(0, ...totals), input.tickCount ?? 4, {
    integer: input.integer ?? true,
  });
  const max = values[values.length - 1] ?? 1;
  const y = linearScale([0, max], [plot.y + height, plot.y]);
  const band = bandScale(
    input.rows.length,
    [plot.x, plot.x + width],
    input.gap ?? 0.2,
    input.maxBarWidth,
  );
  const bars = input.rows.map((row, index): StackedBar => {
    const segments: BarSegment[] = [];
    let base = 0;
    row.forEach((raw, series) => {
      const value = Math.max(0, raw);
      if (!shown(series) || value === 0) return;
      const top = y(base + value);
      segments.push({ series, value, y: top, height: y(base) - top });
      base += value;
    });
    return { index, x: band.x(index), width: band.bandwidth, total: totals[index] ?? 0, segments };
  });
  return { plot, bars, ticks: values.map((value) => ({ value, y: y(value) })), max, band };
}

/**
 * Up to `max` evenly spread indices of `count` items for axis labels, always including the first;
 * e.g. 365 days and 6 labels give every 61st day.
 */
export function labelIndices(count: number, max: number): number[] {
  if (count <= 0 || max <= 0) return [];
  const stride = Math.ceil(count / Math.max(1, Math.floor(max)));
  const indices: number[] = [];
  for (let i = 0; i < count; i += stride) indices.push(i);
  return indices;
}
