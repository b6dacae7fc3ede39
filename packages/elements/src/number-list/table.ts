import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  displayNameState,
  formatPhoneNumber,
  type Gate,
  type HubNumber,
  type NumberActionGates,
  type NumberColumn,
  type NumberSort,
} from '@hub/core';
import { cssProps } from '../base/css-props.js';
import {
  qualityBadge,
  qualityText,
  reviewBadge,
  statusBadge,
  type Translate,
} from '../base/badges.js';
import { tierText } from './tier.js';

const COLUMNS: readonly NumberColumn[] = [
  'phoneNumber',
  'status',
  'displayName',
  'qualityRating',
  'messagingTier',
];

/** What the table of `<hub-number-list>` shows and whom it tells. */
export interface TableOptions {
  /** Every row after search, filters and sort. */
  rows: readonly HubNumber[];
  /** The `[start, end)` slice of `rows` in view, the only ones rendered. */
  slice: [number, number];
  sort: NumberSort | undefined;
  /** The number whose actions menu is open. */
  menuOpenFor: string | undefined;
  /** Whether a live update just changed the number (its row is highlighted). */
  changed: (number: HubNumber) => boolean;
  t: Translate;
  locale: string;
  /** Which actions a row offers. */
  gates: (number: HubNumber) => NumberActionGates;
  onSort: (column: NumberColumn) => void;
  onManage: (number: HubNumber) => void;
  /** Signals was pressed; `gate` says whether it may be used. */
  onSignals: (number: HubNumber, gate: Gate) => void;
  onMenu: (number: HubNumber, trigger: HTMLElement) => void;
}

/**
 * The windowed table: a header that sorts and the rows in view, positioned by their index. In the
 * narrow layout the header shows as a row of sort buttons and each row as a card; the roles stay,
 * so screen readers read a table in both.
 */
export function numberTable(options: TableOptions): TemplateResult {
  const { rows, t } = options;
  const [start, end] = options.slice;
  // One description for every control the session's access disables, outside the table's roles.
  return html`<span class="visually-hidden" id="gate-permission"
      >${t('numbers.gate.permission')}</span
    >
    <div
      class="table"
      part="table"
      role="table"
      aria-label=${t('numberList.label')}
      aria-rowcount=${rows.length + 1}
    >
      <div class="head" role="rowgroup">
        <div
          class="row"
          role="row"
          part="header"
          aria-rowindex="1"
          data-sort-label=${t('numberList.sortBy')}
        >
          ${COLUMNS.map((c) => columnHeader(c, options))}
          <div class="colhead" role="columnheader">
            <span class="visually-hidden">${t('numberList.col.actions')}</span>
          </div>
        </div>
      </div>
      <div class="body" role="rowgroup" ${cssProps({ '--_rows': String(rows.length) })}>
        ${repeat(
          rows.slice(start, end),
          // Keyed by position in the results: scrolling keeps the rows still in view (and the
          // focus in them), and a new search updates rows in place instead of rebuilding them.
          (_n, i) => start + i,
          (n, i) => row(n, start + i, options),
        )}
      </div>
    </div>`;
}

function columnHeader(column: NumberColumn, options: TableOptions): TemplateResult {
  const active = options.sort?.column === column ? options.sort.direction : undefined;
  return html`<div class="colhead" role="columnheader" aria-sort=${active ?? 'none'}>
    <button type="button" class="sort" data-column=${column} @click=${() => options.onSort(column)}>
      ${options.t(`numberList.col.${column}`)}
    </button>
  </div>`;
}

function row(number: HubNumber, index: number, options: TableOptions): TemplateResult {
  const { t } = options;
  const phone = formatPhoneNumber(number.phoneNumber);
  const name = displayNameState(number);
  const changed = options.changed(number);
  return html`<div
    class=${changed ? 'row row-changed' : 'row'}
    role="row"
    part=${changed ? 'row row-changed' : 'row'}
    aria-rowindex=${index + 2}
    data-number-id=${number.id}
    ${cssProps({ '--_index': String(index) })}
  >
    <div class="cell phone" role="cell">${phone}</div>
    <div class="cell status-cell" role="cell">${statusBadge(t, number, `s-${number.id}`)}</div>
    ${nameCell(number, name, t)}
    <div class="cell labelled" role="cell" data-label=${t('numberList.col.qualityRating')}>
      ${qualityBadge(number.qualityRating, qualityText(t, number))}
    </div>
    <div class="cell labelled tier" role="cell" data-label=${t('numberList.col.messagingTier')}>
      ${tierText(t, options.locale, number)}
    </div>
    <div class="cell actions" role="cell">
      <button
        type="button"
        class="btn"
        part="manage-button"
        aria-label=${t('numberList.manageLabel', { number: phone })}
        @click=${() => options.onManage(number)}
      >
        ${t('numberList.manage')}
      </button>
      ${signalsButton(number, options.gates(number).signals, phone, options)}
      <button
        type="button"
        class="btn btn-ghost menu-button"
        part="menu-button"
        aria-haspopup="menu"
        aria-expanded=${options.menuOpenFor === number.id ? 'true' : 'false'}
        aria-label=${t('numberList.more', { number: phone })}
        @click=${(e: Event) => options.onMenu(number, e.currentTarget as HTMLElement)}
      ></button>
    </div>
  </div>`;
}

/**
 * A long name gives way (with an ellipsis) to the Under review marker. Without the marker, the
 * cell's own ellipsis does, with no element around the text.
 */
function nameCell(
  number: HubNumber,
  name: ReturnType<typeof displayNameState>,
  t: TableOptions['t'],
): TemplateResult {
  if (name.kind !== 'under_review') {
    return html`<div class="cell name-cell" role="cell" title=${number.displayName}>
      ${number.displayName}
    </div>`;
  }
  return html`<div class="cell name-cell under-review" role="cell" title=${number.displayName}>
    <span class="name">${number.displayName}</span>${reviewBadge(
      t,
      name.requested,
      `r-${number.id}`,
    )}
  </div>`;
}

/**
 * Signals is hidden where the plan lacks it; where only the session's access does, it stays
 * visible but disabled, and pressing it tells why (a tap or a key press, not only a hover).
 */
function signalsButton(number: HubNumber, gate: Gate, phone: string, options: TableOptions) {
  if (!gate.allowed && gate.reason !== 'permission') return nothing;
  return html`<button
    type="button"
    class="btn"
    part="signals-button"
    aria-label=${options.t('numberList.signalsLabel', { number: phone })}
    aria-disabled=${gate.allowed ? 'false' : 'true'}
    aria-describedby=${gate.allowed ? nothing : 'gate-permission'}
    @click=${() => options.onSignals(number, gate)}
  >
    ${options.t('numberList.signals')}
  </button>`;
}
