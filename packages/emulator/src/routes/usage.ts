import { findChannel, findClient, type Route, type RouteContext } from '../context.js';
import { HubHttpError, json } from '../respond.js';
import { CURATED_NUMBERS } from '../seed/index.js';
import { dayUsage, type CategoryDay } from '../seed/usage.js';
import type { ChannelRecord, ClientRecord } from '../state.js';

const dayMs = 86_400_000;
/** Usage exists for the 400 days up to today. */
const historyDays = 400;

/** Typical messages per day of a client: varies by client and grows with its number count. */
function volumeOf(ctx: RouteContext, clientId: string): number {
  const index = ctx.state.clients.findIndex((c) => c.id === clientId);
  const numbers = ctx.state.channels.filter((c) => c.client_id === clientId).length;
  return 300 + ((index * 577) % 2300) + Math.min(numbers, CURATED_NUMBERS) * 40;
}

/** A UNIX-seconds query parameter in ms; `fallback` when absent, 400 when not a number. */
function unixParam(ctx: RouteContext, name: string, fallback?: number): number {
  const raw = ctx.url.searchParams.get(name);
  if (raw === null || raw === '') {
    if (fallback === undefined) throw new HubHttpError(400, 'Wrong payload', [`${name}: required`]);
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isFinite(value))
    throw new HubHttpError(400, 'Wrong payload', [`${name}: value is not a valid integer`]);
  return value * 1000;
}

const cents = (minor: number): number => Math.round(minor) / 100;

/**
 * Where a channel's usage sits in its client's: each channel has a weight (by position, earlier
 * numbers busier; numbers never billed none), and takes the slice between the cumulative weights
 * before it and up to it. Splitting every amount by the same slices gives integer shares that add
 * up exactly to the client's.
 */
interface Slice {
  before: number;
  upto: number;
  total: number;
}

