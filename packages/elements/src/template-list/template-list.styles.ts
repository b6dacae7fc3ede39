import { css } from 'lit';

/**
 * Styles of `<hub-template-list>`. The host is a size container: narrower than 40rem (a phone, a
 * side panel), each template is a card of labelled values instead of a table row.
 */
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  .field.search {
    flex: 1 1 14rem;
  }
  .field input,
  .field select {
    color: var(--_text);
    font-size: 1rem;
    font-size: var(--_font-size);
  }
  .actions-bar {
    display: flex;
    gap: var(--_space);
    margin-inline-start: auto;
  }
  .summary {
    margin: 0 0 var(--_space);
    color: var(--_text-muted);
  }
  .note {
    margin: 0 0 var(--_space);
    color: var(--_text-muted);
  }
  .table-wrap {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--_surface-raised);
    color: var(--_text-muted);
    font-size: 0.85em;
    font-weight: 600;
  }
  tbody:last-child tr:last-child > * {
    border-block-end: 0;
  }
  th[scope='rowgroup'] {
    font-weight: 600;
  }
  /* A live update just changed the row: a tint for a moment, no motion. */
  tr.row-changed > td {
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
  }
  .name {
    font-family: var(--_font-mono);
    overflow-wrap: anywhere;
  }
  .muted {
    display: block;
    color: var(--_text-muted);
    font-size: 0.85em;
    font-weight: 400;
  }
  .status {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    justify-items: start;
    max-inline-size: 22rem;
  }
  .status p {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.85em;
  }
  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }
  .row-actions .btn {
    min-block-size: 2.25em;
    padding: 0 var(--_space);
    font-size: 0.9em;
  }

  @container (max-width: 40rem) {
    .toolbar {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .field.search,
    .actions-bar {
      grid-column: 1 / -1;
    }
    .field input,
    .field select {
      inline-size: 100%;
    }
    .actions-bar {
      margin-inline-start: 0;
    }
    .actions-bar .btn {
      flex: 1 1 0;
    }
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    /* The column headers stay for screen readers; each value carries its own label. */
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    tbody {
      padding: var(--_space) calc(var(--_space) * 1.5);
      border-block-end: 1px solid var(--_border);
    }
    tbody:last-child {
      border-block-end: 0;
    }
    tr + tr {
      margin-block-start: var(--_space);
      padding-block-start: var(--_space);
      border-block-start: 1px dashed var(--_border);
    }
    th,
    td {
      padding: calc(var(--_space) * 0.25) 0;
      border-block-end: 0;
    }
    td[data-label] {
      display: grid;
      grid-template-columns: minmax(0, 7rem) minmax(0, 1fr);
      gap: var(--_space);
    }
    td[data-label]::before {
      /* The empty alternative keeps screen readers from reading the label twice. */
      content: attr(data-label) / '';
      color: var(--_text-muted);
      font-size: 0.85em;
    }
    td.actions {
      padding-block-start: var(--_space);
    }
    .row-actions .btn {
      min-block-size: 2.75em;
    }
  }
`;
