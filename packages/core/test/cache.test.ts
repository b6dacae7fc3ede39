import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  createQueryCache,
  hashQueryKey,
  type QueryRollback,
  type QueryState,
} from '../src/cache.js';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('query cache', () => {
  it('shares one request between concurrent identical reads', async () => {
    const cache = createQueryCache();
    const fetcher = vi.fn(async () => 'data');
    const results = await Promise.all(
      Array.from({ length: 20 }, () => cache.fetch(['numbers', { b: 1, a: 2 }], fetcher)),
    );
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(results.every((r) => r === 'data')).toBe(true);
  });

  it('treats keys with the same content as the same key', () => {
    expect(hashQueryKey(['x', { a: 1, b: undefined, c: 2 }])).toBe(
      hashQueryKey(['x', { c: 2, a: 1 }]),
    );
  });

  it('serves fresh data within maxAge and refetches after', async () => {
    const cache = createQueryCache();
    let n = 0;
    const fetcher = async () => ++n;
    expect(await cache.fetch(['k'], fetcher)).toBe(1);
    expect(await cache.fetch(['k'], fetcher, { maxAge: 60_000 })).toBe(1);
    expect(await cache.fetch(['k'], fetcher)).toBe(2);
  });

  it('does not serve within maxAge a result whose last refresh failed', async () => {
    const cache = createQueryCache();
    let n = 0;
    let fail = false;
    const fetcher = async () => {
      if (fail) throw new Error('down');
      return ++n;
    };
    await cache.fetch(['k'], fetcher);
    fail = true;
    await expect(cache.fetch(['k'], fetcher)).rejects.toThrow('down');
    fail = false;
    expect(await cache.fetch(['k'], fetcher, { maxAge: 60_000 })).toBe(2);
  });

  it('serves stale data at once and revalidates in the background', async () => {
    const cache = createQueryCache();
    let n = 0;
    const fetcher = async () => ++n;
    await cache.fetch(['k'], fetcher);
    const states: QueryState<number>[] = [];
    cache.subscribe<number>(['k'], (s) => states.push(s));
    expect(await cache.fetch(['k'], fetcher, { staleWhileRevalidate: true })).toBe(1);
    await vi.waitFor(() => expect(cache.get<number>(['k'])?.data).toBe(2));
    expect(states.map((s) => [s.data, s.fetching])).toEqual([
      [1, true],
      [2, false],
    ]);
  });

  it('invalidating refetches keys that have listeners, and only the matching ones', async () => {
    const cache = createQueryCache();
    const calls: string[] = [];
    const fetcher = (name: string) => async () => {
      calls.push(name);
      return name;
    };
    await cache.fetch(['numbers', 'list', 1], fetcher('list'));
    await cache.fetch(['numbers', 'get', 'a'], fetcher('get'));
    await cache.fetch(['templates', 'list'], fetcher('templates'));
    const seen: string[] = [];
    cache.subscribe<string>(
      ['numbers', 'list', 1],
      (s) => s.data && !s.fetching && seen.push(s.data),
    );
    cache.subscribe(['templates', 'list'], () => undefined);
    calls.length = 0;
    cache.invalidate(['numbers']);
    await vi.waitFor(() => expect(seen).toEqual(['list']));
    expect(calls).toEqual(['list']);
    expect(cache.get(['numbers', 'get', 'a'])?.stale).toBe(true);
    expect(cache.get(['templates', 'list'])?.stale).toBe(false);
  });

  it('aborts a request when nobody waits or listens any more', async () => {
    const cache = createQueryCache();
    let signal: AbortSignal | undefined;
    const gate = deferred<string>();
    const controller = new AbortController();
    const read = cache.fetch(
      ['slow'],
      (s) => {
        signal = s;
        return gate.promise;
      },
      { signal: controller.signal },
    );
    const unsubscribe = cache.subscribe(['slow'], () => undefined);
    controller.abort();
    await expect(read).rejects.toThrow();
    expect(signal?.aborted).toBe(false);
    unsubscribe();
    expect(signal?.aborted).toBe(true);
  });

  it('does not let an answer that predates a mutation overwrite it', async () => {
    const cache = createQueryCache();
    const gate = deferred<string>();
    const read = cache.fetch(['k'], () => gate.promise);
    cache.set(['k'], 'after mutation');
    gate.resolve('before mutation');
    await read;
    expect(cache.get(['k'])?.data).toBe('after mutation');
  });

  it('keeps the last data and records the error when a refresh fails', async () => {
    const cache = createQueryCache();
    await cache.fetch(['k'], async () => 'ok');
    await expect(cache.fetch(['k'], async () => Promise.reject(new Error('boom')))).rejects.toThrow(
      'boom',
    );
    expect(cache.get(['k'])).toMatchObject({ data: 'ok', status: 'error' });
  });
});

