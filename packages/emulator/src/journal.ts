/**
 * Durable `--data` persistence for the Node host: a snapshot (the state as JSON) and an
 * append-only journal of what changed since it, fsync'd before the answers that depend on it.
 *
 * - Group commit: changes noted while a write is in flight are diffed against the last write and
 *   appended together as one journal line; at most one write runs at a time, and one diff is held
 *   in memory, whatever the request rate.
 * - The journal holds what changed, per record (list items with an `id`, map entries): a change
 *   to one template appends that template, not the 7 MB of a 10,000-number state. Finding it costs
 *   one `JSON.stringify` of the state per write, shared by every change in the write.
 * - Compaction writes the snapshot (unique temp file, fsync, rename, fsync of the directory) from
 *   the JSON the diff keeps, then deletes the journal: when the journal passes a size, after a
 *   second without changes, at start (if a journal was left) and on close.
 * - Recovery replays the journal onto the snapshot. The journal names the snapshot it follows, so
 *   one left by a crash between a compaction's rename and its delete is recognized as stale. Each
 *   group commit is one line written after the previous one was fsync'd, so only the last line
 *   can be torn: an incomplete last line is dropped (it was never acknowledged), while damage
 *   before the last line is an error, never a silent loss.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { checkState, parseSnapshot, SNAPSHOT_ID_KEY } from './persist.js';
import type { EmulatorState } from './state.js';

/** The journal file that goes with a data file. */
export function journalFileOf(file: string): string {
  return `${file}.journal`;
}

// ── Diff ────────────────────────────────────────────────────────────────────────────────────────

/**
 * One top-level key of the state, as last written: its JSON, and where each record of a list sits
 * in it (or each entry of a map).
 */
type Entry =
  | { kind: 'records'; json: string; ids: string[]; ends: number[]; idSet: Set<string> }
  | { kind: 'map'; json: string; items: Map<string, string> }
  | { kind: 'value'; json: string };

/** A list of records with unique string IDs, tracked per record; `undefined` for any other list. */
function recordsEntry(
  list: unknown[],
  json: string,
): Extract<Entry, { kind: 'records' }> | undefined {
  const ids: string[] = [];
  const ends: number[] = [];
  const idSet = new Set<string>();
  let at = 1;
  for (const item of list) {
    const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' || idSet.has(id)) return undefined;
    idSet.add(id);
    ids.push(id);
    at += JSON.stringify(item).length;
    ends.push(at);
    at += 1;
  }
  return { kind: 'records', json, ids, ends, idSet };
}

function entryOf(value: unknown, json: string): Entry {
  if (Array.isArray(value)) return recordsEntry(value, json) ?? { kind: 'value', json };
  if (value !== null && typeof value === 'object') {
    const items = new Map<string, string>();
    for (const [key, item] of Object.entries(value)) {
      const itemJson = JSON.stringify(item) as string | undefined;
      if (itemJson !== undefined) items.set(key, itemJson);
    }
    return { kind: 'map', json, items };
  }
  return { kind: 'value', json };
}

/** The length of the common prefix of `a` and `b`, comparing natively in chunks. */
function commonPrefix(a: string, b: string, max: number): number {
  let i = 0;
  for (let chunk = 65_536; chunk >= 1; chunk >>= 4) {
    while (i + chunk <= max && a.slice(i, i + chunk) === b.slice(i, i + chunk)) i += chunk;
  }
  return i;
}

/** The length of the common suffix of `a` and `b`, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  for (let chunk = 65_536; chunk >= 1; chunk >>= 4) {
    while (
      i + chunk <= max &&
      a.slice(a.length - i - chunk, a.length - i) === b.slice(b.length - i - chunk, b.length - i)
    ) {
      i += chunk;
    }
  }
  return i;
}

/**
 * Keeps the state as last written, as JSON per top-level key, and answers what changed since.
 * A diff costs one `JSON.stringify` of the state: a key whose JSON is unchanged is skipped; in a
 * list of records, the common prefix and suffix of the old and new JSON locate the records that
 * may have changed, and only those are serialized again and compared.
 */
export class StateTracker {
  readonly #entries = new Map<string, Entry>();

