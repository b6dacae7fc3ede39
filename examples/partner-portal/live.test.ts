// Live updates in the demo, end to end: the emulator posts its webhooks to the portal's
// `@hub/server` handler, which streams them to the open pages of that client. A number cancelled
// outside the page (another tab, the Hub itself) shows as pending deletion in both open tabs,
// highlighted, with no reload and no polling; a tab of another client sees nothing.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { portalInBrowser } from './portal-in-browser.js';
import { numberRowsShown, requestCancellation, signIn } from './start-portal.js';

const portal = portalInBrowser();

/** A browser context signed in as `clientId`'s admin, as a user of the portal is. */
async function signedInContext(clientId: string) {
  const context = await portal.browser.createBrowserContext();
  const page = await context.newPage();
  await signIn(page, portal.origin, clientId);
  await page.close();
  return context;
}

/** Opens the numbers page in a new tab of `context`, once its rows are in. */
async function numbersTab(context: Awaited<ReturnType<typeof signedInContext>>): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${portal.origin}/numbers.html`);
  await numberRowsShown(page, { timeout: 15_000, polling: 100 });
  return page;
}

/** The status shown in `numberId`'s row, and whether the row is highlighted as just changed. */
const rowOf = (page: Page, numberId: string) =>
  page.evaluate((id) => {
    const row = document
      .querySelector('hub-number-list')
      ?.shadowRoot?.querySelector<HTMLElement>(`[data-number-id="${id}"]`);
    return {
      status: row?.querySelector('[part~="status-badge"]')?.textContent?.trim() ?? '',
      changed: (row?.getAttribute('part') ?? '').split(' ').includes('row-changed'),
    };
  }, numberId);

describe('live updates in the demo portal', () => {
  it('shows a cancellation made elsewhere in every open tab of that client, and only there', async () => {
    const client = await signedInContext('bNapo1CL');
    const other = await signedInContext('sHaRa6CL');
    const [first, second, elsewhere] = await Promise.all([
      numbersTab(client),
      numbersTab(client),
      numbersTab(other),
    ]);
    const numberId = await first.evaluate(
      () =>
        document
          .querySelector('hub-number-list')!
          .shadowRoot!.querySelector<HTMLElement>('[part~="row"][data-number-id]')!.dataset[
          'numberId'
        ]!,
    );
    expect((await rowOf(first, numberId)).status).not.toBe('Pending deletion');
    // The other client's tab: its rows' statuses, and whether any row shows a change.
    const otherRows = () =>
      elsewhere.evaluate(() =>
        [
          ...document
            .querySelector('hub-number-list')!
            .shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"][data-number-id]'),
        ].map(
          (row) =>
            `${row.dataset['numberId']} ${row.querySelector('[part~="status-badge"]')?.textContent?.trim()} ${row.getAttribute('part')}`,
        ),
      );
    const otherBefore = await otherRows();

    // The change comes from outside both tabs: the client's session calls the proxy directly.
    const { status } = await requestCancellation(first, numberId);
    expect(status).toBeLessThan(300);

    for (const tab of [first, second]) {
      await tab.waitForFunction(
        (id) => {
          const row = document
            .querySelector('hub-number-list')
            ?.shadowRoot?.querySelector(`[data-number-id="${id}"]`);
          return (
            row?.querySelector('[part~="status-badge"]')?.textContent?.trim() === 'Pending deletion'
          );
        },
        { timeout: 5_000, polling: 50 },
        numberId,
      );
      expect(await rowOf(tab, numberId)).toEqual({ status: 'Pending deletion', changed: true });
    }
    expect(await otherRows()).toEqual(otherBefore);
    expect(otherBefore.join()).not.toContain('row-changed');
    await client.close();
    await other.close();
  });
});
