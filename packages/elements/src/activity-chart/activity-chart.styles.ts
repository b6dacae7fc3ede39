import { css } from 'lit';

/**
 * Styles of `<hub-activity-chart>`. The default series colours are the eight of the Okabe–Ito
 * palette, which stay distinguishable with the common colour-vision deficiencies: relatives share
 * a hue family (marketing blue and Marketing Lite sky blue), and the palette's black is a grey for
 * "other", which is not a category. Dark surfaces get lighter variants.
 */
export const styles = css`
  :host {
    --_chart-1: var(--hub-chart-1, light-dark(#0072b2, #3d8fd1));
    --_chart-2: var(--hub-chart-2, light-dark(#56b4e9, #9fd7f5));
    --_chart-3: var(--hub-chart-3, light-dark(#e69f00, #f0b43c));
    --_chart-4: var(--hub-chart-4, light-dark(#009e73, #3fcf9f));
    --_chart-5: var(--hub-chart-5, light-dark(#d55e00, #ff8c42));
    --_chart-6: var(--hub-chart-6, light-dark(#cc79a7, #e7a3c9));
    --_chart-7: var(--hub-chart-7, light-dark(#f0e442, #f0e442));
    --_chart-8: var(--hub-chart-8, light-dark(#6e6e6e, #a8a8a8));
    --_chart-grid: var(--hub-chart-grid, var(--_border));
    --_chart-axis: var(--hub-chart-axis, var(--_text-muted));
    --_chart-highlight: var(
      --hub-chart-highlight,
      color-mix(in srgb, var(--_text) 8%, transparent)
    );
    display: block;
  }

  .series-1 {
    fill: var(--_chart-1);
    background: var(--_chart-1);
  }
  .series-2 {
    fill: var(--_chart-2);
    background: var(--_chart-2);
  }
  .series-3 {
    fill: var(--_chart-3);
    background: var(--_chart-3);
  }
  .series-4 {
    fill: var(--_chart-4);
    background: var(--_chart-4);
  }
  .series-5 {
    fill: var(--_chart-5);
    background: var(--_chart-5);
  }
  .series-6 {
    fill: var(--_chart-6);
    background: var(--_chart-6);
  }
  .series-7 {
    fill: var(--_chart-7);
    background: var(--_chart-7);
  }
  .series-8 {
    fill: var(--_chart-8);
    background: var(--_chart-8);
  }

  .panel {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space);
  }
  .title {
    margin: 0;
    font-size: 1.1em;
    font-weight: 600;
  }
  .total {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space);
    margin: calc(var(--_space) * 0.5) 0 0;
  }
  .total-value {
    font-size: 1.75em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .total-period,
  .hint,
  .axis-title,
  .updating {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space);
  }
  .picker {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space);
  }
  .picker label {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  .picker .hint,
  .picker .range-error {
    flex-basis: 100%;
    margin: 0;
    text-align: end;
  }
  .range-error {
    color: var(--_danger);
    font-weight: 600;
  }
  .head .hint {
    max-inline-size: 40rem;
  }
  .disclaimer {
    margin: 0;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-inline-start: 3px solid var(--_warning);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    font-size: 0.9em;
  }

  .body {
    display: grid;
    gap: var(--_space);
  }
  .body[data-stale] .plot,
  .body[data-stale] .legend {
    opacity: 0.55;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 0.5) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .legend-item[aria-pressed='false'] {
    border-style: dashed;
    color: var(--_text-muted);
  }
  .legend-item[aria-pressed='false'] .swatch {
    opacity: 0.3;
  }
  .legend-total {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .swatch {
    display: inline-block;
    inline-size: 0.75em;
    block-size: 0.75em;
    border-radius: 2px;
  }

  .plot {
    position: relative;
    block-size: var(--hub-activity-chart-height, 16rem);
    min-inline-size: 0;
    border-radius: var(--_radius);
    touch-action: pan-y;
  }
  .bars {
    display: block;
    overflow: visible;
  }
  .grid {
    stroke: var(--_chart-grid);
    stroke-dasharray: 2 3;
  }
  .baseline {
    stroke: var(--_chart-axis);
  }
  .axis {
    fill: var(--_chart-axis);
    font-size: 0.75rem;
    font-variant-numeric: tabular-nums;
  }
  .highlight {
    fill: var(--_chart-highlight);
  }

  .tooltip {
    position: absolute;
    inset-block-start: 0;
    z-index: 1;
    min-inline-size: 12em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 4px 16px color-mix(in srgb, var(--_text) 18%, transparent);
    pointer-events: none;
    font-size: 0.9em;
  }
  .tooltip p {
    margin: 0;
  }
  .tooltip-day {
    font-weight: 600;
  }
  .tooltip dl {
    display: grid;
    gap: 0.2em;
    margin: calc(var(--_space) * 0.5) 0 0;
  }
  .tooltip dl > div {
    display: flex;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
  }
  .tooltip dt {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .tooltip dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .tooltip-total {
    padding-block-start: 0.2em;
    border-block-start: 1px solid var(--_border);
    font-weight: 600;
  }
  .tooltip-note {
    color: var(--_text-muted);
    font-size: 0.9em;
  }

  .summary {
    display: grid;
    gap: var(--_space);
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(14rem, 100%), 1fr));
    gap: calc(var(--_space) * 1.5);
  }
  .card {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: baseline;
    gap: calc(var(--_space) * 0.5) var(--_space);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .card:hover {
    border-color: var(--_accent);
  }
  .card-title {
    font-weight: 600;
  }
  .card-period {
    color: var(--_text-muted);
    font-size: 0.85em;
  }
  .card-total {
    grid-column: 1 / -1;
    font-size: 1.75em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .growth {
    grid-column: 1 / -1;
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  .growth[data-kind='up'],
  .growth[data-kind='new'] {
    color: var(--_text);
  }
  .spark {
    grid-column: 1 / -1;
    inline-size: 100%;
    block-size: 2.5rem;
  }
  .spark-bar {
    fill: color-mix(in srgb, var(--_accent) 75%, var(--_surface));
  }
`;
