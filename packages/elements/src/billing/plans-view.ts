import { html, type TemplateResult } from 'lit';
import { formatPhoneNumber, type HubNumber, type NumberPlan } from '@hub/core';
import type { MessageKey } from '../base/messages.js';
import type { MessageParams } from '../base/localize.js';

/** The plans in the order they are counted, the unreported last. */
const PLAN_ORDER: readonly (NumberPlan | null)[] = ['premium', 'regular', 'basic', null];

/** Above this many numbers the plans are counted, not listed one by one. */
const MAX_LISTED_NUMBERS = 100;

/**
 * The subscription plans of a client's numbers: how many numbers each plan has and, unless there
 * are too many to list, a table of every number with its plan.
 */
export function plansView(
  numbers: readonly HubNumber[],
  t: (key: MessageKey, params?: MessageParams) => string,
): TemplateResult {
  if (numbers.length === 0) return html`<p class="hint">${t('billing.noNumbers')}</p>`;
  const planLabel = (plan: NumberPlan | null) =>
    plan ? t(`billing.plan.${plan}`) : t('billing.plan.none');
  const counts = PLAN_ORDER.map(
    (plan) => [plan, numbers.filter((n) => n.plan === plan).length] as const,
  ).filter(([, count]) => count > 0);
  return html`<ul class="plan-counts" aria-label=${t('billing.plans')}>
      ${counts.map(
        ([plan, count]) =>
          html`<li class="badge" data-plan=${plan ?? 'none'}>
            ${t('billing.plansCount', { plan: planLabel(plan), count })}
          </li>`,
      )}
    </ul>
    ${
      numbers.length > MAX_LISTED_NUMBERS
        ? html`<p class="hint">${t('billing.plansTooMany', { count: numbers.length })}</p>`
        : html`<div class="table-wrap">
            <table part="plans-table">
              <caption>
                ${t('billing.plansCaption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t('billing.number')}</th>
                  <th scope="col">${t('billing.displayName')}</th>
                  <th scope="col">${t('billing.plan')}</th>
                </tr>
              </thead>
              <tbody>
                ${numbers.map(
                  (n) =>
                    html`<tr data-number-id=${n.id}>
                      <th scope="row" class="mono">${formatPhoneNumber(n.phoneNumber)}</th>
                      <td>${n.displayName}</td>
                      <td data-plan=${n.plan ?? 'none'}>${planLabel(n.plan)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }`;
}
