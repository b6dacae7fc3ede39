// The demo portal in headless Chromium under the policy docs/csp.md gives partners (the portal
// sends it on every answer): every page of the client hub loads its data, and switching language
// fetches a translation, with no `securitypolicyviolation`, console error or failed request.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { recordProblems } from '../../scripts/chromium.mjs';
import { portalInBrowser } from './portal-in-browser.js';
import { signIn } from './start-portal.js';

const portal = portalInBrowser();

/** A fresh signed-in page that records every CSP violation, console error and failed request. */
async function signedInPage(): Promise<{ page: Page; problems: string[] }> {
  const context = await portal.browser.createBrowserContext();
  const page = await context.newPage();
  const problems = await recordProblems(page);
  await signIn(page, portal.origin);
  return { page, problems };
}

/** Waits until every Hub Element on the page has rendered and none shows its loading skeleton. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const elements = [...document.querySelectorAll('*')].filter(
        (node) => node.localName.startsWith('hub-') && node.localName !== 'hub-provider',
      );
      return (
        elements.length > 0 &&
        elements.every((node) => {
          const root = node.shadowRoot;
          return (
            root &&
            root.childNodes.length > 0 &&
            !root.querySelector('[part~="loading"], [aria-busy="true"]')
          );
        })
      );
    },
    { timeout: 10_000, polling: 100 },
  );
}

const pages = [
  '/',
  '/numbers.html',
  '/templates.html',
  '/activity.html',
  '/billing.html',
  '/funds.html',
  '/settings.html',
];

describe('the demo portal under a strict CSP', () => {
  it('sends the documented policy, Trusted Types included', async () => {
    const answer = await fetch(`${portal.origin}/signin.html`);
    const policy = answer.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("require-trusted-types-for 'script'");
    expect(policy).toContain('trusted-types lit-html');
  });

  it.each(pages)('%s loads its data with no violation', async (path) => {
    const { page, problems } = await signedInPage();
    try {
      await page.goto(portal.origin + path);
      await settled(page);
      expect(problems).toEqual([]);
    } finally {
      await page.browserContext().close();
    }
  });

  it('switches the elements to German live, loading the translation under the policy', async () => {
    const { page, problems } = await signedInPage();
    try {
      await page.evaluate(() => localStorage.removeItem('portal-language'));
      await page.goto(`${portal.origin}/numbers.html`);
      await settled(page);
      const listText = () =>
        page.evaluate(() => document.querySelector('hub-number-list')!.shadowRoot!.textContent);
      expect(await listText()).toContain('Add number');
      const translation = page.waitForResponse((response) =>
        /\/hub-elements-de-[\w-]+\.js$/.test(response.url()),
      );
      await page.select('#portal-language', 'de');
      expect((await translation).status()).toBe(200);
      await page.waitForFunction(
        () =>
          document
            .querySelector('hub-number-list')!
            .shadowRoot!.textContent!.includes('Nummer hinzufügen'),
        { timeout: 10_000, polling: 100 },
      );
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
      expect(problems).toEqual([]);
    } finally {
      await page.browserContext().close();
    }
  });
});
