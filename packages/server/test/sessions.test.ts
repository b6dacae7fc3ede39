import { describe, expect, it } from 'vitest';
import {
  createHubSessions,
  HubSessionError,
  READ_ONLY_CAPABILITIES,
  SESSION_CAPABILITIES,
} from '../src/index.js';

const secret = 'session-secret-0123456789-abcdefghijklm';
const base = { partnerId: 'f167CmPA', apiKey: 'partner-api-key-never-in-a-token', secret };

const part = (token: string, index: number) =>
  JSON.parse(Buffer.from(token.split('.')[index]!, 'base64url').toString()) as Record<
    string,
    unknown
  >;

async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(HubSessionError);
    return (error as HubSessionError).reason;
  }
  return 'accepted';
}

describe('mint and verify', () => {
  it('round-trips a session scoped to one client', async () => {
    let now = Date.UTC(2026, 11, 6, 12);
    const sessions = createHubSessions({ ...base, now: () => now });
    const minted = await sessions.mint({ clientId: 'oZfB3xCL', user: 'user-7' });
    expect(minted.expiresAt).toBe('2026-12-06T12:15:00.000Z');
    const session = await sessions.verify(minted.token);
    expect(session).toMatchObject({ clientId: 'oZfB3xCL', partnerId: 'f167CmPA', user: 'user-7' });
    expect([...session.capabilities].sort()).toEqual([...SESSION_CAPABILITIES].sort());
    expect(session.expiresAt - session.issuedAt).toBe(900);
    now += 899_000;
    await expect(sessions.verify(minted.token)).resolves.toBeTruthy();
    now += 1_000;
    expect(await reason(sessions.verify(minted.token))).toBe('expired');
  });

  it('writes a standard HS256 JWT with kid, iat, exp and a random jti, and no API key', async () => {
    const sessions = createHubSessions(base);
    const a = await sessions.mint({ clientId: 'oZfB3xCL' });
    const b = await sessions.mint({ clientId: 'oZfB3xCL' });
    expect(part(a.token, 0)).toEqual({ alg: 'HS256', typ: 'JWT', kid: 'default' });
    const claims = part(a.token, 1);
    expect(claims).toMatchObject({ sub: 'oZfB3xCL', pid: 'f167CmPA' });
    expect(typeof claims.iat).toBe('number');
    expect(claims.jti).not.toBe(part(b.token, 1).jti);
    expect(a.token).not.toContain(Buffer.from(base.apiKey).toString('base64url').slice(0, 12));
    expect(Buffer.from(a.token.split('.')[1]!, 'base64url').toString()).not.toContain(base.apiKey);
    expect(JSON.stringify(sessions)).not.toContain(base.apiKey);
  });

  it('keeps read-only sessions read-only', async () => {
    const sessions = createHubSessions(base);
    const { token } = await sessions.mint({
      clientId: 'oZfB3xCL',
      capabilities: READ_ONLY_CAPABILITIES,
    });
    const session = await sessions.verify(token);
    expect([...session.capabilities].every((c) => c.endsWith(':read'))).toBe(true);
  });
});