/** The slice of each channel of a client, in the order of the state. */
function slices(channels: readonly ChannelRecord[]): Map<string, Slice> {
  const n = channels.length;
  const billed = channels.map((c, i) => (c.billing_started_at ? n - i : 0));
  const weights = billed.some((w) => w > 0) ? billed : channels.map(() => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const out = new Map<string, Slice>();
  let before = 0;
  channels.forEach((channel, i) => {
    const upto = before + weights[i]!;
    out.set(channel.id, { before, upto, total });
    before = upto;
  });
  return out;
}

/** The share of an integer `amount` between two cumulative weights. */
const share = (amount: number, before: number, upto: number, total: number): number =>
  Math.floor((amount * upto) / total) - Math.floor((amount * before) / total);

/** One channel's part of a category-day: paid and free split apart, cost along with paid. */
function part(day: CategoryDay, slice: Slice): CategoryDay {
  const free = day.quantity - day.paid;
  const paid = share(day.paid, slice.before, slice.upto, slice.total);
  const quantity = paid + share(free, slice.before, slice.upto, slice.total);
  const paidBefore = Math.floor((day.paid * slice.before) / slice.total);
  const paidUpto = paidBefore + paid;
  const costMinor = day.paid === 0 ? 0 : share(day.costMinor, paidBefore, paidUpto, day.paid);
  return { quantity, paid, costMinor };
}

/** Query parameters shared by `info/balance` and `info/usage`. */
export interface UsageQuery {
  granularity: 'DAY' | 'MONTH';
  /** First and last day, ms since the epoch (UTC midnight), clamped to the history. */
  start: number;
  end: number;
}

/**
 * Reads `granularity` (default `MONTH`), `start_date` and `end_date` (default today). Without
 * `defaultDays`, `start_date` is required; with it, its absence means the last `defaultDays` days.
 */
export function usageQuery(ctx: RouteContext, defaultDays?: number): UsageQuery {
  const granularity = (ctx.url.searchParams.get('granularity') ?? 'MONTH').toUpperCase();
  if (granularity !== 'DAY' && granularity !== 'MONTH') {
    throw new HubHttpError(400, 'Wrong payload', ['granularity: must be DAY or MONTH']);
  }
  const today = Math.floor(ctx.now / dayMs) * dayMs;
  const first = today - (historyDays - 1) * dayMs;
  const fallback = defaultDays === undefined ? undefined : today - (defaultDays - 1) * dayMs;
  const start = Math.max(first, Math.floor(unixParam(ctx, 'start_date', fallback) / dayMs) * dayMs);
  const end = Math.min(today, unixParam(ctx, 'end_date', today));
  return { granularity, start, end };
}

/**
 * The usage rows of a client (`channel` omitted) or of one of its channels, in the Hub's balance
 * row format: `period_date`, `quantity`, `paid_quantity`, `free_quantity`, `total_price` and per
 * category `<category>_quantity`, `_paid_quantity`, `_price` (only the categories the client
 * uses). A client's rows are the sums of its channels' rows; a client without numbers has none.
 */
export function usageRows(
  ctx: RouteContext,
  client: ClientRecord,
  query: UsageQuery,
  channel?: ChannelRecord,
): Record<string, number | string>[] {
  const currency = ctx.state.balances[client.id]?.currency ?? 'eur';
  const channels = ctx.state.channels.filter((c) => c.client_id === client.id);
  const slice = channel ? slices(channels).get(channel.id) : undefined;
  const volume = volumeOf(ctx, client.id);
  const rows = new Map<string, Record<string, number | string>>();
  for (let day = query.start; day <= query.end; day += dayMs) {
    const date = new Date(day).toISOString().slice(0, 10);
    const period = query.granularity === 'DAY' ? date : `${date.slice(0, 8)}01`;
    const row = rows.get(period) ?? { period_date: `${period}T00:00:00Z` };
    rows.set(period, row);
    if (channels.length === 0) continue;
    const usage = dayUsage(ctx.state.seed, client.id, currency, volume, date);
    for (const [category, whole] of Object.entries(usage.byCategory)) {
      const u = slice ? part(whole, slice) : whole;
      row[`${category}_quantity`] = Number(row[`${category}_quantity`] ?? 0) + u.quantity;
      row[`${category}_paid_quantity`] = Number(row[`${category}_paid_quantity`] ?? 0) + u.paid;
      row[`${category}_minor`] = Number(row[`${category}_minor`] ?? 0) + u.costMinor;
    }
  }
  return [...rows.values()].map((row) => {
    let quantity = 0;
    let paid = 0;
    let total = 0;
    const out: Record<string, number | string> = { period_date: row.period_date! };
    // Only the categories the client used: the newer ones are absent, not zero, for the others.
    const categories = Object.keys(row)
      .filter((key) => key.endsWith('_minor'))
      .map((key) => key.slice(0, -'_minor'.length));
    for (const category of categories) {
      quantity += Number(row[`${category}_quantity`]);
      paid += Number(row[`${category}_paid_quantity`]);
      total += Number(row[`${category}_minor`]);
      out[`${category}_quantity`] = row[`${category}_quantity`]!;
      out[`${category}_paid_quantity`] = row[`${category}_paid_quantity`]!;
      out[`${category}_price`] = cents(Number(row[`${category}_minor`]));
    }
    return {
      ...out,
      quantity,
      paid_quantity: paid,
      free_quantity: quantity - paid,
      total_price: cents(total),
    };
  });
}

/**
 * `GET …/clients/{cid}/channels/{chid}/info/usage`: the usage of one number. Its answer shape is
 * unverified; the emulator answers the balance body's usage rows. No documented rate limit.
 */
export const usageRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/partners/:partner_id/clients/:client_id/channels/:channel_id/info/usage',
    handle(ctx) {
      const client = findClient(ctx, ctx.params.client_id!);
      const channel = findChannel(ctx, ctx.params.channel_id!, client.id);
      const query = usageQuery(ctx);
      const currency = ctx.state.balances[client.id]?.currency ?? 'eur';
      return json({
        currency,
        granularity: query.granularity.toLowerCase(),
        usage: usageRows(ctx, client, query, channel),
      });
    },
  },
];
