import { describe, expect, it, vi } from 'vitest';
import { createQueryCache, hashQueryKey, type QueryState } from '../src/cache.js';

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
