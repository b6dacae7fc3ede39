import { expect, html, waitUntil } from '@open-wc/testing';
import '../define/hub-provider.js';
import '../define/hub-number-list.js';
import type { HubNumberList } from '../number-list/number-list.js';
import {
  FULL_ACCESS_CLIENT,
  READ_ONLY_CAPABILITIES,
  emulatedHub,
  type EmulatedHubOptions,
} from './emulated-hub.js';
import { $, $$, mountInProvider } from './dom.js';

// Seeded data and DOM helpers shared by the tests of <hub-number-list> (test code only).

/** A client of the demo's direct payment, with every capability; mounted with {@link DIRECT}. */
export const DIRECT_CLIENT = 'nRdL1cCL';
/** A partner account that lets its clients pay directly (the payment type is the partner's). */
export const DIRECT = { paymentType: 'direct' } as const;
/** A seeded number whose new display name Meta is reviewing. */
export const UNDER_REVIEW = { id: '005kTeCH', clientId: 'kTeCo5CL' };
/** The seeded numbers of {@link FULL_ACCESS_CLIENT}, in the Hub's order (by phone number). */
export const OWN_NUMBERS = ['001bNaCH', '008bNaCH', '00fbNaCH', '00mbNaCH'];
/** Emulator routes, for faults on the requests that change a number. */
export const CANCEL_ROUTE =
  'POST /partners/:partner_id/clients/:client_id/channels/:channel_id/control/cancellation_request';
export const NAME_ROUTE =
  'POST /partners/:partner_id/clients/:client_id/channels/:channel_id/display_name';

/** The session of a user who may look but not change anything (of a direct-payment partner). */
export const READ_ONLY = { capabilities: READ_ONLY_CAPABILITIES, ...DIRECT };

/** The list of `clientId` in a provider, once its rows and the session's permissions are in. */
export async function mount(clientId = FULL_ACCESS_CLIENT, options: EmulatedHubOptions = {}) {
  const { client, emulator } = emulatedHub({ rateLimits: false, ...options });
  const list = await mountInProvider<HubNumberList>(
    client,
    clientId,
    'hub-number-list',
    html`<hub-number-list></hub-number-list>`,
  );
  await waitUntil(() => rows(list).length > 0, 'no rows rendered', { timeout: 8000 });
  // A long list arrives page by page: the tests look at the whole of it.
  await waitUntil(() => !$(list, '[part=loading-more]'), 'the list never completed', {
    timeout: 8000,
  });
  // Permissions come from the provider's own read; wait for them before checking gates.
  await waitUntil(() => list.addNumber.allowed || list.addNumber.reason !== 'unknown');
  return { list, emulator, client };
}

/** A client without numbers: the list shows its empty state. */
export async function mountEmpty(clientId: string, options: EmulatedHubOptions = {}) {
  const { client, emulator } = emulatedHub({ rateLimits: false, ...options });
  emulator.state.channels = emulator.state.channels.filter((c) => c.client_id !== clientId);
  const list = await mountInProvider<HubNumberList>(
    client,
    clientId,
    'hub-number-list',
    html`<hub-number-list></hub-number-list>`,
  );
  await waitUntil(() => $(list, '[part=empty]'), 'no empty state', { timeout: 8000 });
  await waitUntil(() => list.addNumber.allowed || list.addNumber.reason !== 'unknown');
  await list.updateComplete;
  return list;
}

/** The rendered rows (the windowed slice), the header excluded. */
export const rows = (el: HubNumberList) => $$(el, '.body [role=row]');
export const row = (el: HubNumberList, id: string) => $(el, `[data-number-id="${id}"]`);
/** A row's cells as the user reads them. */
export const cellTexts = (r: HTMLElement) =>
  [...r.querySelectorAll('[role=cell]')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
export const ids = (el: HubNumberList) => el.visibleNumbers.map((n) => n.id);

/** Picks `value` in the toolbar's `name` filter. */
export async function choose(el: HubNumberList, name: string, value: string) {
  const select = $<HTMLSelectElement>(el, `select[name=${name}]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** Opens the actions menu of number `id` and returns it once shown. */
export async function openMenu(el: HubNumberList, id: string) {
  row(el, id)!.querySelector<HTMLButtonElement>('[part=menu-button]')!.click();
  await el.updateComplete;
  const menu = $(el, '[role=menu]')!;
  await waitUntil(() => menu.matches(':popover-open'));
  return menu;
}

/** Cancels number `id` through its menu and the confirmation dialog. */
export async function cancelViaDialog(el: HubNumberList, id: string) {
  const menu = await openMenu(el, id);
  menu.querySelector<HTMLButtonElement>('[data-action=cancel]')!.click();
  await el.updateComplete;
  const dialog = $<HTMLDialogElement>(el, 'dialog')!;
  await waitUntil(() => dialog.open);
  expect(dialog.textContent).to.contain('end of the month');
  dialog.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
}
