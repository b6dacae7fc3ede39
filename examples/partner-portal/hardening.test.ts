// The demo portal, started for real, against client mistakes and hostile requests: raw requests
// (node:http sends the path exactly as written) get a 4xx, never a 500; files are read-only; the
// emulator's fault switch and the Hub API are not reachable; every answer has security headers.
import type { ChildProcess } from 'node:child_process';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal } from './start-portal.js';

let portal: ChildProcess;
let base: URL;

beforeAll(async () => {
  const started = await startPortal();
  portal = started.process;
  base = new URL(started.origin);
}, 30_000);

afterAll(() => {
  portal?.kill();
});

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request with the path sent exactly as given; rejects if the socket is dropped. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: base.hostname, port: base.port, method, path, headers },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function signedIn(): Promise<{ cookie: string; token: string }> {
  const signIn = await raw(
    'POST',
    '/portal/signin',
    { 'content-type': 'application/x-www-form-urlencoded' },
    new URLSearchParams({ clientId: 'bNapo1CL', role: 'admin', next: '/' }).toString(),
  );
  const cookie = String(signIn.headers['set-cookie']?.[0]).split(';')[0]!;
  const session = await raw(
    'POST',
    '/portal/session',
    { cookie, 'content-type': 'application/json' },
    '{}',
  );
  return { cookie, token: (JSON.parse(session.body) as { token: string }).token };
}

const csp =
  "default-src 'self'; img-src 'self' data: https:; style-src 'self'; " +
  "script-src 'self'; connect-src 'self'; " +
  "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

function expectSecurityHeaders(answer: RawAnswer) {
  expect(answer.headers['x-content-type-options']).toBe('nosniff');
  expect(answer.headers['x-frame-options']).toBe('DENY');
  expect(answer.headers['referrer-policy']).toBe('same-origin');
  expect(answer.headers['content-security-policy']).toBe(csp);
}

