import { createRandom, type Random } from './random.js';

/**
 * One fault-injection rule. Rates are probabilities in [0, 1], drawn from a seeded source, so a
 * run with the same seed and the same requests fails the same way.
 */
export interface FaultRule {
  /**
   * Which requests: a route ID such as `'POST /partners/:partner_id/waba_accounts/:waba_account_id/waba_templates'`
   * or `'POST /whatsapp_business_profile'` (Messaging API), or a RegExp tested against
   * `'METHOD /whole/request/path'` (e.g. `'GET /api/v2/partners/…/channels'`). Omitted: every request.
   */
  route?: string | RegExp;
  /** Delay before answering, in ms; `[min, max]` for a random delay. */
  latencyMs?: number | [number, number];
  /** Share of requests answered with `errorStatus` before the route runs. */
  errorRate?: number;
  /** Status of injected errors. Default `500`. */
  errorStatus?: number;
  /** The next N matching requests answer 429 with `Retry-After`. */
  rateLimitBurst?: number;
  /** `Retry-After` of injected 429s, in seconds. Default `1`. */
  retryAfterSeconds?: number;
  /**
   * Share of requests whose connection drops after the route ran: the change happened but the
   * client never hears about it (the case that makes retrying a create dangerous).
   */
  dropRate?: number;
  /** Share of answers whose JSON body is cut off mid-way. */
  malformedRate?: number;
  /** Share of answers whose body is valid JSON in the wrong shape (an `id` becomes `null`). */
  schemaBreakRate?: number;
  /** Apply to the first N matching requests only. Default: no limit. */
  times?: number;
}

/** What happens to one request. */
export interface FaultPlan {
  latencyMs: number;
  before: { status: number; retryAfter?: number } | undefined;
  after: 'drop' | 'malformed' | 'schema_break' | undefined;
}

interface ActiveRule {
  rule: FaultRule;
  burstLeft: number;
  timesLeft: number;
}

/** Thrown (and turned into a network failure by each host) when a fault drops the connection. */
export class DroppedConnection extends Error {
  constructor() {
    super('Connection dropped by emulator fault injection');
  }
}

/** Holds the fault rules of an emulator and decides the fate of each request. */
export class FaultInjector {
  #rules: ActiveRule[] = [];
  readonly #random: Random;

  constructor(seed: number, rules: readonly FaultRule[] = []) {
    this.#random = createRandom(seed ^ 0x5eed);
    this.set(rules);
  }

  /** Replaces every rule. */
  set(rules: readonly FaultRule[]): void {
    this.#rules = rules.map((rule) => ({
      rule,
      burstLeft: rule.rateLimitBurst ?? 0,
      timesLeft: rule.times ?? Number.POSITIVE_INFINITY,
    }));
  }

  /** Adds one rule after the existing ones. */
  add(rule: FaultRule): void {
    this.#rules.push({
      rule,
      burstLeft: rule.rateLimitBurst ?? 0,
      timesLeft: rule.times ?? Number.POSITIVE_INFINITY,
    });
  }

  /** Removes every rule. */
  clear(): void {
    this.#rules = [];
  }

  /** Draws the faults for a request to `routeId` (`METHOD /pattern`) at `path`. */
  plan(routeId: string, method: string, path: string): FaultPlan {
    const plan: FaultPlan = { latencyMs: 0, before: undefined, after: undefined };
    for (const active of this.#rules) {
      const { rule } = active;
      const matches =
        rule.route === undefined ||
        (typeof rule.route === 'string'
          ? rule.route === routeId
          : rule.route.test(`${method} ${path}`));
      if (!matches || active.timesLeft <= 0) continue;
      active.timesLeft -= 1;
      const latency = rule.latencyMs ?? 0;
      plan.latencyMs += Array.isArray(latency)
        ? latency[0] + this.#random.next() * (latency[1] - latency[0])
        : latency;
      if (!plan.before && active.burstLeft > 0) {
        active.burstLeft -= 1;
        plan.before = { status: 429, retryAfter: rule.retryAfterSeconds ?? 1 };
      }
      if (!plan.before && this.#draw(rule.errorRate))
        plan.before = { status: rule.errorStatus ?? 500 };
      if (!plan.after && this.#draw(rule.dropRate)) plan.after = 'drop';
      if (!plan.after && this.#draw(rule.malformedRate)) plan.after = 'malformed';
      if (!plan.after && this.#draw(rule.schemaBreakRate)) plan.after = 'schema_break';
    }
    return plan;
  }

  #draw(rate: number | undefined): boolean {
    return rate !== undefined && rate > 0 && this.#random.next() < rate;
  }
}

/** Cuts a JSON body in half so it no longer parses. */
export function malformBody(text: string): string {
  return text.slice(0, Math.max(1, Math.floor(text.length / 2)));
}

/** Breaks the shape of a JSON body: the first `id` found becomes `null` (or the first field, if none). */
export function breakSchema(body: unknown): unknown {
  const copy = structuredClone(body) as unknown;
  const queue: unknown[] = [copy];
  while (queue.length > 0) {
    const node = queue.shift();
    if (node && typeof node === 'object') {
      if (!Array.isArray(node) && 'id' in node) {
        (node as Record<string, unknown>).id = null;
        return copy;
      }
      queue.push(...Object.values(node));
    }
  }
  if (copy && typeof copy === 'object' && !Array.isArray(copy)) {
    const first = Object.keys(copy)[0];
    if (first !== undefined) (copy as Record<string, unknown>)[first] = null;
    return copy;
  }
  return { unexpected: copy };
}