describe('bad tokens', () => {
  const sessions = createHubSessions(base);

  it.each([
    ['missing', undefined, 'missing'],
    ['empty', '', 'missing'],
    ['two parts', 'a.b', 'malformed'],
    ['junk', '!!.??.##', 'malformed'],
    ['huge', 'a'.repeat(5000), 'malformed'],
    ['a number', 123, 'malformed'],
    ['an array', ['a.b.c'], 'malformed'],
  ])('%s → %s', async (_, token, expected) => {
    expect(await reason(sessions.verify(token as string))).toBe(expected);
  });

  it('refuses alg none, other algorithms and unknown key ids', async () => {
    const { token } = await sessions.mint({ clientId: 'oZfB3xCL' });
    const [, payload, signature] = token.split('.') as [string, string, string];
    const header = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    expect(
      await reason(sessions.verify(`${header({ alg: 'none', kid: 'default' })}.${payload}.`)),
    ).toBe('malformed');
    expect(
      await reason(
        sessions.verify(`${header({ alg: 'HS512', kid: 'default' })}.${payload}.${signature}`),
      ),
    ).toBe('malformed');
    expect(
      await reason(
        sessions.verify(`${header({ alg: 'HS256', kid: 'other' })}.${payload}.${signature}`),
      ),
    ).toBe('unknown_key');
  });

  it('refuses a changed payload, a changed signature and re-encoded parts', async () => {
    const { token } = await sessions.mint({ clientId: 'oZfB3xCL' });
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = part(token, 1);
    const changed = Buffer.from(JSON.stringify({ ...claims, sub: 'otherCL' })).toString(
      'base64url',
    );
    expect(await reason(sessions.verify(`${header}.${changed}.${signature}`))).toBe(
      'bad_signature',
    );
    const flipped = signature.slice(0, -2) + (signature.endsWith('AA') ? 'BA' : 'AA');
    expect(await reason(sessions.verify(`${header}.${payload}.${flipped}`))).not.toBe('accepted');
    expect(await reason(sessions.verify(`${header}.${payload}.${signature}=`))).toBe('malformed');
  });

  it('refuses a token of another partner or another secret', async () => {
    const other = createHubSessions({ ...base, partnerId: 'otherPA' });
    expect(await reason(sessions.verify((await other.mint({ clientId: 'oZfB3xCL' })).token))).toBe(
      'wrong_partner',
    );
    const forger = createHubSessions({ ...base, secret: 'x'.repeat(40) });
    expect(await reason(sessions.verify((await forger.mint({ clientId: 'oZfB3xCL' })).token))).toBe(
      'bad_signature',
    );
  });

  it('refuses tokens from the future', async () => {
    const ahead = createHubSessions({ ...base, now: () => Date.now() + 3_600_000 });
    const { token } = await ahead.mint({ clientId: 'oZfB3xCL' });
    expect(await reason(sessions.verify(token))).toBe('not_yet_valid');
  });
});

describe('key rotation', () => {
  it('signs with the first key and verifies with every key', async () => {
    const old = createHubSessions(base);
    const rotated = createHubSessions({
      ...base,
      secret: undefined,
      secrets: [
        { id: '2026-12', secret: 'new-secret-0123456789-abcdefghijklmnopq' },
        { id: 'default', secret },
      ],
    });
    const before = await old.mint({ clientId: 'oZfB3xCL' });
    await expect(rotated.verify(before.token)).resolves.toMatchObject({ clientId: 'oZfB3xCL' });
    const after = await rotated.mint({ clientId: 'oZfB3xCL' });
    expect(part(after.token, 0).kid).toBe('2026-12');
    expect(await reason(old.verify(after.token))).toBe('unknown_key');
  });
});

describe('bad configuration and input', () => {
  it.each([
    [{ secret: 'short' }, /shorter than 32/],
    [{ secret: undefined }, /exactly one of/],
    [{ secrets: [{ id: 'a', secret }] }, /exactly one of/],
    [{ partnerId: '' }, /partnerId/],
    [{ apiKey: '' }, /apiKey/],
    [{ ttlSeconds: 10 }, /ttlSeconds/],
    [{ hubBaseUrl: 'ftp://x' }, /hubBaseUrl/],
  ])('createHubSessions(%j) throws', (override, message) => {
    expect(() => createHubSessions({ ...base, ...override })).toThrow(message);
  });

  it('refuses capabilities a browser session cannot hold, and malformed client IDs', async () => {
    const sessions = createHubSessions(base);
    await expect(
      sessions.mint({ clientId: 'oZfB3xCL', capabilities: ['apiKeys:manage' as never] }),
    ).rejects.toThrow(/cannot be granted/);
    await expect(sessions.mint({ clientId: '../otherCL' })).rejects.toThrow(/clientId/);
    await expect(sessions.mint({ clientId: '' })).rejects.toThrow(/clientId/);
  });
});

describe('the documented operations table', () => {
  it('lists every operation with its method and path, and nothing else', async () => {
    const { readFile } = await import('node:fs/promises');
    const { OPERATIONS } = await import('../src/index.js');
    const docs = await readFile(new URL('../../../docs/server.md', import.meta.url), 'utf8');
    const rows = [...docs.matchAll(/^\| `([a-zA-Z]+\.[a-zA-Z]+)`\s*\| `(\w+)`\s*\| `([^`]+)`/gm)];
    expect(rows.map(([, id, method, path]) => `${id} ${method} ${path}`).sort()).toEqual(
      OPERATIONS.map((o) => `${o.id} ${o.method} ${o.path}`).sort(),
    );
  });
});