describe('the portal against client mistakes', () => {
  it.each([
    ['a lone %', '/%'],
    ['a NUL byte', '/%00'],
    ['a NUL byte in a file name', '/index.html%00.css'],
    ['overlong UTF-8 for "/"', '/%C0%AF'],
    ['overlong UTF-8 climbing out', '/%C0%AE%C0%AE/%C0%AE%C0%AE/package.json'],
    ['a cut UTF-8 sequence', '/%E0%A4%A'],
    ['a bad escape in a page name', '/numbers%ZZ.html'],
  ])('%s (%s) → 400', async (_, path) => {
    const answer = await raw('GET', path);
    expect(answer.status).toBe(400);
    expectSecurityHeaders(answer);
  });

  it('climbing out of the public folder → 403 or 404, never a file', async () => {
    for (const path of ['/..%2Fserver.mjs', '/..%2F..%2Fpackage.json', '/%2E%2E/server.mjs']) {
      const answer = await raw('GET', path);
      expect([403, 404]).toContain(answer.status);
      expect(answer.body).not.toContain('createHubProxy');
    }
  });

  it('serves the built drop-in as JavaScript, or says it is not built yet, even from source', async () => {
    // The tests run the portal with the `source` condition: the drop-in must still be the bundle.
    const answer = await raw('GET', '/hub-elements.js');
    if (answer.status === 503) {
      expect(answer.body).toContain('not built yet');
    } else {
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toMatch(/javascript/);
    }
  });

  it('files and pages are read-only: 405 with Allow, and HEAD works', async () => {
    const { cookie } = await signedIn();
    for (const [method, path] of [
      ['DELETE', '/index.html'],
      ['PUT', '/index.html'],
      ['POST', '/portal.css'],
      ['PATCH', '/portal.js'],
      ['DELETE', '/hub-elements.js'],
      ['DELETE', '/'],
    ] as const) {
      const answer = await raw(method, path, { cookie });
      expect({ method, path, status: answer.status }).toEqual({ method, path, status: 405 });
      expect(answer.headers.allow).toBe('GET, HEAD');
      expectSecurityHeaders(answer);
    }
    const page = await raw('GET', '/index.html', { cookie });
    expect(page.status).toBe(200);
    const head = await raw('HEAD', '/portal.css');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('odd request targets and oversized forms → 4xx', async () => {
    expect((await raw('GET', '//')).status).toBe(404);
    expect((await raw('GET', '//evil.example/portal.css')).status).toBe(404);
    expect((await raw('OPTIONS', '*')).status).toBe(400);
    const form = await raw(
      'POST',
      '/portal/signin',
      { 'content-type': 'application/x-www-form-urlencoded' },
      `clientId=bNapo1CL&next=${'x'.repeat(20_000)}`,
    );
    expect(form.status).toBe(413);
    expectSecurityHeaders(form);
  });

  it('the sign-in, sign-out and session endpoints take POST only', async () => {
    for (const path of ['/portal/signin', '/portal/signout', '/portal/session']) {
      const answer = await raw('GET', path);
      expect(answer.status).toBe(405);
      expect(answer.headers.allow).toBe('POST');
    }
  });
});

describe('what the portal does not expose', () => {
  it('the fault switch and the Hub API are 404, with or without credentials', async () => {
    const { cookie, token } = await signedIn();
    const credentials = {
      cookie,
      authorization: `Bearer ${token}`,
      'x-api-key': 'hub_demo_0123456789abcdef',
      'content-type': 'application/json',
    };
    const rules = JSON.stringify([{ errorRate: 1, errorStatus: 503 }]);
    for (const [method, path] of [
      ['GET', '/__emulator/faults'],
      ['PUT', '/__emulator/faults'],
      ['DELETE', '/__emulator/faults'],
      ['PUT', '/api/v2/__emulator/faults'],
      ['GET', '/api/v2/partners/hubDemoPA/clients'],
      ['GET', '/api/v2/partners/hubDemoPA/channels'],
    ] as const) {
      const answer = await raw(method, path, credentials, method === 'PUT' ? rules : undefined);
      expect({ method, path, status: answer.status }).toEqual({ method, path, status: 404 });
    }
  });

  it('nor does the proxy forward the fault switch', async () => {
    const { token } = await signedIn();
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const rules = JSON.stringify([{ errorRate: 1, errorStatus: 503 }]);
    for (const [method, path] of [
      ['PUT', '/hub-api/__emulator/faults'],
      ['POST', '/hub-api/__emulator/faults'],
      ['DELETE', '/hub-api/__emulator/faults'],
      ['PUT', '/hub-api/partners/hubDemoPA/__emulator/faults'],
      ['POST', '/hub-api/partners/hubDemoPA/__emulator/faults'],
      ['POST', '/hub-api/messaging/__emulator/faults'],
      ['PUT', '/hub-api/../__emulator/faults'],
      ['PUT', '/hub-api/%2e%2e/__emulator/faults'],
      ['PUT', '/hub-api/partners/hubDemoPA/..%2F..%2F__emulator/faults'],
    ] as const) {
      const answer = await raw(method, path, headers, rules);
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
    }
    // No rule reached the emulator: the client's numbers still load.
    const channels = await raw('GET', '/hub-api/partners/hubDemoPA/channels?limit=1', headers);
    expect(channels.status).toBe(200);
  });
});

describe('security headers', () => {
  it('are on pages, files, proxy answers and errors', async () => {
    const { cookie, token } = await signedIn();
    const answers = [
      await raw('GET', '/'),
      await raw('GET', '/numbers.html', { cookie }),
      await raw('GET', '/portal.js'),
      await raw('GET', '/portal.css'),
      await raw('GET', '/no-such-file.html', { cookie }),
      await raw('GET', '/hub-api/partners/hubDemoPA/clients', { authorization: `Bearer ${token}` }),
      await raw('GET', '/hub-api/partners/hubDemoPA/clients'),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 404, 200, 401]);
    for (const answer of answers) expectSecurityHeaders(answer);
  });

  it('the pages need no exception: no inline scripts, styles or handlers', async () => {
    const { cookie } = await signedIn();
    for (const page of [
      '/',
      '/numbers.html',
      '/templates.html',
      '/activity.html',
      '/billing.html',
      '/settings.html',
      '/funds.html',
      '/inbox.html',
      '/handoff.html',
      '/onboarding-return.html',
      '/signin.html',
    ]) {
      const html = (await raw('GET', page, { cookie })).body;
      expect(html).toContain('<html');
      expect(html).not.toMatch(/<style[\s>]/i);
      expect(html).not.toMatch(/\sstyle=/i);
      expect(html).not.toMatch(/\son[a-z]+=/i);
      expect(html).not.toMatch(/javascript:/i);
      for (const script of html.match(/<script\b[^>]*>/gi) ?? []) {
        expect(script).toMatch(/\ssrc="\//);
      }
    }
  });
});
