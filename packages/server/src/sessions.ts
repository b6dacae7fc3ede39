import * as z from 'zod/mini';
import { DEFAULT_BASE_URL } from '@hub/core';
import {
  isPartnerStaffCapability,
  isSessionCapability,
  PARTNER_STAFF_CAPABILITIES,
  SESSION_CAPABILITIES,
  type PartnerStaffCapability,
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

/** What {@link HubSessions.mintPartnerStaff} is asked for. */
export interface MintPartnerStaffInput {
  /** Your own id of the signed-in staff member: required, so every staff request is attributable. */
  user: string;
  /** What the session may do. Default every {@link PARTNER_STAFF_CAPABILITIES} entry. */
  capabilities?: readonly PartnerStaffCapability[];
}

/** A minted partner-staff session: hand `token` to your own staff's browser only. */
export interface MintedPartnerStaffSession {
  token: string;
  /** When the token stops working, ISO 8601 UTC. */
  expiresAt: string;
  scope: 'partner-staff';
  capabilities: PartnerStaffCapability[];
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
  /**
   * `client`: one client's browser session (`mint`). `partner-staff`: the partner's own staff
   * (`mintPartnerStaff`), which reaches partner-level operations and no client's data.
   */
  scope: 'client' | 'partner-staff';
  /** The client of a `client` session; `''` for a partner-staff session. */
  clientId: string;
  capabilities: ReadonlySet<SessionCapability | PartnerStaffCapability>;
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
  /**
   * A new signed session for a member of the partner's own staff, carrying `scope:
   * 'partner-staff'`. Call it only after checking that the user is your staff: such a session
   * reaches partner-level operations (partner-change requests) and nothing of any client.
   */
  mintPartnerStaff(input: MintPartnerStaffInput): Promise<MintedPartnerStaffSession>;
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
  // Absent on partner-staff tokens, which name no client; a server that predates them refuses them.
  sub: z.optional(z.string().check(z.regex(hubId))),
  scope: z.optional(z.literal('partner-staff')),
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

  const sign = async (claims: object) => {
    const iat = seconds();
    const exp = iat + ttlSeconds;
    const payload = {
      iss: 'hub-server',
      pid: options.partnerId,
      ...claims,
      iat,
      exp,
      jti: randomId(),
    };
    const token = await signToken(payload, signingId, await keys.get(signingId)!);
    return { token, expiresAt: new Date(exp * 1000).toISOString() };
  };

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
      const cap = [...new Set(capabilities as SessionCapability[])];
      const signed = await sign({
        sub: clientId,
        cap,
        ...(user === undefined ? {} : { usr: user }),
      });
      return { ...signed, clientId, capabilities: cap };
    },
    async mintPartnerStaff({ user, capabilities: asked = PARTNER_STAFF_CAPABILITIES }) {
      const capabilities = Array.from(asked as Iterable<unknown>);
      if (typeof user !== 'string' || user === '' || user.length > 200) {
        throw new TypeError('mintPartnerStaff: `user` must be a string of 1 to 200 characters.');
      }
      for (const capability of capabilities) {
        if (!isPartnerStaffCapability(capability)) {
          throw new TypeError(
            `mintPartnerStaff: "${String(capability)}" cannot be granted to a partner-staff session (allowed: ${PARTNER_STAFF_CAPABILITIES.join(', ')}).`,
          );
        }
      }
      const cap = [...new Set(capabilities as PartnerStaffCapability[])];
      const signed = await sign({ scope: 'partner-staff', cap, usr: user });
      return { ...signed, scope: 'partner-staff', capabilities: cap };
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
      const staff = claims.scope === 'partner-staff';
      // Exactly one of the two: a client, or the staff scope. Anything else is not ours.
      if (staff === (claims.sub !== undefined)) {
        throw new HubSessionError('malformed', 'The session token is malformed.');
      }
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
        scope: staff ? 'partner-staff' : 'client',
        clientId: claims.sub ?? '',
        // Names this version does not know, or of the other scope, grant nothing: fail closed.
        capabilities: new Set(
          claims.cap.filter(staff ? isPartnerStaffCapability : isSessionCapability),
        ),
        user: claims.usr,
        issuedAt: claims.iat,
        expiresAt: claims.exp,
      };
    },
  };
  apiKeys.set(sessions, options.apiKey);
  return sessions;
}
