// Partial results: a read that shows its first part (the first page of a long list) while the
// rest arrives, and the list reader that fetches the remaining pages a few at a time.
import { describe, expect, it, vi } from 'vitest';
import { DEMO_API_KEY, DEMO_PARTNER_ID } from '@hub/emulator';
import { startEmulator } from '@hub/emulator/node';
import {
  createHubClient,
  createQueryCache,
  type HubNumber,
  type Page,
  type QueryState,
} from '../src/index.js';
import { readAllPages } from '../src/pagination.js';

/** A promise with its resolve and reject outside. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** `['a', 'b']` → what a listener saw, as `status/partial:data`. */
function recorder<T>() {
  const seen: string[] = [];
  const listen = (state: QueryState<T>) =>
    seen.push(
      `${state.status}/${state.partial ? 'partial' : 'whole'}:${JSON.stringify(state.data)}`,
    );
  return { seen, listen };
}

describe('query cache: partial results', () => {
  it('shows the first part as a partial success, then the whole; the promise gets the whole only', async () => {
    const cache = createQueryCache();
    const { seen, listen } = recorder<string[]>();
    cache.subscribe(['k'], listen);
    const rest = deferred<undefined>();
    const read = cache.fetch(['k'], async (_signal, progress) => {
      progress(['a']);
      await rest.promise;
      return ['a', 'b'];
    });
    await Promise.resolve();
    expect(cache.get(['k'])).toMatchObject({
      status: 'success',
      partial: true,
      fetching: true,
      data: ['a'],
      updatedAt: 0,
    });
    rest.resolve(undefined);
    await expect(read).resolves.toEqual(['a', 'b']);
    expect(cache.get(['k'])).toMatchObject({ status: 'success', partial: false, fetching: false });
    expect(seen).toEqual([
      'loading/whole:undefined',
      'success/partial:["a"]',
      'success/whole:["a","b"]',
    ]);
  });

  it('keeps showing a full result while a refresh reads its parts', async () => {
    const cache = createQueryCache();
    await cache.fetch(['k'], async () => ['old', 'list']);
    const rest = deferred<undefined>();
    const refresh = cache.fetch(['k'], async (_signal, progress) => {
      progress(['a']);
      await rest.promise;
      return ['a', 'b'];
    });
    await Promise.resolve();
    expect(cache.get(['k'])).toMatchObject({ data: ['old', 'list'], partial: false });
    rest.resolve(undefined);
    await expect(refresh).resolves.toEqual(['a', 'b']);
  });

  it('takes a part back out when the read fails: the key shows the error, not half a list', async () => {
    const cache = createQueryCache();
    cache.subscribe(['k'], () => undefined);
    const read = cache.fetch(['k'], async (_signal, progress) => {
      progress(['a']);
      await Promise.resolve();
      throw new Error('page 3 failed');
    });
    await expect(read).rejects.toThrow('page 3 failed');
    expect(cache.get(['k'])).toMatchObject({
      status: 'error',
      partial: false,
      data: undefined,
      fetching: false,
    });
  });

  it('reads again when a change lands on a part: the part never stands for the whole', async () => {
    const cache = createQueryCache();
    cache.subscribe(['k'], () => undefined);
    const rest = deferred<undefined>();
    let reads = 0;
    void cache.fetch(['k'], async (_signal, progress) => {
      reads += 1;
      if (reads > 1) return ['A', 'b'];
      progress(['a']);
      await rest.promise;
      return ['a', 'b'];
    });
    await Promise.resolve();
    cache.update<string[]>(['k'], (data) => data?.map((x) => x.toUpperCase()));
    expect(cache.get(['k'])).toMatchObject({ data: ['A'], partial: true });
    rest.resolve(undefined);
    await new Promise((r) => setTimeout(r, 0));
    expect(reads).toBe(2);
    expect(cache.get(['k'])).toMatchObject({ data: ['A', 'b'], partial: false });
  });
});

/** A list of `total` items served `size` at a time, recording the offsets asked for at once. */
function list(total: number, size: number, options: { ignoreOffset?: boolean } = {}) {
  const asked: number[] = [];
  let open = 0;
  let mostAtOnce = 0;
  const limits: (number | undefined)[] = [];
  const fetchPage = async (offset: number, limit?: number): Promise<Page<{ id: string }>> => {
    asked.push(offset);
    limits.push(limit);
    open += 1;
    mostAtOnce = Math.max(mostAtOnce, open);
    await new Promise((r) => setTimeout(r, 1));
    open -= 1;
    const from = options.ignoreOffset ? 0 : offset;
    const applied = Math.min(size, limit ?? size);
    const items = Array.from({ length: Math.max(0, Math.min(applied, total - from)) }, (_, i) => ({
      id: `n${from + i}`,
    }));
    const next = from + items.length;
    return {
      items,
      total,
      limit: applied,
      offset: from,
      nextOffset: next < total ? next : undefined,
      skipped: [],
    };
  };
  return { fetchPage, asked, limits, mostAtOnce: () => mostAtOnce };
}

