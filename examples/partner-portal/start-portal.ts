// Test support: starts the demo portal as `npm start` does (its own process, a free port, its own
// emulator) and resolves the portal's origin once it prints it.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Page, FrameWaitForFunctionOptions } from 'puppeteer-core';

/** A running portal: its origin (no trailing slash) and the process, to kill when done. */
export async function startPortal(): Promise<{ origin: string; process: ChildProcess }> {
  const portal = spawn(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      'examples/partner-portal/server.mjs',
      '--port',
      '0',
      '--emulator-port',
      '0',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const origin = await new Promise<string>((resolve, reject) => {
    portal.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Partner portal: (http:\/\/\S+?)\/?\s/.exec(output);
      if (match) resolve(match[1]!);
    });
    portal.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    portal.once('exit', (code) => reject(new Error(`portal exited with ${code}:\n${output}`)));
  });
  return { origin, process: portal };
}

/**
 * Signs `page` in to the portal at `origin` as `clientId`'s admin, as the sign-in form does; the
 * page's browser context keeps the cookie.
 */
export async function signIn(page: Page, origin: string, clientId = 'bNapo1CL'): Promise<void> {
  await page.goto(`${origin}/signin.html`);
  await page.evaluate(async (id) => {
    await fetch('/portal/signin', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ clientId: id, role: 'admin', next: '/' }),
      redirect: 'manual',
    });
  }, clientId);
}

/**
 * Requests (or, with `enabled: false`, revokes) the cancellation of `numberId` from outside the
 * elements of `page`, a signed-in portal page: with a session of its own, straight through the
 * proxy, as another tab or the Hub itself would change it.
 *
 * @returns The wall-clock time (ms since the epoch) just before the request went out, and the
 *   proxy's answer status.
 */
export function requestCancellation(
  page: Page,
  numberId: string,
  enabled = true,
): Promise<{ sentAt: number; status: number }> {
  return page.evaluate(
    async (id, on) => {
      const answer = await fetch('/portal/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      const { token } = (await answer.json()) as { token: string };
      const provider = document.querySelector('hub-provider')!;
      const url =
        `/hub-api/partners/${provider.getAttribute('partner-id')}/clients/` +
        `${provider.getAttribute('client-id')}/channels/${id}/control/cancellation_request`;
      const sentAt = performance.timeOrigin + performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ enabled: on }),
      });
      return { sentAt, status: response.status };
    },
    numberId,
    enabled,
  );
}

/** Resolves once the page's `<hub-number-list>` shows rows. */
export async function numberRowsShown(
  page: Page,
  options: FrameWaitForFunctionOptions,
): Promise<void> {
  await page.waitForFunction(
    () =>
      (document.querySelector('hub-number-list')?.shadowRoot?.querySelectorAll('[part~="row"]')
        .length ?? 0) > 0,
    options,
  );
}
