import { channelOfApiKey } from './channel-keys.js';
import { HubHttpError } from './respond.js';
import type { ChannelRecord, EmulatorState } from './state.js';

/** Bearer tokens issued by `POST /token`, each with an expiry. Kept in memory only. */
export class TokenStore {
  readonly #expiries = new Map<string, number>();
  #counter = 0;

  constructor(readonly ttlSeconds: number) {}

  /** A new token valid for `ttlSeconds` from `now`. */
  issue(now: number): string {
    this.#counter += 1;
    const random = Array.from(crypto.getRandomValues(new Uint8Array(18)), (b) =>
      b.toString(16).padStart(2, '0'),
    ).join('');
    const token = `emu.${this.#counter.toString(36)}.${random}`;
    this.#expiries.set(token, now + this.ttlSeconds * 1000);
    return token;
  }

  /** Whether `token` was issued here and has not expired. */
  valid(token: string, now: number): boolean {
    const expiry = this.#expiries.get(token);
    if (expiry !== undefined && expiry <= now) this.#expiries.delete(token);
    return expiry !== undefined && expiry > now;
  }
}

/**
 * 401 unless the request carries the partner API key or a live Bearer token; 403 when it is
 * valid but addresses another partner.
 */
export function authenticate(
  request: Request,
  pathPartnerId: string | undefined,
  expected: { apiKey: string; partnerId: string },
  tokens: TokenStore,
  now: number,
): void {
  const apiKey = request.headers.get('x-api-key');
  const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  const ok = apiKey === expected.apiKey || (bearer !== undefined && tokens.valid(bearer, now));
  if (!ok) {
    throw new HubHttpError(
      401,
      apiKey || bearer
        ? 'Invalid or expired credentials'
        : 'Missing credentials: send X-API-Key or a Bearer token',
    );
  }
  if (pathPartnerId !== undefined && pathPartnerId !== expected.partnerId) {
    throw new HubHttpError(403, `No permission for partner ${pathPartnerId}`);
  }
}

/**
 * The Messaging API's check: the `D360-API-KEY` header must hold a current key of a channel,
 * which the request then acts on. 401 when it is missing, unknown or revoked (partner
 * credentials do not count here).
 */
export function authenticateChannelKey(request: Request, state: EmulatorState): ChannelRecord {
  const key = request.headers.get('d360-api-key');
  if (!key) throw new HubHttpError(401, 'Missing credentials: send D360-API-KEY');
  const channel = channelOfApiKey(state, key);
  if (!channel) throw new HubHttpError(401, 'Invalid API key');
  return channel;
}