  /**
   * The changes since the last call, as the inside of a journal line's object (`""` if nothing
   * changed), and remembers `state` as written. Throws if the state is not JSON; the remembered
   * state is then partly updated, so the next write must be a full snapshot.
   */
  diff(state: object): string {
    const set: string[] = [];
    const unset: string[] = [];
    const records: string[] = [];
    const maps: string[] = [];
    const current = state as Record<string, unknown>;
    const present = new Map<string, string>();
    for (const [key, value] of Object.entries(current)) {
      const json = JSON.stringify(value) as string | undefined;
      if (json !== undefined) present.set(key, json);
    }
    for (const key of [...this.#entries.keys()]) {
      if (!present.has(key)) {
        this.#entries.delete(key);
        unset.push(JSON.stringify(key));
      }
    }
    for (const [key, json] of present) {
      const entry = this.#entries.get(key);
      if (entry?.json === json) continue;
      const value = current[key];
      const name = JSON.stringify(key);
      let change: string | undefined;
      if (entry?.kind === 'records' && Array.isArray(value))
        change = diffRecords(entry, value, json);
      else if (
        entry?.kind === 'map' &&
        value !== null &&
        typeof value === 'object' &&
        !Array.isArray(value)
      ) {
        change = diffMap(entry, value as Record<string, unknown>, json);
      }
      if (change !== undefined) {
        (entry!.kind === 'records' ? records : maps).push(`${name}:{${change}}`);
      } else {
        this.#entries.set(key, entryOf(value, json));
        set.push(`${name}:${json}`);
      }
    }
    const parts: string[] = [];
    if (set.length > 0) parts.push(`"set":{${set.join(',')}}`);
    if (unset.length > 0) parts.push(`"unset":[${unset.join(',')}]`);
    if (records.length > 0) parts.push(`"records":{${records.join(',')}}`);
    if (maps.length > 0) parts.push(`"maps":{${maps.join(',')}}`);
    return parts.join(',');
  }

  /** The state as last diffed, as JSON, naming itself `snapshotId`. */
  snapshot(snapshotId: string): string {
    const parts: string[] = [];
    for (const [key, entry] of this.#entries) {
      if (key !== SNAPSHOT_ID_KEY) parts.push(`${JSON.stringify(key)}:${entry.json}`);
    }
    parts.push(`${JSON.stringify(SNAPSHOT_ID_KEY)}:${JSON.stringify(snapshotId)}`);
    return `{${parts.join(',')}}`;
  }
}

/**
 * The change of a list of records whose JSON went from `entry.json` to `json`, updating `entry`;
 * `undefined` if the list no longer holds records with unique IDs.
 */
function diffRecords(
  entry: Extract<Entry, { kind: 'records' }>,
  list: unknown[],
  json: string,
): string | undefined {
  const old = entry.json;
  const n = entry.ids.length;
  const m = list.length;
  const start = (i: number): number => (i === 0 ? 1 : entry.ends[i - 1]! + 1);
  // Records wholly inside the common prefix, or the common suffix, are unchanged: a JSON value
  // ends where its own characters say, and a comma-separated run of values splits one way only.
  const max = Math.min(old.length, json.length);
  const prefix = commonPrefix(old, json, max);
  const suffix = commonSuffix(old, json, max - prefix);
  let head = 0;
  while (head < n && head < m && entry.ends[head]! <= prefix) head += 1;
  let tail = 0;
  while (head + tail < n && head + tail < m && start(n - 1 - tail) >= old.length - suffix) {
    tail += 1;
  }
  for (;;) {
    const oldMiddle = new Map<string, string>();
    for (let i = head; i < n - tail; i++) {
      oldMiddle.set(entry.ids[i]!, old.slice(start(i), entry.ends[i]));
    }
    const ids: string[] = [];
    const lengths: number[] = [];
    const put: string[] = [];
    const added: string[] = [];
    const seen = new Set<string>();
    let length = 0;
    for (let i = head; i < m - tail; i++) {
      const item = list[i];
      const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      if (typeof id !== 'string' || seen.has(id)) return undefined;
      const before = oldMiddle.get(id);
      // An ID of an unchanged record elsewhere in the list: a duplicate.
      if (before === undefined && entry.idSet.has(id)) return undefined;
      seen.add(id);
      const itemJson = JSON.stringify(item);
      ids.push(id);
      lengths.push(itemJson.length);
      length += itemJson.length;
      if (itemJson !== before) {
        put.push(itemJson);
        if (before === undefined) added.push(id);
      }
    }
    const oldLength = (from: number, to: number): number =>
      to > from ? entry.ends[to - 1]! - start(from) - (to - from - 1) : 0;
    const total = 2 + oldLength(0, head) + length + oldLength(n - tail, n) + Math.max(0, m - 1);
    if (total !== json.length) {
      // Cannot happen if the reasoning above holds; compare every record rather than trust it.
      if (head === 0 && tail === 0) return undefined;
      head = 0;
      tail = 0;
      continue;
    }
    const del = [...oldMiddle.keys()].filter((id) => !seen.has(id));
    const nextIds = [...entry.ids.slice(0, head), ...ids, ...entry.ids.slice(n - tail)];
    // Replay removes `del`, replaces known records in place and appends new ones: the order only
    // needs writing when that does not give the order the list has now.
    const gone = new Set(del);
    const expected = [...entry.ids.filter((id) => !gone.has(id)), ...added];
    const reordered = expected.some((id, i) => id !== nextIds[i]);
    const ends: number[] = [];
    let at = 1;
    for (let i = 0; i < m; i++) {
      const size =
        i < head
          ? entry.ends[i]! - start(i)
          : i < m - tail
            ? lengths[i - head]!
            : entry.ends[n - m + i]! - start(n - m + i);
      at += size;
      ends.push(at);
      at += 1;
    }
    for (const id of del) entry.idSet.delete(id);
    for (const id of added) entry.idSet.add(id);
    entry.json = json;
    entry.ids = nextIds;
    entry.ends = ends;
    const parts: string[] = [];
    if (del.length > 0) parts.push(`"del":${JSON.stringify(del)}`);
    if (put.length > 0) parts.push(`"put":[${put.join(',')}]`);
    if (reordered) parts.push(`"order":${JSON.stringify(nextIds)}`);
    return parts.join(',');
  }
}

/**
 * The change of a map whose JSON went from `entry.json` to `json`, updating `entry`; `undefined`
 * if only a write of the whole map gives its key order.
 */
function diffMap(
  entry: Extract<Entry, { kind: 'map' }>,
  map: Record<string, unknown>,
  json: string,
): string | undefined {
  const put: string[] = [];
  const keys: string[] = [];
  for (const [key, value] of Object.entries(map)) {
    const itemJson = JSON.stringify(value) as string | undefined;
    if (itemJson === undefined) continue;
    keys.push(key);
    if (entry.items.get(key) === itemJson) continue;
    entry.items.set(key, itemJson);
    put.push(`${JSON.stringify(key)}:${itemJson}`);
  }
  const del: string[] = [];
  if (entry.items.size > keys.length) {
    for (const key of [...entry.items.keys()]) {
      if (!Object.hasOwn(map, key) || JSON.stringify(map[key]) === undefined) {
        del.push(key);
        entry.items.delete(key);
      }
    }
  }
  // Replay keeps known keys in place and appends new ones; any other key order is written whole.
  let i = 0;
  for (const key of entry.items.keys()) if (key !== keys[i++]) return undefined;
  entry.json = json;
  const parts: string[] = [];
  if (del.length > 0) parts.push(`"del":${JSON.stringify(del)}`);
  if (put.length > 0) parts.push(`"put":{${put.join(',')}}`);
  return parts.join(',');
}

// ── Replay ──────────────────────────────────────────────────────────────────────────────────────

/** One journal line: the changes of one group commit. */
interface Delta {
  seq: number;
  set?: Record<string, unknown>;
  unset?: string[];
  records?: Record<string, { del?: string[]; put?: { id: string }[]; order?: string[] }>;
  maps?: Record<string, { del?: string[]; put?: Record<string, unknown> }>;
}

function assign(target: Record<string, unknown>, key: string, value: unknown): void {
  // A parsed `"__proto__"` key is an own property; assigning it would set the prototype.
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  } else target[key] = value;
}

