import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CommerceSettings, Gate, HubNumber, WabaAccount } from '@hub/core';
import type { HubQueryController } from '../base/query-controller.js';
import type { MessageKey } from '../base/messages.js';
import { copyValue } from './copy-value.js';
import { sectionState, type SectionTexts } from './section-state.js';

/** What the WhatsApp Business Account section shows and whom it tells. */
export interface WabaOptions extends SectionTexts {
  number: HubNumber;
  waba: HubQueryController<WabaAccount>;
  /** The label of the value just copied, whose button says so. */
  copied: string | undefined;
  onCopy: (value: string, label: string) => void;
}

/** The number's WhatsApp Business Account: its type and IDs, each with a Copy button. */
export function wabaSection(options: WabaOptions): TemplateResult {
  const { number, t } = options;
  const body = sectionState(
    options.waba,
    (waba) => {
      const row = (key: MessageKey, value: string | null) => {
        const label = t(key);
        return html`<dt>${label}</dt>
          <dd>
            ${copyValue(
              value,
              {
                notSet: t('numberDetails.notSet'),
                button: t('common.copy'),
                copied: t('numberDetails.copiedShort'),
                label: t('numberDetails.copy', { label }),
              },
              options.copied === label,
              (v) => options.onCopy(v, label),
            )}
          </dd>`;
      };
      return html`<dl>
        ${row('numberDetails.wabaName', waba.name ?? number.waba?.name ?? null)}
        ${row('numberDetails.wabaType', t(`numberDetails.type.${number.accountType}`))}
        ${
          number.accountType === 'on_behalf_of'
            ? row(
                'numberDetails.oboStatus',
                oboStatus(number.waba?.onBehalfOfStatus ?? null, options),
              )
            : nothing
        }
        ${row('numberDetails.timezone', waba.timezoneId)}
        ${row('numberDetails.businessManagerId', waba.businessManagerId)}
        ${row('numberDetails.wabaId', waba.externalId ?? waba.id)}
        ${row('numberDetails.namespace', waba.namespace)}
      </dl>`;
    },
    options,
  );
  return html`<section part="section" aria-labelledby="waba">
    <div class="section-head"><h3 id="waba">${t('numberDetails.waba')}</h3></div>
    ${body}
  </section>`;
}

/** The message-on-behalf status in words; an unknown value as the Hub sent it. */
function oboStatus(status: string | null, { t }: SectionTexts): string | null {
  const known = ['approved', 'submitted', 'denied', 'rejected'] as const;
  const value = known.find((k) => k === status?.toLowerCase());
  return value ? t(`numberDetails.obo.${value}`) : status;
}

/** What the commerce section shows and whom it tells. */
export interface CommerceOptions extends SectionTexts {
  number: HubNumber;
  commerce: HubQueryController<CommerceSettings>;
  /** Whether the settings may be changed (`waba:write`), and if not, why. */
  gate: Gate;
  /** Why the last change failed, if it did. */
  error: string;
  onChange: (change: Partial<CommerceSettings>) => void;
}

/**
 * The catalog and cart toggles. An account created on behalf of the client has its commerce
 * settings with the partner's business, so support changes them.
 */
export function commerceSection(options: CommerceOptions): TemplateResult {
  const { gate, t } = options;
  const body =
    options.number.accountType === 'on_behalf_of'
      ? html`<p class="note">${t('numberDetails.commerceOboNote')}</p>`
      : sectionState(
          options.commerce,
          (settings) => html`
            ${(['catalogVisible', 'cartEnabled'] as const).map(
              (key) =>
                html`<label class="toggle">
                  <input
                    type="checkbox"
                    name=${key}
                    .checked=${live(settings[key])}
                    ?disabled=${!gate.allowed}
                    aria-describedby=${gate.allowed ? nothing : 'commerce-gate'}
                    @change=${(e: Event) =>
                      options.onChange({ [key]: (e.target as HTMLInputElement).checked })}
                  />
                  ${t(`numberDetails.${key}`)}
                </label>`,
            )}
            ${
              gate.allowed
                ? nothing
                : html`<p class="hint" id="commerce-gate">${t(`numbers.gate.${gate.reason}`)}</p>`
            }
            ${
              options.error
                ? html`<p class="error-text" role="alert">${options.error}</p>`
                : nothing
            }
          `,
          options,
          t('numberDetails.noMessagingApi'),
        );
  return html`<section part="section" aria-labelledby="commerce">
    <div class="section-head"><h3 id="commerce">${t('numberDetails.commerce')}</h3></div>
    ${body}
  </section>`;
}
