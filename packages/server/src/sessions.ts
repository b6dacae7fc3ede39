import * as z from 'zod/mini';
import { DEFAULT_BASE_URL } from '@hub/core';
import {
  isSessionCapability,
  SESSION_CAPABILITIES,
  type SessionCapability,
} from './capabilities.js';
import { importHmacKey, randomId, readToken, signToken } from './token.js';

/** A signing secret with its key id, for rotation: the first one signs, every one verifies. */
export interface HubSessionSecret {
  /** Key id written into each token's header, e.g. `2026-12`. Letters, digits, `.`, `_`, `-`. */
  id: string;
  /** At least 32 characters of randomness, e.g. `openssl rand -base64 32`. Never sent anywhere. */
  secret: string;
}

/** Options of {@link createHubSessions}. */
export interface HubSessionsOptions {
  /** The partner ID (ends in `PA`); sessions and proxied paths are bound to it. */
  partnerId: string;
  /** The partner API key. It stays on the server: it is never written into a token or an answer. */
  apiKey: string;
  /** One signing secret (key id `default`). Give this or `secrets`. */
  secret?: string;
  /** Signing secrets for rotation: the first signs new tokens, all of them verify. */
  secrets?: readonly HubSessionSecret[];
  /** Lifetime of a session in seconds, 60 to 86,400. Default `900` (15 minutes). */
  ttlSeconds?: number;
  /** The Partner API base URL. Default the real Hub, `https://hub.360dialog.io/api/v2`. */
  hubBaseUrl?: string;
  /** The clock in ms since the epoch; for tests. Default `Date.now`. */
  now?: () => number;
}

/** What {@link HubSessions.mint} is asked for. */
export interface MintSessionInput {
  /** The 360dialog client (ID ending in `CL`) the browser may reach; the only one. */
  clientId: string;
  /**
   * What the session may do. Default every {@link SESSION_CAPABILITIES} entry; pass
   * `READ_ONLY_CAPABILITIES` for a session that can change nothing.
   */
  capabilities?: readonly SessionCapability[];
  /** Your own id of the signed-in user, carried for your audit log (`onRequest`). Not a secret. */
  user?: string;
}

/** A minted session: hand `token` to the browser (e.g. as `{ "token": "…" }`). */
export interface MintedSession {
  token: string;
  /** When the token stops working, ISO 8601 UTC. */
  expiresAt: string;
  clientId: string;
  capabilities: SessionCapability[];
}

/** A verified session, as the proxy and `onRequest` see it. */
export interface HubSession {
  /** The token's random id (`jti`): the key of per-session rate limits. */
  id: string;
  partnerId: string;
  clientId: string;
  capabilities: ReadonlySet<SessionCapability>;
  user: string | undefined;
  /** Seconds since the epoch. */
  issuedAt: number;
  /** Seconds since the epoch. */
  expiresAt: number;
}

/** Why a token was not accepted. Every reason is answered with `401`. */
export type HubSessionErrorReason =
  | 'missing'
  | 'malformed'
  | 'unknown_key'
  | 'bad_signature'
  | 'expired'
  | 'not_yet_valid'
  | 'wrong_partner';

/** A token that is missing, malformed, forged, expired or for another partner. */
export class HubSessionError extends Error {
  override readonly name = 'HubSessionError';
  constructor(
    readonly reason: HubSessionErrorReason,
    message: string,
  ) {
    super(message);
  }
}

/** Mints and verifies client-scoped browser sessions; give it to `createHubProxy`. */
export interface HubSessions {
  readonly partnerId: string;
  readonly hubBaseUrl: string;
  readonly ttlSeconds: number;
  /** A new signed session for one client. Throws a `TypeError` for bad input. */
  mint(input: MintSessionInput): Promise<MintedSession>;
  /** The session a token carries; throws {@link HubSessionError} when it is not valid now. */
  verify(token: string | null | undefined): Promise<HubSession>;
}

const hubId = /^[A-Za-z0-9_-]{1,64}$/;
const keyId = /^[A-Za-z0-9._-]{1,32}$/;
/** Clocks of several server instances drift a little; a token from a second ahead is fine. */
const skewSeconds = 60;
const maxTtlSeconds = 86_400;

const payloadSchema = z.object({
  iss: z.literal('hub-server'),
  pid: z.string(),
  sub: z.string().check(z.regex(hubId)),
  cap: z.array(z.string()),
  usr: z.optional(z.string()),
  iat: z.number().check(z.int()),
  exp: z.number().check(z.int()),
  jti: z.string().check(z.minLength(16)),
});

/** The API key of each sessions object, kept off the object so it cannot be serialised by mistake. */
const apiKeys = new WeakMap<HubSessions, string>();

/** The partner API key behind `sessions`; for the proxy only. */
export function apiKeyOf(sessions: HubSessions): string {
  const key = apiKeys.get(sessions);
  if (key === undefined) throw new TypeError('Not a sessions object from createHubSessions().');
  return key;
}

function secretsOf(options: HubSessionsOptions): readonly HubSessionSecret[] {
  if ((options.secret === undefined) === (options.secrets === undefined)) {
    throw new TypeError('createHubSessions: give exactly one of `secret` or `secrets`.');
  }
  const secrets = options.secrets ?? [{ id: 'default', secret: options.secret! }];
  if (secrets.length === 0) throw new TypeError('createHubSessions: `secrets` is empty.');
  const ids = new Set<string>();
  for (const { id, secret } of secrets) {
    if (!keyId.test(id)) {
      throw new TypeError(`createHubSessions: key id "${id}" must be 1–32 of A–Z a–z 0–9 . _ -.`);
    }
    if (ids.has(id)) throw new TypeError(`createHubSessions: key id "${id}" is used twice.`);
    ids.add(id);
    if (typeof secret !== 'string' || secret.length < 32) {
      throw new TypeError(
        `createHubSessions: the secret of key "${id}" is shorter than 32 characters.`,
      );
    }
  }
  return secrets;
}

