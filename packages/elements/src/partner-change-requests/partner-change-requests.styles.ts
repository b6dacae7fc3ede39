import { css } from 'lit';

/** Styles of `<hub-partner-change-requests>`. */
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .sections {
    display: grid;
    gap: var(--hub-partner-change-requests-gap, calc(var(--_space) * 2));
  }
  section {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-inline-size: 0;
    overflow-x: auto;
  }
  h2,
  h3 {
    margin: 0 0 var(--_space);
    font-size: 1.05em;
  }
  h2 {
    font-size: 1.25em;
  }
  p {
    margin: 0 0 var(--_space);
  }
  .hint {
    color: var(--_text-muted);
    font-size: 0.85em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: var(--_space);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: middle;
  }
  thead th {
    color: var(--_text-muted);
    font-weight: 500;
  }
  tbody th {
    font-weight: 500;
  }
  .mono {
    font-family: var(--_font-mono);
  }
  /* On a narrow element each request is a card: its values are self-explaining ("Whole account",
     "3 numbers", the status badge), and the column headers stay for screen readers. */
  @container (max-width: 36rem) {
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    tr {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 0.5) var(--_space);
      padding-block: var(--_space);
      border-block-end: 1px solid var(--_border);
    }
    tbody th,
    tbody td {
      padding: 0;
      border: 0;
    }
    tbody th {
      flex-basis: 100%;
    }
  }
  .error-text {
    margin: var(--_space) 0 0;
    color: var(--_danger);
    font-size: 0.85em;
  }
`;