/** Applies journal lines to a parsed snapshot, in order. */
class Replay {
  readonly #indexes = new Map<string, Map<string, number>>();
  constructor(readonly doc: Record<string, unknown>) {}

  apply(delta: Delta): void {
    for (const [key, value] of Object.entries(delta.set ?? {})) {
      assign(this.doc, key, value);
      this.#indexes.delete(key);
    }
    for (const key of delta.unset ?? []) {
      Reflect.deleteProperty(this.doc, key);
      this.#indexes.delete(key);
    }
    for (const [key, change] of Object.entries(delta.records ?? {})) this.#records(key, change);
    for (const [key, change] of Object.entries(delta.maps ?? {})) {
      const map = this.doc[key];
      if (!map || typeof map !== 'object' || Array.isArray(map)) {
        throw new Error(`"${key}" is not an object`);
      }
      for (const name of change.del ?? []) Reflect.deleteProperty(map, name);
      for (const [name, value] of Object.entries(change.put ?? {})) {
        assign(map as Record<string, unknown>, name, value);
      }
    }
  }

  #records(key: string, change: NonNullable<Delta['records']>[string]): void {
    let list = this.doc[key];
    if (!Array.isArray(list)) throw new Error(`"${key}" is not a list`);
    if (change.del?.length) {
      const gone = new Set(change.del);
      list = list.filter((r: { id: string }) => !gone.has(r.id));
      this.doc[key] = list;
      this.#indexes.delete(key);
    }
    const records = list as { id: string }[];
    let index = this.#indexes.get(key);
    if (!index) {
      index = new Map(records.map((r, i) => [r.id, i]));
      this.#indexes.set(key, index);
    }
    for (const record of change.put ?? []) {
      const at = index.get(record.id);
      if (at === undefined) {
        index.set(record.id, records.length);
        records.push(record);
      } else records[at] = record;
    }
    if (change.order) {
      const byId = new Map(records.map((r) => [r.id, r]));
      const ordered = change.order.map((id) => byId.get(id));
      if (ordered.length !== records.length || ordered.some((r) => r === undefined)) {
        throw new Error(`the order of "${key}" does not match its records`);
      }
      this.doc[key] = ordered;
      this.#indexes.delete(key);
    }
  }
}

