import { html, nothing, svg, type TemplateResult } from 'lit';
import type { StackedBarLayout } from '@hub/core';

/** What {@link barChart} draws; every position comes from the core layout. */
export interface BarChartView {
  layout: StackedBarLayout;
  /** Size of the drawing in pixels (the layout's input). */
  width: number;
  height: number;
  /** The palette slot of each series: series `i` is painted with `--_chart-{slots[i]}`. */
  slots: readonly number[];
  /** The day under the pointer or keyboard focus. */
  active: number | undefined;
  /** Labels under the bars, at bar indices. */
  xLabels: readonly { index: number; text: string }[];
  /** Text of a value-axis label. */
  yLabel: (value: number) => string;
}

const round = (n: number) => Math.round(n * 10) / 10;

const pathCache = new WeakMap<StackedBarLayout, string[]>();

/**
 * One path per series rather than one rect per bar: a year of days by four categories is four
 * elements instead of 1,460, which keeps rendering and re-rendering on hover cheap.
 */
function seriesPaths(layout: StackedBarLayout, seriesCount: number): string[] {
  // Hovering re-renders with the same layout; its paths need not be rebuilt.
  const cached = pathCache.get(layout);
  if (cached) return cached;
  // Plain concatenation: on a first render this code is not yet optimised, and every call counts.
  const paths: string[] = Array.from({ length: seriesCount }, () => '');
  for (const bar of layout.bars) {
    const x = round(bar.x);
    const w = round(bar.width);
    const edges = 'h' + w;
    for (const segment of bar.segments) {
      paths[segment.series] +=
        'M' + x + ' ' + round(segment.y) + edges + 'v' + round(segment.height) + 'h' + -w + 'z';
    }
  }
  pathCache.set(layout, paths);
  return paths;
}

/** The stacked bars with their grid, value axis, day labels and the active day's highlight. */
export function barChart(view: BarChartView): TemplateResult {
  const { layout, width, height } = view;
  const { plot, band } = layout;
  const bottom = plot.y + plot.height;
  const active = view.active === undefined ? undefined : layout.bars[view.active];
  return html`<svg
    class="bars"
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
    aria-hidden="true"
    part="chart-svg"
  >
    ${layout.ticks.map(
      (tick) => svg`<line class="grid" x1=${plot.x} x2=${plot.x + plot.width} y1=${round(tick.y)}
          y2=${round(tick.y)}></line>
        <text class="axis" x=${plot.x - 6} y=${tick.y} dy="0.32em" text-anchor="end">${view.yLabel(
          tick.value,
        )}</text>`,
    )}
    ${
      active
        ? svg`<rect class="highlight" x=${round(plot.x + active.index * band.step)} y=${plot.y}
          width=${round(band.step)} height=${plot.height}></rect>`
        : nothing
    }
    ${seriesPaths(layout, view.slots.length).map(
      (d, series) => svg`<path class="series series-${view.slots[series]}" d=${d}></path>`,
    )}
    <line class="baseline" x1=${plot.x} x2=${plot.x + plot.width} y1=${bottom} y2=${bottom}></line>
    ${view.xLabels.map(
      ({ index, text }) =>
        svg`<text class="axis" x=${round(band.x(index) + band.bandwidth / 2)} y=${bottom + 16}
          text-anchor="middle">${text}</text>`,
    )}
  </svg>`;
}
