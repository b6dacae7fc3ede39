import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  ACTIVITY_RANGE_PRESETS,
  type ActivityRangePreset,
  type CustomRangeProblem,
  type DateRange,
} from '@hub/core';
import type { MessageKey } from '../base/messages.js';
import type { MessageParams } from '../base/localize.js';
import { mediumDay, utcDateFormat } from './format.js';

/** Why the chosen period cannot be shown: a custom period's problem, or a `range` not offered. */
export type RangeProblem = CustomRangeProblem | 'unknown-range';

/** What the period picker shows and whom it tells. */
export interface RangePickerOptions {
  /** The preset chosen; at run time any string a page sets. */
  range: ActivityRangePreset;
  from: string | undefined;
  to: string | undefined;
  /** The days usage exists for; the custom dates stay inside them. */
  history: DateRange;
  /** The locale the history's first and last day are written in. */
  locale: string;
  /** Why the chosen period cannot be shown, if it cannot. */
  problem: RangeProblem | undefined;
  t: (key: MessageKey, params?: MessageParams) => string;
  onPreset: (preset: ActivityRangePreset) => void;
  onCustom: (end: 'from' | 'to', value: string | undefined) => void;
}

/**
 * The preset select and, for a custom period, two native date inputs bounded by the history, with
 * the reason the chosen period cannot be shown, which the controls it concerns refer to.
 */
export function rangePicker(options: RangePickerOptions): TemplateResult {
  const { t, history, problem } = options;
  // Written like the chart's period, with its formatter; only the custom dates and problems show them.
  const bounds = () => {
    const day = utcDateFormat(options.locale, mediumDay);
    const write = (iso: string) => day.format(new Date(`${iso}T00:00:00Z`));
    return { first: write(history.from), last: write(history.to) };
  };
  const customProblem = problem !== undefined && problem !== 'unknown-range';
  const dateInput = (end: 'from' | 'to') =>
    html`<label>
      <span>${t(`activityChart.${end}`)}</span>
      <input
        type="date"
        name=${end}
        min=${history.from}
        max=${history.to}
        .value=${live(options[end] ?? '')}
        aria-invalid=${customProblem ? 'true' : 'false'}
        aria-describedby=${customProblem ? 'range-error custom-hint' : 'custom-hint'}
        @change=${(event: Event) =>
          options.onCustom(end, (event.target as HTMLInputElement).value || undefined)}
      />
    </label>`;
  // `.value` shows a `range` the page changes later, which `selected` attributes cannot once the
  // user has picked; `?selected` still picks the first render's option, as `.value` is set before
  // the options exist.
  return html`<div class="picker" part="range-picker">
    <label>
      <span>${t('activityChart.range')}</span>
      <select
        .value=${options.range}
        aria-invalid=${problem === 'unknown-range' ? 'true' : 'false'}
        aria-describedby=${problem === 'unknown-range' ? 'range-error' : nothing}
        @change=${(event: Event) =>
          options.onPreset((event.target as HTMLSelectElement).value as ActivityRangePreset)}
      >
        ${ACTIVITY_RANGE_PRESETS.map(
          (preset) =>
            html`<option value=${preset} ?selected=${preset === options.range}>
              ${t(`activityChart.range.${preset}`)}
            </option>`,
        )}
      </select>
    </label>
    ${
      options.range === 'custom'
        ? html`${dateInput('from')} ${dateInput('to')}
            <p id="custom-hint" class="hint">${t('activityChart.customHint', bounds())}</p>`
        : nothing
    }
    ${
      problem
        ? html`<p id="range-error" class="range-error" part="range-error">
            ${t(`activityChart.problem.${problem}`, { ...bounds(), range: String(options.range) })}
          </p>`
        : nothing
    }
  </div>`;
}