interface JournalContents {
  /** The snapshot the journal follows. */
  snapshotId: string;
  deltas: Delta[];
}

/**
 * Reads a journal: its header and every complete line. A torn last line is dropped; anything
 * unreadable before it throws.
 */
export function parseJournal(text: string, source: string): JournalContents | undefined {
  const lines = text.split('\n');
  // The text after the last newline is a line whose write did not complete.
  lines.pop();
  const damaged = (line: number, problem: string): Error =>
    new Error(
      `Emulator journal ${source} is damaged at line ${line} (${problem}), before changes that were saved after it. Fix it, or delete it to start from the data file without the changes it holds.`,
    );
  let contents: JournalContents | undefined;
  for (const [i, line] of lines.entries()) {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      // Only the last line can be torn: each group commit is written after the last one synced.
      if (i === lines.length - 1) break;
      throw damaged(i + 1, (error as Error).message);
    }
    const record = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
    if (i === 0) {
      if (record.journal !== 1 || typeof record.snapshotId !== 'string') {
        throw damaged(1, 'not a journal header of this version');
      }
      contents = { snapshotId: record.snapshotId, deltas: [] };
    } else if (record.seq !== i) {
      throw damaged(i + 1, `expected change ${i}, found ${JSON.stringify(record.seq)}`);
    } else contents!.deltas.push(record as unknown as Delta);
  }
  return contents;
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** A data file as loaded: the snapshot with the journal that follows it replayed. */
export interface LoadedState {
  state: EmulatorState;
  /** The ID the snapshot names itself with; absent in files written by older emulators. */
  snapshotId: string | undefined;
  /** How many journal lines were replayed. */
  replayed: number;
  /** Whether a journal file exists (replayed, or stale and to be deleted). */
  journal: boolean;
}

/**
 * Loads a data file and replays its journal, or answers `undefined` if there is no data file. A
 * corrupt file or journal throws an error naming it: never a silent reset.
 */
export async function loadState(file: string): Promise<LoadedState | undefined> {
  const journalFile = journalFileOf(file);
  const text = await readText(file);
  if (text === undefined) return undefined;
  const { state, snapshotId } = parseSnapshot(text, file);
  const journalText = await readText(journalFile);
  if (journalText === undefined) return { state, snapshotId, replayed: 0, journal: false };
  const contents = parseJournal(journalText, journalFile);
  // A journal that names another snapshot was compacted into this one (or this file was replaced).
  if (!contents || snapshotId === undefined || contents.snapshotId !== snapshotId) {
    return { state, snapshotId, replayed: 0, journal: true };
  }
  const replay = new Replay(state as unknown as Record<string, unknown>);
  for (const delta of contents.deltas) {
    try {
      replay.apply(delta);
    } catch (error) {
      throw new Error(
        `Emulator journal ${journalFile} does not apply to ${file} at change ${delta.seq}: ${(error as Error).message}. Delete the journal to start from the data file without its changes.`,
      );
    }
  }
  return {
    state: checkState(replay.doc, `${file} (with ${journalFile})`),
    snapshotId,
    replayed: contents.deltas.length,
    journal: true,
  };
}

