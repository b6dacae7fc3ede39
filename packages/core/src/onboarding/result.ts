import * as z from 'zod/mini';

/** What the permission page hands back to the partner's redirect URL. */
export interface OnboardingResult {
  /** The client that finished the page. */
  clientId: string;
  /** Channels the client shared in this session of the page (including a newly added number). */
  channels: string[];
  /** Channels the client stopped sharing. */
  revoked: string[];
  /** The nonce the page was opened with, when the Hub echoes it. */
  state?: string;
}

/** Why a redirect's query string is not an onboarding result the partner may act on. */
export type OnboardingResultError =
  /** `client` is absent: not a completed permission page. */
  | 'missing_client'
  /** `channels` or `revoked` is not a bracketed list of channel ids. */
  | 'malformed'
  /** The `state` nonce is absent, unknown, or already used: forged or replayed. */
  | 'state_mismatch'
  /** The result names another client than the signed-in one. */
  | 'wrong_client';

/** Either the parsed result or the reason it was refused. */
export type OnboardingParse =
  { ok: true; result: OnboardingResult } | { ok: false; error: OnboardingResultError };

const channelIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

// The Hub writes lists as `[a,b]` (hub-api.md §16.1); an absent list is an empty one.
const bracketedList = z.pipe(
  z.pipe(
    z.string().check(z.regex(/^\[[^[\]]*\]$/)),
    z.transform((raw: string) =>
      raw
        .slice(1, -1)
        .split(',')
        .map((id) => id.trim().replace(/^["']|["']$/g, ''))
        .filter((id) => id !== ''),
    ),
  ),
  z.array(z.string().check(z.regex(channelIdPattern))),
);

const resultSchema = z.object({
  client: z.string().check(z.regex(channelIdPattern)),
  channels: z._default(z.optional(bracketedList), []),
  revoked: z._default(z.optional(bracketedList), []),
  state: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
});

/**
 * Parses the query string the permission page redirects back with (`?client=…&channels=[…]&
 * revoked=[…]&state=…`). It does not check `state`: use {@link acceptOnboardingResult} for that.
 */
export function parseOnboardingResult(search: string): OnboardingParse {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const raw = Object.fromEntries(
    ['client', 'channels', 'revoked', 'state'].flatMap((name) => {
      const value = params.get(name);
      return value === null ? [] : [[name, value]];
    }),
  );
  if (raw['client'] === undefined || raw['client'] === '')
    return { ok: false, error: 'missing_client' };
  const parsed = resultSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'malformed' };
  const { client, channels, revoked, state } = parsed.data;
  return {
    ok: true,
    result: { clientId: client, channels, revoked, ...(state === undefined ? {} : { state }) },
  };
}