describe('readAllPages', () => {
  it('reads the first page alone, then at most four at a time, handing pages over in order', async () => {
    const { fetchPage, asked, mostAtOnce } = list(2_500, 250);
    const firsts: string[] = [];
    await readAllPages(fetchPage, (page) => firsts.push(page.items[0]!.id));
    expect(firsts).toEqual([
      'n0',
      'n250',
      'n500',
      'n750',
      'n1000',
      'n1250',
      'n1500',
      'n1750',
      'n2000',
      'n2250',
    ]);
    expect(asked.slice(0, 1)).toEqual([0]);
    expect(asked).toHaveLength(10);
    expect(mostAtOnce()).toBe(4);
  });

  it('asks for the next page as soon as one arrives, while an earlier one is still on its way', async () => {
    const { fetchPage: serve } = list(2_500, 250);
    const asked: number[] = [];
    let open = 0;
    let mostAtOnce = 0;
    let releaseSlow!: () => void;
    const slow = new Promise<void>((resolve) => (releaseSlow = resolve));
    const fetchPage = async (offset: number, limit?: number) => {
      asked.push(offset);
      open += 1;
      mostAtOnce = Math.max(mostAtOnce, open);
      // The first page after the total is slow to come; the ones after it come at once.
      if (offset === 250) await slow;
      const page = await serve(offset, limit);
      open -= 1;
      return page;
    };
    const handed: number[] = [];
    const reading = readAllPages(fetchPage, (page) => handed.push(page.offset));
    // Every page after the slow one arrived at once, each making room for another request: the
    // whole list has been asked for while the slow page holds the rest back from the reader.
    const offsets = [0, 250, 500, 750, 1000, 1250, 1500, 1750, 2000, 2250];
    await vi.waitFor(() => expect(asked).toEqual(offsets));
    expect(handed).toEqual([0]);
    releaseSlow();
    await reading;
    expect(handed).toEqual(offsets);
    expect(mostAtOnce).toBe(4);
  });

  it('ends a list whose server ignores the offset after the repeated page', async () => {
    const { fetchPage } = list(3_000, 1_000, { ignoreOffset: true });
    const firsts: string[] = [];
    await readAllPages(fetchPage, (page) => firsts.push(page.items[0]!.id));
    expect(firsts).toEqual(['n0', 'n0']);
  });

  it('asks for a smaller first page, then full pages after it', async () => {
    const { fetchPage, asked, limits } = list(2_500, 1_000);
    const sizes: number[] = [];
    await readAllPages(fetchPage, (page) => sizes.push(page.items.length), {
      firstPageSize: 100,
      pageSize: 1_000,
    });
    expect(asked).toEqual([0, 100, 1_100, 2_100]);
    expect(limits).toEqual([100, 1_000, 1_000, 1_000]);
    expect(sizes).toEqual([100, 1_000, 1_000, 400]);
  });

  it('plans with the page size the Hub applies when it serves less than asked', async () => {
    const { fetchPage, asked } = list(1_300, 250);
    const firsts: string[] = [];
    await readAllPages(fetchPage, (page) => firsts.push(page.items[0]!.id), {
      firstPageSize: 100,
      pageSize: 1_000,
    });
    expect(firsts).toEqual(['n0', 'n100', 'n350', 'n600', 'n850', 'n1100']);
    // Planned at 1,000 a page at first (100, 1,100), then at the 250 the Hub serves.
    expect(asked).toEqual([0, 100, 1_100, 350, 600, 850, 1_100]);
  });

  it('reads a long list whole when the Hub serves less than planned, still four at a time', async () => {
    // Planned at 1,000 a page, the four places are taken by pages the new plan drops: the read
    // waits for a place instead of ending with the part it has.
    const { fetchPage, mostAtOnce } = list(5_000, 250);
    const ids: string[] = [];
    await readAllPages(fetchPage, (page) => ids.push(...page.items.map((item) => item.id)), {
      firstPageSize: 100,
      pageSize: 1_000,
    });
    expect(ids).toHaveLength(5_000);
    expect(new Set(ids).size).toBe(5_000);
    expect(mostAtOnce()).toBeLessThanOrEqual(4);
  });

  it('asks for nothing more once a page of the plan has failed', async () => {
    const asked: number[] = [];
    const { fetchPage: serve } = list(5_000, 250);
    let releaseSlow!: () => void;
    const slow = new Promise<void>((resolve) => (releaseSlow = resolve));
    const fetchPage = async (offset: number, limit?: number) => {
      asked.push(offset);
      if (offset === 250) await slow;
      if (offset === 500) throw new Error('page lost');
      return serve(offset, limit);
    };
    const reading = readAllPages(fetchPage, () => undefined);
    await vi.waitFor(() => expect(asked).toHaveLength(5));
    releaseSlow();
    await expect(reading).rejects.toThrow('page lost');
    // The pages after the failed one arrived while the slow one held the read back; none of them
    // asked for another.
    expect(asked).toEqual([0, 250, 500, 750, 1_000]);
  });

  it('reads a one-page list with one request', async () => {
    const { fetchPage, asked } = list(3, 1_000);
    await readAllPages(fetchPage, () => undefined);
    expect(asked).toEqual([0]);
  });
});

