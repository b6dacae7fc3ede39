import { html, nothing, type TemplateResult } from 'lit';
import type { Gate, HubNumber, NumberActionGates } from '@hub/core';
import type { Translate } from '../base/badges.js';
import type { MenuController } from '../base/menu.js';

/** One action of a row's menu. */
export interface RowMenuItem {
  /** `data-action` of the item, and the base of its IDs. */
  action: string;
  label: string;
  /** Whether it may be chosen; a denied item stays focusable and says why. */
  gate: Gate;
  run: () => void;
  tone?: 'danger';
}

/**
 * What a row's menu offers for `number`: Activate Inbox (hidden where the plan lacks it, disabled
 * where only the session's access does), then Cancel subscription, or Undo once it is pending
 * deletion.
 */
export function numberMenuItems(
  number: HubNumber,
  gates: NumberActionGates,
  t: Translate,
  run: { activateInbox: () => void; revoke: () => void; cancel: () => void },
): RowMenuItem[] {
  const inbox = gates.activateInbox;
  const items: RowMenuItem[] =
    inbox.allowed || inbox.reason === 'permission'
      ? [
          {
            action: 'activate-inbox',
            label: t('numberList.activateInbox'),
            gate: inbox,
            run: run.activateInbox,
          },
        ]
      : [];
  items.push(
    number.status === 'pending_deletion'
      ? {
          action: 'revoke',
          label: t('numberList.revokeCancellation'),
          gate: gates.revokeCancellation,
          run: run.revoke,
        }
      : {
          action: 'cancel',
          label: t('numberList.cancelSubscription'),
          gate: gates.cancel,
          run: run.cancel,
          tone: 'danger',
        },
  );
  return items;
}

/** The actions menu of the row it is open for, named `label`; nothing while it is closed. */
export function rowMenu(
  menu: MenuController<HubNumber>,
  label: string,
  items: readonly RowMenuItem[],
  t: Translate,
): TemplateResult | typeof nothing {
  if (!menu.subject) return nothing;
  return html`<div role="menu" part="menu" aria-label=${label} ${menu.attach()}>
    ${items.map((item) => menuItem(menu, item, t))}
  </div>`;
}

/**
 * A denied item stays focusable (the ARIA menu pattern), so keyboard and screen reader users reach
 * it and hear why it is unavailable: the reason is its description, not part of its name.
 */
function menuItem(
  menu: MenuController<HubNumber>,
  item: RowMenuItem,
  t: Translate,
): TemplateResult {
  const { action, gate } = item;
  return html`<button
    type="button"
    role="menuitem"
    tabindex="-1"
    class=${gate.allowed ? (item.tone ?? '') : ''}
    data-action=${action}
    aria-disabled=${gate.allowed ? 'false' : 'true'}
    aria-labelledby="mi-${action}"
    aria-describedby=${gate.allowed ? nothing : `mi-${action}-reason`}
    @click=${() => {
      if (!gate.allowed) return;
      menu.close();
      item.run();
    }}
  >
    <span id="mi-${action}">${item.label}</span>
    ${
      gate.allowed
        ? nothing
        : html`<small id="mi-${action}-reason">${t(`numbers.gate.${gate.reason}`)}</small>`
    }
  </button>`;
}
