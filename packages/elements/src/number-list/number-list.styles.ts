import { css } from 'lit';

/** The smallest touch target of the narrow layout (WCAG 2.5.5's 44 px; 2.5.8 asks for 24). */
const TOUCH = css`44px`;

export const styles = css`
  :host {
    /* The layout follows the element's own width: portals embed it in columns of any width. */
    container: hub-number-list / inline-size;
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
  .loading-more-note,
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
    /* Each row is sized by the CSS alone, so laying out or painting one never touches the rest.
       (Not content-visibility: deciding what is on screen costs a second layout in the first frame.) */
    contain: strict;
    inset-block-start: calc(var(--_row-height) * var(--_index, 0));
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 60%, transparent);
    --_row-background: var(--_surface);
    background: var(--_row-background);
  }
  .body .row:hover,
  .body .row:focus-within {
    --_row-background: color-mix(in srgb, var(--_surface-raised) 70%, var(--_surface));
  }
  /* A live update just changed the row: a tint for a moment, no motion. */
  .body .row.row-changed {
    --_row-background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
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
  /* The sort arrows (both, or the one of the order) and the menu's three dots are drawn by their
     button: icon elements in every header cell and row would cost more than they show. They keep
     their colour in forced-colors mode, where backgrounds would otherwise be dropped. */
  .sort::after {
    content: '';
    inline-size: 0.8em;
    block-size: 0.96em;
    background: currentColor;
    forced-color-adjust: none;
    opacity: 0.35;
    clip-path: polygon(
      50% 0,
      90% 41.67%,
      10% 41.67%,
      50% 0,
      50% 100%,
      10% 58.33%,
      90% 58.33%,
      50% 100%
    );
  }
  [aria-sort='ascending'] .sort::after {
    opacity: 1;
    clip-path: polygon(50% 0, 90% 41.67%, 10% 41.67%);
  }
  [aria-sort='descending'] .sort::after {
    opacity: 1;
    clip-path: polygon(50% 100%, 10% 58.33%, 90% 58.33%);
  }
  .phone {
    font-family: var(--_font-mono);
    font-variant-numeric: tabular-nums;
  }
  /* A long name gives way (with an ellipsis) so the Under review marker stays in view. */
  .under-review {
    display: flex;
    align-items: center;
  }
  .under-review .name {
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
  .body .actions,
  .head .colhead:last-child {
    align-self: stretch;
    align-items: center;
    background: var(--_row-background, var(--_surface-raised));
  }
  .actions .btn {
    min-block-size: 2em;
    padding: 0 var(--_space);
  }
  .menu-button::before {
    content: '';
    inline-size: 16px;
    block-size: 16px;
    forced-color-adjust: none;
    --_dot: currentColor 1.1px, transparent 1.9px;
    background:
      radial-gradient(circle at 3px 8px, var(--_dot)),
      radial-gradient(circle at 8px 8px, var(--_dot)),
      radial-gradient(circle at 13px 8px, var(--_dot));
  }
  /* Stays focusable so its reason can be reached; muted text rather than opacity keeps contrast. */
  .actions .btn[aria-disabled='true'] {
    color: var(--_text-muted);
    cursor: not-allowed;
  }
  .back {
    margin-block-end: var(--_space);
  }
  /* Each row's quality and limit are named by their column header, shown in the narrow layout. */
  .labelled::before {
    display: none;
  }

  /* Between the narrow layout and the table's full width (58rem and its border), the table
     scrolls sideways: the actions stay in view at its end. Only then, as sticky cells cost every
     frame. */
  @container hub-number-list (inline-size < 58.2rem) {
    .body .actions,
    .head .colhead:last-child {
      position: sticky;
      inset-inline-end: 0;
    }
  }

  /*
   * The narrow layout: every row a card of fixed height (rows are windowed, so they share one),
   * the header a bar of sort buttons, and each control a touch-sized target. The roles stay those
   * of the table. Without a height set by the portal, the page scrolls rather than the table: a
   * scroller inside a scrolling page traps touch scrolling.
   */
  @container hub-number-list (inline-size < 40rem) {
    .toolbar {
      align-items: stretch;
    }
    .field {
      flex: 1 1 9rem;
    }
    .search-field {
      flex-basis: 100%;
    }
    .field input,
    .field select {
      inline-size: 100%;
      min-block-size: ${TOUCH};
    }
    .count {
      flex-basis: 100%;
    }
    .spacer {
      display: none;
    }
    .toolbar .btn,
    .state .btn,
    .back,
    .confirmation .btn {
      flex: 1 1 auto;
      min-block-size: ${TOUCH};
    }

    .table {
      --_row-height: var(--hub-number-list-card-height, calc(${TOUCH} + 6.5em + var(--_space) * 4));
      max-block-size: var(--hub-number-list-max-height, none);
    }
    .head,
    .body {
      min-inline-size: 0;
    }
    .head {
      position: static;
    }
    .head .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 0.5);
      block-size: auto;
      padding: var(--_space);
    }
    .head .row::before {
      content: attr(data-sort-label) / '';
      color: var(--_text-muted);
      font-size: 0.85em;
      font-weight: 600;
    }
    .colhead {
      padding: 0;
    }
    .body .actions,
    .head .colhead:last-child {
      position: static;
    }
    .sort {
      min-block-size: ${TOUCH};
      padding: 0 var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
    [aria-sort='ascending'] .sort,
    [aria-sort='descending'] .sort {
      border-color: var(--_accent);
    }

    .body .row {
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-rows: auto auto auto ${TOUCH};
      align-content: space-between;
      gap: calc(var(--_space) * 0.5) var(--_space);
      padding: var(--_space);
    }
    .cell {
      padding: 2px;
    }
    .status-cell {
      justify-self: end;
    }
    /* The badges are buttons (they show their explanation): WCAG 2.5.8's 24 px at least. */
    .status-badge,
    .pending-name {
      min-block-size: 24px;
    }
    .name-cell,
    .actions {
      grid-column: 1 / -1;
    }
    .labelled::before {
      display: block;
      content: attr(data-label) / '';
      color: var(--_text-muted);
      font-size: 0.8em;
    }
    .tier {
      text-align: end;
    }
    .actions {
      justify-content: stretch;
    }
    .actions .btn {
      flex: 1 1 auto;
      min-block-size: ${TOUCH};
    }
    .actions .menu-button {
      flex: none;
      inline-size: ${TOUCH};
      padding: 0;
    }
    [role='menuitem'] {
      min-block-size: ${TOUCH};
    }
  }
`;