/**
 * Creates the session authority of a partner backend. Tokens are stateless HMAC-SHA-256 JWTs
 * (`kid`, `iat`, `exp`, a random `jti`), so every server instance that has the secrets verifies
 * them without a shared store. The partner API key never enters a token.
 *
 * @example
 * ```ts
 * const sessions = createHubSessions({
 *   partnerId: 'f167CmPA',
 *   apiKey: process.env.HUB_API_KEY!,
 *   secret: process.env.HUB_SESSION_SECRET!,
 * });
 * // In your own route, after your login check:
 * const { token } = await sessions.mint({ clientId: user.hubClientId, user: user.id });
 * ```
 */
export function createHubSessions(options: HubSessionsOptions): HubSessions {
  if (!hubId.test(options.partnerId ?? '')) {
    throw new TypeError('createHubSessions: `partnerId` must be a Hub ID such as "f167CmPA".');
  }
  if (typeof options.apiKey !== 'string' || options.apiKey === '') {
    throw new TypeError('createHubSessions: `apiKey` (the partner API key) is required.');
  }
  const ttlSeconds = options.ttlSeconds ?? 900;
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 60 || ttlSeconds > maxTtlSeconds) {
    throw new TypeError('createHubSessions: `ttlSeconds` must be a whole number from 60 to 86400.');
  }
  const hubBaseUrl = (options.hubBaseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(hubBaseUrl)) {
    throw new TypeError('createHubSessions: `hubBaseUrl` must be an http(s) URL.');
  }
  const secrets = secretsOf(options);
  const keys = new Map(secrets.map(({ id, secret }) => [id, importHmacKey(secret)]));
  const signingId = secrets[0]!.id;
  const now = options.now ?? Date.now;
  const seconds = () => Math.floor(now() / 1000);

  const sessions: HubSessions = {
    partnerId: options.partnerId,
    hubBaseUrl,
    ttlSeconds,
    async mint({ clientId, capabilities: asked = SESSION_CAPABILITIES, user }) {
      // One copy, read once: what is checked is exactly what is signed.
      const capabilities = Array.from(asked as Iterable<unknown>);
      if (typeof clientId !== 'string' || !hubId.test(clientId)) {
        throw new TypeError('mint: `clientId` must be a Hub client ID such as "oZfB3xCL".');
      }
      for (const capability of capabilities) {
        if (!isSessionCapability(capability)) {
          throw new TypeError(
            `mint: "${String(capability)}" cannot be granted to a browser session (allowed: ${SESSION_CAPABILITIES.join(', ')}).`,
          );
        }
      }
      if (user !== undefined && (typeof user !== 'string' || user.length > 200)) {
        throw new TypeError('mint: `user` must be a string of at most 200 characters.');
      }
      const iat = seconds();
      const exp = iat + ttlSeconds;
      const cap = [...new Set(capabilities as SessionCapability[])];
      const payload = {
        iss: 'hub-server',
        pid: options.partnerId,
        sub: clientId,
        cap,
        ...(user === undefined ? {} : { usr: user }),
        iat,
        exp,
        jti: randomId(),
      };
      const token = await signToken(payload, signingId, await keys.get(signingId)!);
      return { token, expiresAt: new Date(exp * 1000).toISOString(), clientId, capabilities: cap };
    },
    async verify(token) {
      if (!token) throw new HubSessionError('missing', 'A session token is required.');
      if (typeof token !== 'string') {
        throw new HubSessionError('malformed', 'The session token is malformed.');
      }
      const read = token.length > 4096 ? undefined : readToken(token);
      if (!read) throw new HubSessionError('malformed', 'The session token is malformed.');
      const key = keys.get(read.kid);
      if (!key) {
        throw new HubSessionError(
          'unknown_key',
          'The session token is signed with an unknown key.',
        );
      }
      if (!(await read.verify(await key))) {
        throw new HubSessionError('bad_signature', 'The session token signature is not valid.');
      }
      const parsed = payloadSchema.safeParse(read.payload);
      if (!parsed.success || parsed.data.exp - parsed.data.iat > maxTtlSeconds) {
        throw new HubSessionError('malformed', 'The session token is malformed.');
      }
      const claims = parsed.data;
      if (claims.pid !== options.partnerId) {
        throw new HubSessionError('wrong_partner', 'The session token is for another partner.');
      }
      const current = seconds();
      if (claims.exp <= current) {
        throw new HubSessionError('expired', 'The session has expired; get a new session token.');
      }
      if (claims.iat > current + skewSeconds) {
        throw new HubSessionError('not_yet_valid', 'The session token is not valid yet.');
      }
      return {
        id: claims.jti,
        partnerId: claims.pid,
        clientId: claims.sub,
        // Names this version does not know grant nothing, so an older server fails closed.
        capabilities: new Set(claims.cap.filter(isSessionCapability)),
        user: claims.usr,
        issuedAt: claims.iat,
        expiresAt: claims.exp,
      };
    },
  };
  apiKeys.set(sessions, options.apiKey);
  return sessions;
}
