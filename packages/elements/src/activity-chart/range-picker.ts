import { html, nothing, type TemplateResult } from 'lit';
import { ACTIVITY_RANGE_PRESETS, type ActivityRangePreset, type DateRange } from '@hub/core';
import type { MessageKey } from '../base/messages.js';
import type { MessageParams } from '../base/localize.js';

/** What the period picker shows and whom it tells. */
export interface RangePickerOptions {
  range: ActivityRangePreset;
  from: string | undefined;
  to: string | undefined;
  /** The days usage exists for; the custom dates stay inside them. */
  history: DateRange;
  /** The locale the history's first and last day are written in. */
  locale: string;
  /** The custom dates do not make a period inside the history. */
  invalid: boolean;
  t: (key: MessageKey, params?: MessageParams) => string;
  onPreset: (preset: ActivityRangePreset) => void;
  onCustom: (end: 'from' | 'to', value: string | undefined) => void;
}

/** The preset select and, for a custom period, two native date inputs bounded by the history. */
export function rangePicker(options: RangePickerOptions): TemplateResult {
  const { t, history } = options;
  const day = new Intl.DateTimeFormat(options.locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const formatDay = (iso: string) => day.format(new Date(`${iso}T00:00:00Z`));
  const dateInput = (end: 'from' | 'to') =>
    html`<label>
      <span>${t(`activityChart.${end}`)}</span>
      <input
        type="date"
        name=${end}
        min=${history.from}
        max=${history.to}
        .value=${options[end] ?? ''}
        aria-invalid=${options.invalid ? 'true' : 'false'}
        aria-describedby="custom-hint"
        @change=${(event: Event) =>
          options.onCustom(end, (event.target as HTMLInputElement).value || undefined)}
      />
    </label>`;
  return html`<div class="picker" part="range-picker">
    <label>
      <span>${t('activityChart.range')}</span>
      <select
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
            <p id="custom-hint" class="hint">
              ${t('activityChart.customHint', {
                first: formatDay(history.from),
                last: formatDay(history.to),
              })}
            </p>`
        : nothing
    }
  </div>`;
}
