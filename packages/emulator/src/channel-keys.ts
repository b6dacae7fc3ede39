import { createRandom, hashSeed, type Random } from './random.js';
import { HubHttpError } from './respond.js';
import { nextId, type ApiKeyRecord, type ChannelRecord, type EmulatorState } from './state.js';

/** The Messaging API address the Hub gives with every channel key. */
export const MESSAGING_API_ADDRESS = 'https://waba-v2.360dialog.io';

/** Channel statuses that may get a key (the Partner API refuses the others). */
const keyStatuses = new Set(['running', 'live', 'ready']);

const alphabet = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'];

/** `length` random key characters. */
export function apiKeySecret(random: Random, length = 32): string {
  return Array.from({ length }, () => random.pick(alphabet)).join('');
}

/**
 * Creates a key for a channel as `POST …/channels/{chid}/api_keys` does: it replaces (revokes)
 * the channel's other keys. 400 for a channel whose status allows no key.
 */
export function issueApiKey(
  state: EmulatorState,
  channel: ChannelRecord,
): { record: ApiKeyRecord; secret: string } {
  if (!keyStatuses.has(channel.status)) {
    throw new HubHttpError(
      400,
      `API keys can only be generated for running channels (status: ${channel.status})`,
    );
  }
  const id = nextId(state, '');
  const random = createRandom(hashSeed(state.seed, channel.id, id));
  const secret = apiKeySecret(random);
  const appId = state.apiKeys[channel.id]?.[0]?.app_id ?? String(100_000 + random.int(0, 99_999));
  const record: ApiKeyRecord = {
    id,
    api_key: `****${secret.slice(-4)}`,
    address: MESSAGING_API_ADDRESS,
    app_id: appId,
    secret,
  };
  state.apiKeys[channel.id] = [record];
  return { record, secret };
}

/** The channel a Messaging API key belongs to, or `undefined` for an unknown or revoked key. */
export function channelOfApiKey(state: EmulatorState, key: string): ChannelRecord | undefined {
  if (key === '') return undefined;
  for (const [channelId, keys] of Object.entries(state.apiKeys)) {
    if (keys.some((k) => k.secret === key)) return state.channels.find((c) => c.id === channelId);
  }
  return undefined;
}

/** A key as the Partner API lists it: without the emulator's copy of the secret. */
export function publicApiKey(record: ApiKeyRecord): Omit<ApiKeyRecord, 'secret'> {
  const copy = { ...record };
  delete copy.secret;
  return copy;
}