describe('query cache: patches (update) and their rollback', () => {
  type Rows = Readonly<Record<string, string>>;
  const put =
    (id: string, value: string) =>
    (rows: Rows | undefined): Rows | undefined =>
      rows && { ...rows, [id]: value };

  it('patches at once, tells listeners, keeps status and age, and rolls back', async () => {
    const cache = createQueryCache();
    await cache.fetch(['k'], async () => ({ a: 'running', b: 'running' }));
    const before = cache.get<Rows>(['k'])!;
    const seen: (Rows | undefined)[] = [];
    cache.subscribe<Rows>(['k'], (s) => seen.push(s.data));
    const rollback = cache.update(['k'], put('a', 'pending'));
    expect(cache.get(['k'])).toMatchObject({
      data: { a: 'pending', b: 'running' },
      status: 'success',
      stale: false,
      updatedAt: before.updatedAt,
    });
    rollback();
    expect(cache.get(['k'])!.data).toBe(before.data);
    expect(seen).toEqual([
      { a: 'pending', b: 'running' },
      { a: 'running', b: 'running' },
    ]);
  });

  it('leaves a key alone when the patch returns undefined, creating nothing', () => {
    const cache = createQueryCache();
    const listener = vi.fn();
    cache.subscribe(['k'], listener);
    cache.update<Rows>(['k'], put('a', 'pending'))();
    cache.update<Rows>(['absent'], put('a', 'pending'));
    expect(listener).not.toHaveBeenCalled();
    expect(cache.keys()).toEqual([['k']]);
  });

  it('can give a key its first data, and the rollback takes it away again', () => {
    const cache = createQueryCache();
    const rollback = cache.update(['numbers', 'get', 'a'], () => 'pending');
    expect(cache.get(['numbers', 'get', 'a'])).toMatchObject({
      data: 'pending',
      status: 'loading',
    });
    rollback();
    expect(cache.get(['numbers', 'get', 'a'])!.data).toBeUndefined();
  });

  it('keeps a newer result: a rollback after a set or a read does nothing', async () => {
    const cache = createQueryCache();
    cache.set<Rows>(['k'], { a: 'running' });
    const afterSet = cache.update(['k'], put('a', 'pending'));
    cache.set<Rows>(['k'], { a: 'from the Hub' });
    afterSet();
    expect(cache.get(['k'])!.data).toEqual({ a: 'from the Hub' });

    const afterRead = cache.update(['k'], put('a', 'pending'));
    await cache.fetch(['k'], async () => ({ a: 'read again' }));
    afterRead();
    afterRead();
    expect(cache.get(['k'])!.data).toEqual({ a: 'read again' });
  });

  it('rolling back one patch keeps the patches made after it', () => {
    const cache = createQueryCache();
    cache.set<Rows>(['k'], { a: 'running', b: 'running' });
    const first = cache.update(['k'], put('a', 'pending'));
    cache.update(['k'], put('b', 'pending'));
    first();
    expect(cache.get(['k'])!.data).toEqual({ a: 'running', b: 'pending' });
  });

  it('does not let the answer to a read that started before a patch undo it', async () => {
    const cache = createQueryCache();
    cache.set<Rows>(['k'], { a: 'running' });
    const gate = deferred<Rows>();
    const read = cache.fetch(['k'], () => gate.promise);
    cache.update(['k'], put('a', 'pending'));
    gate.resolve({ a: 'running' });
    await read;
    expect(cache.get(['k'])!.data).toEqual({ a: 'pending' });
  });

  it('after any patches and rollbacks, shows the result with the patches not rolled back', () => {
    const ids = ['a', 'b', 'c'];
    const step = fc.oneof(
      fc.record({
        kind: fc.constant('patch' as const),
        id: fc.constantFrom(...ids),
        value: fc.string({ maxLength: 3 }),
      }),
      fc.record({ kind: fc.constant('rollback' as const), which: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const cache = createQueryCache();
        const base: Rows = { a: 'x', b: 'y', c: 'z' };
        cache.set(['k'], base);
        const live: { id: string; value: string; rollback: QueryRollback }[] = [];
        for (const s of steps) {
          if (s.kind === 'patch') {
            live.push({ ...s, rollback: cache.update(['k'], put(s.id, s.value)) });
          } else if (live.length > 0) {
            live.splice(s.which % live.length, 1)[0]!.rollback();
          }
        }
        const expected = live.reduce<Rows>((rows, p) => ({ ...rows, [p.id]: p.value }), base);
        expect(cache.get(['k'])!.data).toEqual(expected);
      }),
    );
  });

  it('lists the cached keys a match selects', async () => {
    const cache = createQueryCache();
    cache.set(['numbers', 'get', 'a'], 1);
    cache.set(['numbers', 'list', { offset: 0 }], 2);
    cache.set(['templates', 'list'], 3);
    expect(cache.keys(['numbers'])).toEqual([
      ['numbers', 'get', 'a'],
      ['numbers', 'list', { offset: 0 }],
    ]);
    expect(cache.keys((key, data) => key[1] === 'list' && data === 3)).toEqual([
      ['templates', 'list'],
    ]);
    expect(cache.keys()).toHaveLength(3);
  });
});
