import { css } from 'lit';

/** Styles of `<hub-template-list>`. */
export const styles = css`
  :host {
    display: block;
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
    overflow-x: auto;
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
    min-block-size: 1.9em;
    padding: 0 var(--_space);
    font-size: 0.9em;
  }
  .error {
    color: var(--_danger);
  }
`;