describe('client.numbers.all, partial', () => {
  it('shows the first page of a long list with the total while the rest arrives', async () => {
    const server = await startEmulator({ port: 0, numbers: 9_800, rateLimits: false });
    try {
      const asked: URL[] = [];
      const client = createHubClient({
        partnerId: DEMO_PARTNER_ID,
        baseUrl: server.url,
        auth: { apiKey: DEMO_API_KEY },
        fetch: (input, init) => {
          asked.push(new URL(input instanceof Request ? input.url : String(input)));
          return fetch(input, init);
        },
      });
      const key = client.numbers.keys.all('bNapo1CL');
      const seen: { partial: boolean; rows: number; total: number; next: number | undefined }[] =
        [];
      let askedWhenShown = 0;
      client.cache.subscribe<Page<HubNumber>>(key, ({ data, partial }) => {
        if (partial) askedWhenShown = asked.length;
        if (data)
          seen.push({ partial, rows: data.items.length, total: data.total, next: data.nextOffset });
      });
      const all = await client.numbers.all('bNapo1CL');
      expect(all.items).toHaveLength(1_400);
      // A small first page shows first; the rest comes in pages of a thousand.
      expect(seen).toEqual([
        { partial: true, rows: 100, total: 1_400, next: 100 },
        { partial: false, rows: 1_400, total: 1_400, next: undefined },
      ]);
      // The later pages leave only after the first has been shown.
      expect(askedWhenShown).toBe(1);
      const pages = asked.filter((url) => url.pathname.endsWith('/channels'));
      expect(
        pages.map((url) => [url.searchParams.get('offset'), url.searchParams.get('limit')]),
      ).toEqual([
        ['0', '100'],
        ['100', '1000'],
        ['1100', '1000'],
      ]);
    } finally {
      await server.close();
    }
  });

  it('still waits out a 429 on a page and reads the whole list', async () => {
    const server = await startEmulator({
      port: 0,
      numbers: 9_800,
      rateLimits: false,
      faults: [{ route: /\/channels$/, rateLimitBurst: 3, retryAfterSeconds: 0 }],
    });
    try {
      const client = createHubClient({
        partnerId: DEMO_PARTNER_ID,
        baseUrl: server.url,
        auth: { apiKey: DEMO_API_KEY },
        retry: { limit: 3 },
      });
      const all = await client.numbers.all('bNapo1CL');
      expect(all.items).toHaveLength(1_400);
      expect(new Set(all.items.map((n) => n.id)).size).toBe(1_400);
    } finally {
      await server.close();
    }
  });
});

describe('a read with nothing to wait for', () => {
  /** A client whose `fetch` records each URL and never answers. */
  function recording(auth: Parameters<typeof createHubClient>[0]['auth']) {
    const sent: string[] = [];
    const client = createHubClient({
      partnerId: DEMO_PARTNER_ID,
      baseUrl: 'https://hub.test/api/v2',
      auth,
      fetch: (input) => {
        sent.push(String(input));
        return new Promise<Response>(() => undefined);
      },
    });
    return { client, sent };
  }

  it('has sent its request when the call returns, ahead of the work its caller does next', () => {
    const { client, sent } = recording({ apiKey: DEMO_API_KEY });
    void client.numbers.all('bNapo1CL');
    expect(sent).toHaveLength(1);
    void client.numbers.list({ filters: { status: 'running' } });
    void client.clients.get('bNapo1CL');
    expect(sent).toHaveLength(3);
    expect(sent[0]).toContain('/channels?');
  });

  it('with a session, waits for the first token only', async () => {
    let tokens = 0;
    const { client, sent } = recording({
      sessionToken: () => Promise.resolve(`token-${++tokens}`),
    });
    void client.numbers.list({ limit: 1 });
    expect(sent).toHaveLength(0);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    void client.numbers.list({ limit: 2 });
    expect(sent).toHaveLength(2);
    expect(tokens).toBe(1);
  });
});