// ── Files ───────────────────────────────────────────────────────────────────────────────────────

/** Makes a rename or a new file in `dir` durable (a no-op where directories cannot be synced). */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES') {
      throw error;
    }
  } finally {
    await handle?.close();
  }
}

/** Temp files are `<data file>.<pid>.<random>.tmp`, next to it. */
const tempPattern = /^\d+\.[0-9a-z]+\.tmp$/;

/**
 * Writes `text` to `file` atomically and durably: a unique temp file, fsync'd, renamed over the
 * file, and the directory fsync'd. A crash leaves the old file or the new one, never a mix; a
 * failure removes the temp file.
 */
export async function writeFileAtomically(file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx');
    await handle.writeFile(text);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, file);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(file));
}

/** Deletes the temp files a killed emulator left next to `file`. */
export async function removeStrayTempFiles(file: string): Promise<void> {
  const prefix = `${basename(file)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(file));
  } catch {
    return;
  }
  await Promise.all(
    names
      .filter((name) => name.startsWith(prefix) && tempPattern.test(name.slice(prefix.length)))
      .map((name) => unlink(join(dirname(file), name)).catch(() => undefined)),
  );
}

async function unlinkIfPresent(file: string): Promise<void> {
  try {
    await unlink(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

// ── Store ───────────────────────────────────────────────────────────────────────────────────────

/** Options of {@link JournaledStore.open}. */
export interface JournaledStoreOptions {
  /** The data file (the snapshot); the journal is `<file>.journal`. */
  file: string;
  /** Start from this state instead of the file's (which it replaces at once). */
  state?: EmulatorState;
  /** The state to start from when there is no data file. */
  seed: () => EmulatorState;
  /** Compact when the journal passes this many bytes. Default 8 MiB. */
  compactBytes?: number;
  /** Compact after this long without changes. Default 1,000 ms. */
  idleCompactMs?: number;
}

interface Waiter {
  count: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * The state of a data file, kept durable: call {@link JournaledStore.changed} after every change,
 * and wait for {@link JournaledStore.settled} before acknowledging anything that may show it.
 */
export class JournaledStore {
  readonly state: EmulatorState;
  readonly file: string;
  readonly journalFile: string;
  readonly #tracker = new StateTracker();
  readonly #compactBytes: number;
  readonly #idleCompactMs: number;
  /** Changes noted so far, the ones the last write covered, and the ones known to be on disk. */
  #changes = 0;
  #attempted = 0;
  #durable = 0;
  #waiters: Waiter[] = [];
  #running: Promise<void> | undefined;
  #compactWanted = false;
  /** A write failed: the tracker may be ahead of the disk, so the next write is a snapshot. */
  #broken = false;
  #failure: unknown;
  #snapshotId = '';
  #journal: FileHandle | undefined;
  #journalBytes = 0;
  #seq = 0;
  #idle: ReturnType<typeof setTimeout> | undefined;
  #closing: Promise<void> | undefined;
  /** Closed: the last snapshot is written, and nothing more will be. */
  #closed = false;
  #diffMs = 0;

  private constructor(options: JournaledStoreOptions, state: EmulatorState) {
    this.file = options.file;
    this.journalFile = journalFileOf(options.file);
    this.state = state;
    this.#compactBytes = options.compactBytes ?? 8 * 1024 * 1024;
    this.#idleCompactMs = options.idleCompactMs ?? 1_000;
  }

  /**
   * Loads the data file (replaying its journal), or starts from `state` or the seed, and leaves a
   * fresh snapshot without a journal if it replayed, upgraded or created anything.
   */
  static async open(options: JournaledStoreOptions): Promise<JournaledStore> {
    await mkdir(dirname(options.file), { recursive: true });
    await removeStrayTempFiles(options.file);
    const loaded = options.state ? undefined : await loadState(options.file);
    const store = new JournaledStore(options, options.state ?? loaded?.state ?? options.seed());
    store.#tracker.diff(store.state);
    if (loaded && !loaded.journal && loaded.snapshotId !== undefined) {
      store.#snapshotId = loaded.snapshotId;
    } else {
      await store.#compact();
    }
    return store;
  }

  /** Notes a change of the state, to be written with the next group commit. */
  changed(): void {
    this.#changes += 1;
    if (!this.#closed) void this.#kick();
  }

  /**
   * `undefined` when every change noted so far is on disk; otherwise a promise that resolves once
   * it is, or rejects if the write failed or the store was closed before it.
   */
  settled(): Promise<void> | undefined {
    if (this.#durable >= this.#changes) return undefined;
    if (this.#closed) {
      return Promise.reject(new Error('The emulator was closed before the change was saved'));
    }
    return new Promise<void>((resolve, reject) => {
      this.#waiters.push({ count: this.#changes, resolve, reject });
      void this.#kick();
    });
  }

  /** Writes what is pending, compacts the journal into the snapshot and deletes it. */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      clearTimeout(this.#idle);
      this.#compactWanted = true;
      await this.#kick();
      // A change noted while the last write finished starts one more.
      while (this.#running) await this.#running;
      this.#closed = true;
      this.#release(Infinity, new Error('The emulator was closed before the change was saved'));
      await this.#journal?.close().catch(() => undefined);
      this.#journal = undefined;
      if (this.#broken) throw this.#failure;
    })();
    return this.#closing;
  }

  #kick(): Promise<void> {
    clearTimeout(this.#idle);
    this.#running ??= this.#drain();
    return this.#running;
  }

  async #drain(): Promise<void> {
    try {
      while (this.#changes > this.#attempted || this.#waiters.length > 0 || this.#compactWanted) {
        // Group commit: let the requests that arrived (and, when a diff is costly, the answers
        // just released coming back as new requests) join the next write.
        const pause = Math.min(8, this.#diffMs / 4);
        await new Promise<void>((resolve) =>
          pause >= 1 ? setTimeout(resolve, pause) : setImmediate(resolve),
        );
        const target = this.#changes;
        this.#attempted = target;
        // While closing, every write is a snapshot, so no journal outlives `close()`.
        const compact = this.#compactWanted || this.#broken || this.#closing !== undefined;
        this.#compactWanted = false;
        try {
          const diffStarted = performance.now();
          const delta = this.#tracker.diff(this.state);
          this.#diffMs = performance.now() - diffStarted;
          if (compact) {
            if (delta || this.#journalBytes > 0 || this.#broken) await this.#compact();
          } else if (delta) {
            await this.#append(delta);
          }
          this.#broken = false;
          this.#durable = Math.max(this.#durable, target);
          this.#release(target);
          if (this.#journalBytes >= this.#compactBytes) this.#compactWanted = true;
        } catch (error) {
          this.#broken = true;
          this.#failure = error;
          this.#release(target, error);
        }
      }
    } finally {
      this.#running = undefined;
    }
    if (this.#journalBytes > 0 && this.#closing === undefined) {
      this.#idle = setTimeout(() => {
        this.#compactWanted = true;
        void this.#kick();
      }, this.#idleCompactMs);
      this.#idle.unref();
    }
  }

  #release(target: number, error?: unknown): void {
    const waiting: Waiter[] = [];
    for (const waiter of this.#waiters) {
      if (waiter.count > target) waiting.push(waiter);
      else if (error === undefined) waiter.resolve();
      else waiter.reject(error);
    }
    this.#waiters = waiting;
  }

  async #append(delta: string): Promise<void> {
    const seq = this.#seq + 1;
    let text = `{"seq":${seq},${delta}}\n`;
    if (!this.#journal) {
      text = `{"journal":1,"snapshotId":${JSON.stringify(this.#snapshotId)}}\n${text}`;
      this.#journal = await open(this.journalFile, 'w');
      await syncDirectory(dirname(this.journalFile));
    }
    const buffer = Buffer.from(text);
    let written = 0;
    while (written < buffer.length) {
      const { bytesWritten } = await this.#journal.write(buffer, written);
      written += bytesWritten;
    }
    await this.#journal.datasync();
    this.#seq = seq;
    this.#journalBytes += buffer.length;
  }

  /** Writes the tracked state as a new snapshot and deletes the journal it replaces. */
  async #compact(): Promise<void> {
    const id = randomBytes(9).toString('base64url');
    await writeFileAtomically(this.file, this.#tracker.snapshot(id));
    this.#snapshotId = id;
    // From here the journal names an older snapshot: were the delete lost, it would be ignored.
    const journal = this.#journal;
    this.#journal = undefined;
    this.#journalBytes = 0;
    this.#seq = 0;
    await journal?.close().catch(() => undefined);
    await unlinkIfPresent(this.journalFile);
  }
}
