import type { EmulatorState } from './state.js';

const arrays = ['clients', 'channels', 'wabas', 'templates', 'partnerBalances'] as const;
const maps = ['apiKeys', 'profiles', 'commerce', 'balances'] as const;
/** Lists added after the first data files were written: absent is fine, anything else must fit. */
const optionalArrays = ['signals', 'partnerChangeRequests', 'unsharedChannels'] as const;
/** Maps added after the first data files were written: absent is fine, anything else must fit. */
const optionalMaps = ['cancelledFrom', 'signups'] as const;

/**
 * The key under which a data file written by `startEmulator` names itself, so its journal can tell
 * whether it belongs to it. Not part of the state: removed when a file is read.
 */
export const SNAPSHOT_ID_KEY = 'snapshotId';

/**
 * Reads a saved emulator state. Anything that is not a complete state of this version throws an
 * error naming the file and the problem: a corrupt file must never silently become a fresh seed.
 */
export function parseState(text: string, source: string): EmulatorState {
  return parseSnapshot(text, source).state;
}

/** {@link parseState}, also answering the ID the file names itself with (if any). */
export function parseSnapshot(
  text: string,
  source: string,
): { state: EmulatorState; snapshotId: string | undefined } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `Emulator data file ${source} is not valid JSON (${(error as Error).message}). Fix it or delete it to start from the seed.`,
    );
  }
  const id =
    data && typeof data === 'object'
      ? (data as Record<string, unknown>)[SNAPSHOT_ID_KEY]
      : undefined;
  return { state: checkState(data, source), snapshotId: typeof id === 'string' ? id : undefined };
}

/**
 * Checks that parsed JSON is a complete emulator state (see {@link parseState}) and upgrades what
 * older emulators wrote, in place.
 */
export function checkState(data: unknown, source: string): EmulatorState {
  const problem = describeProblem(data);
  if (problem) {
    throw new Error(
      `Emulator data file ${source} is not a usable emulator state: ${problem}. Fix it or delete it to start from the seed.`,
    );
  }
  Reflect.deleteProperty(data as object, SNAPSHOT_ID_KEY);
  // Older emulators kept per-client grants, which the Hub does not have: dropped, not refused.
  delete (data as { permissions?: unknown }).permissions;
  // …and a per-client payment type, which the Hub sets per partner account: dropped as well.
  for (const client of (data as { clients: Record<string, unknown>[] }).clients) {
    if (client && typeof client === 'object') delete client.payment_type;
  }
  return data as EmulatorState;
}

const isMap = (value: unknown): boolean =>
  !!value && typeof value === 'object' && !Array.isArray(value);

function describeProblem(data: unknown): string | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return 'the top level is not an object';
  const state = data as Record<string, unknown>;
  if (state.version !== 1)
    return `unsupported version ${JSON.stringify(state.version)} (expected 1)`;
  if (typeof state.seed !== 'number') return '"seed" is missing';
  if (typeof state.partnerId !== 'string') return '"partnerId" is missing';
  if (typeof state.nextId !== 'number') return '"nextId" is missing';
  for (const key of arrays) if (!Array.isArray(state[key])) return `"${key}" is not a list`;
  for (const key of optionalArrays) {
    if (state[key] !== undefined && !Array.isArray(state[key])) return `"${key}" is not a list`;
  }
  for (const key of maps) if (!isMap(state[key])) return `"${key}" is not an object`;
  for (const key of optionalMaps) {
    if (state[key] !== undefined && !isMap(state[key])) return `"${key}" is not an object`;
  }
  if (
    state.partnerChangeAutoApprove !== undefined &&
    typeof state.partnerChangeAutoApprove !== 'boolean'
  ) {
    return '"partnerChangeAutoApprove" is not true or false';
  }
  if (state.webhookUrl !== undefined && typeof state.webhookUrl !== 'string') {
    return '"webhookUrl" is not a string';
  }
  const badChannel = (state.channels as unknown[]).findIndex(
    (c) => !c || typeof c !== 'object' || typeof (c as { id?: unknown }).id !== 'string',
  );
  if (badChannel !== -1) return `channels[${badChannel}] has no id`;
  const badTemplate = (state.templates as unknown[]).findIndex(
    (t) => !t || typeof t !== 'object' || typeof (t as { id?: unknown }).id !== 'string',
  );
  if (badTemplate !== -1) return `templates[${badTemplate}] has no id`;
  return undefined;
}
