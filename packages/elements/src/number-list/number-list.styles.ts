import { css } from 'lit';

export const styles = css`
  :host {
    --_row-height: var(--hub-number-list-row-height, 3.25rem);
    --_max-height: var(--hub-number-list-max-height, 36rem);
    --_columns: var(
      --hub-number-list-columns,
      minmax(10rem, 1.1fr) minmax(9rem, 1fr) minmax(11rem, 1.5fr) minmax(6.5rem, 0.7fr)
        minmax(7rem, 0.7fr) minmax(14rem, auto)
    );
    display: block;
    position: relative;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    color: var(--_text-muted);
    font-size: 0.85em;
  }
  .field input,
  .field select {
    color: var(--_text);
    font-size: var(--_font-size);
  }
  .field input {
    inline-size: 16rem;
  }
  .spacer {
    flex: 1;
  }
  .count {
    align-self: center;
    margin: 0;
    color: var(--_text-muted);
  }
  .add-note,
  .skipped-note {
    margin: 0 0 var(--_space);
    color: var(--_text-muted);
    font-size: 0.9em;
  }

  .table {
    position: relative;
    max-block-size: var(--_max-height);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .head,
  .body {
    min-inline-size: 58rem;
  }
  .head {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--_surface-raised);
    border-block-end: 1px solid var(--_border);
  }
  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    align-items: center;
    inline-size: 100%;
    block-size: var(--_row-height);
    box-sizing: border-box;
  }
  .body {
    position: relative;
    block-size: calc(var(--_row-height) * var(--_rows, 0));
  }
  .body .row {
    position: absolute;
    /* Rows in the overscan margin are out of view: the browser may skip laying them out. */
    content-visibility: auto;
    contain-intrinsic-block-size: var(--_row-height);
    inset-block-start: calc(var(--_row-height) * var(--_index, 0));
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 60%, transparent);
  }
  .body .row:hover,
  .body .row:focus-within {
    background: color-mix(in srgb, var(--_surface-raised) 70%, var(--_surface));
  }
  .cell,
  .colhead {
    min-inline-size: 0;
    padding: 0 var(--_space);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  /* Room above and below for focus rings, which the cell's overflow would otherwise cut off. */
  .cell {
    padding-block: 4px;
  }
  .colhead {
    color: var(--_text-muted);
    font-size: 0.85em;
    font-weight: 600;
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .sort-icon {
    inline-size: 0.8em;
    opacity: 0.35;
  }
  [aria-sort='ascending'] .sort-icon,
  [aria-sort='descending'] .sort-icon {
    opacity: 1;
  }
  .phone {
    font-family: var(--_font-mono);
    font-variant-numeric: tabular-nums;
  }
  /* A long name gives way (with an ellipsis) so the Under review marker stays in view. */
  .name-cell {
    display: flex;
    align-items: center;
  }
  .name-cell .name {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .pending-name {
    flex: none;
    margin-inline-start: 0.5em;
  }
  .actions {
    display: flex;
    gap: calc(var(--_space) * 0.5);
    justify-content: end;
  }
  .actions .btn {
    min-block-size: 2em;
    padding: 0 var(--_space);
  }
  /* Stays focusable so its reason can be reached; muted text rather than opacity keeps contrast. */
  .actions .btn[aria-disabled='true'] {
    color: var(--_text-muted);
    cursor: not-allowed;
  }

  .notice {
    display: flex;
    align-items: center;
    gap: var(--_space);
    margin-block-end: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid color-mix(in srgb, var(--_tone, var(--_accent)) 45%, var(--_border));
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_tone, var(--_accent)) 8%, var(--_surface));
  }
  .notice p {
    flex: 1;
    margin: 0;
  }
  .back {
    margin-block-end: var(--_space);
  }
`;
