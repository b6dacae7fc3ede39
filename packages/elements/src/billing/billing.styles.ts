import { css } from 'lit';

/** Styles of `<hub-billing>`. */
export const styles = css`
  :host {
    display: block;
  }

  .panel {
    display: grid;
    /* A column that may shrink below its widest line, so a phone never scrolls the page sideways. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--hub-billing-gap, calc(var(--_space) * 3));
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .title {
    margin: 0;
    font-size: 1.1em;
    font-weight: 600;
  }
  .lead,
  .hint {
    margin: 0;
    color: var(--_text-muted);
  }
  .lead {
    margin-block-start: calc(var(--_space) * 0.5);
  }
  .hint {
    font-size: 0.9em;
  }

  section {
    display: grid;
    gap: var(--_space);
  }
  .section-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  h3 {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
  p {
    margin: 0;
  }

  .portal {
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .portal-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .error-text {
    color: var(--_danger);
  }

  .notice {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-inline-start: 3px solid var(--_warning);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    font-size: 0.9em;
  }

  .plan-counts {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .portal .btn {
    white-space: normal;
    text-align: center;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  caption {
    padding-block-end: calc(var(--_space) * 0.5);
    color: var(--_text-muted);
    font-size: 0.9em;
    text-align: start;
  }
  th,
  td {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
  thead th {
    color: var(--_text-muted);
    font-size: 0.9em;
    font-weight: 600;
  }
  tbody th {
    font-weight: 400;
  }
  .num {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  tfoot th,
  tfoot td {
    border-block-end: 0;
    font-weight: 600;
  }
  .mono {
    font-family: var(--_font-mono);
  }
`;
