import { html, nothing, type TemplateResult } from 'lit';
import { NUMBER_STATUSES, QUALITY_RATINGS, type Gate, type QualityRating } from '@hub/core';
import type { Translate } from '../base/badges.js';

/** What the toolbar of `<hub-number-list>` shows and whom it tells. */
export interface ToolbarOptions {
  /** False while the numbers load: the controls show but are disabled. */
  ready: boolean;
  search: string;
  statusFilter: readonly string[];
  qualityFilter: readonly QualityRating[];
  /** How many numbers the table shows, and how many the client has. */
  shown: number;
  total: number;
  addNumber: Gate;
  t: Translate;
  onSearch: (text: string) => void;
  onStatusFilter: (statuses: string[]) => void;
  onQualityFilter: (ratings: QualityRating[]) => void;
  onAdd: () => void;
  onImport: () => void;
}

/** Search, the status and quality filters, the result count and the add buttons. */
export function toolbar(options: ToolbarOptions): TemplateResult {
  const { ready, t } = options;
  return html`<div class="toolbar" part="toolbar">
      <label class="field search-field"
        >${t('numberList.search')}
        <input
          type="search"
          part="search"
          .value=${options.search}
          placeholder=${t('numberList.searchPlaceholder')}
          ?disabled=${!ready}
          @input=${(e: Event) => options.onSearch((e.target as HTMLInputElement).value)}
      /></label>
      <label class="field"
        >${t('numberList.filterStatus')}
        <select
          name="status"
          ?disabled=${!ready}
          @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value;
            options.onStatusFilter(value ? [value] : []);
          }}
        >
          <option value="" ?selected=${options.statusFilter.length === 0}>
            ${t('numberList.allStatuses')}
          </option>
          ${NUMBER_STATUSES.map(
            (s) =>
              html`<option value=${s} ?selected=${options.statusFilter.includes(s)}>
                ${t(`numbers.status.${s}`)}
              </option>`,
          )}
        </select></label
      >
      <label class="field"
        >${t('numberList.filterQuality')}
        <select
          name="quality"
          ?disabled=${!ready}
          @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value as QualityRating | '';
            options.onQualityFilter(value ? [value] : []);
          }}
        >
          <option value="" ?selected=${options.qualityFilter.length === 0}>
            ${t('numberList.allQualities')}
          </option>
          ${QUALITY_RATINGS.map(
            (q) =>
              html`<option value=${q} ?selected=${options.qualityFilter.includes(q)}>
                ${t(`numbers.quality.${q}`)}
              </option>`,
          )}
        </select></label
      >
      ${
        ready
          ? html`<p class="count">
              ${
                options.shown === options.total
                  ? t('numberList.results', { count: options.total })
                  : t('numberList.resultsOf', { count: options.shown, total: options.total })
              }
            </p>`
          : nothing
      }
      <span class="spacer"></span>
      ${addButtons(options)}
    </div>
    ${addNote(options.addNumber, t)}`;
}

/** "Import from another BSP" and "Add number", where the session and the client's cap allow. */
export function addButtons(
  options: Pick<ToolbarOptions, 'addNumber' | 't' | 'onAdd' | 'onImport'>,
): TemplateResult | typeof nothing {
  const { t } = options;
  if (!options.addNumber.allowed) return nothing;
  return html`<button type="button" class="btn" part="import-button" @click=${options.onImport}>
      ${t('numberList.importNumber')}
    </button>
    <button type="button" class="btn btn-primary" part="add-button" @click=${options.onAdd}>
      ${t('numberList.addNumber')}
    </button>`;
}

/** Why "Add number" is not offered, wherever it would have been. */
export function addNote(gate: Gate, t: Translate): TemplateResult | typeof nothing {
  if (gate.allowed || gate.reason === 'unknown') return nothing;
  return html`<p class="add-note">
    ${t('numberList.addBlocked', { reason: t(`numbers.gate.${gate.reason}`) })}
  </p>`;
}

/**
 * How many numbers the Hub sent in a form this version cannot read. They are left out rather
 * than failing the whole list; saying so keeps the count from looking silently short.
 */
/** While a long list arrives page by page: how much of it is shown, announced politely. */
export function loadingMoreNote(loaded: number, total: number, t: Translate): TemplateResult {
  return html`<p class="loading-more-note" part="loading-more" role="status">
    ${t('numberList.loadingMore', { loaded, total })}
  </p>`;
}

export function skippedNote(count: number, t: Translate): TemplateResult | typeof nothing {
  if (count === 0) return nothing;
  return html`<p class="skipped-note" part="skipped">${t('numberList.skipped', { count })}</p>`;
}
