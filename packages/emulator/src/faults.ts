import { createRandom, type Random } from './random.js';
import { HubHttpError } from './respond.js';

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

/** The longest delay a rule sent over HTTP may ask for, in ms. */
export const MAX_FAULT_LATENCY_MS = 60_000;
/** The most rules one `PUT /__emulator/faults` may set. */
export const MAX_FAULT_RULES = 100;

const rateKeys = ['errorRate', 'dropRate', 'malformedRate', 'schemaBreakRate'] as const;
const countKeys = ['rateLimitBurst', 'times'] as const;
const ruleKeys = new Set<string>([
  'route',
  'latencyMs',
  'errorStatus',
  'retryAfterSeconds',
  ...rateKeys,
  ...countKeys,
]);

const isLatency = (value: unknown): value is number =>
  typeof value === 'number' &&
  Number.isFinite(value) &&
  value >= 0 &&
  value <= MAX_FAULT_LATENCY_MS;

/** The problems of one rule sent as JSON, each as `[index].field: message`. */
function ruleIssues(rule: unknown, at: string): string[] {
  if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) {
    return [`${at}: must be an object`];
  }
  const fields = rule as Record<string, unknown>;
  const issues = Object.keys(fields)
    .filter((key) => !ruleKeys.has(key))
    .map((key) => `${at}.${key}: is not a fault rule field`);
  const { route, latencyMs, errorStatus, retryAfterSeconds } = fields;
  if (route !== undefined && (typeof route !== 'string' || route === '')) {
    issues.push(`${at}.route: must be a route ID such as "GET /partners/:partner_id/channels"`);
  }
  if (
    latencyMs !== undefined &&
    !isLatency(latencyMs) &&
    !(
      Array.isArray(latencyMs) &&
      latencyMs.length === 2 &&
      isLatency(latencyMs[0]) &&
      isLatency(latencyMs[1]) &&
      latencyMs[0] <= latencyMs[1]
    )
  ) {
    issues.push(
      `${at}.latencyMs: must be a number of ms from 0 to ${MAX_FAULT_LATENCY_MS}, or [min, max]`,
    );
  }
  for (const key of rateKeys) {
    const value = fields[key];
    if (value !== undefined && !(typeof value === 'number' && value >= 0 && value <= 1)) {
      issues.push(`${at}.${key}: must be a number from 0 to 1`);
    }
  }
  for (const key of countKeys) {
    const value = fields[key];
    if (value !== undefined && !(Number.isSafeInteger(value) && (value as number) >= 0)) {
      issues.push(`${at}.${key}: must be a whole number, 0 or more`);
    }
  }
  if (
    errorStatus !== undefined &&
    !(
      Number.isInteger(errorStatus) &&
      (errorStatus as number) >= 400 &&
      (errorStatus as number) <= 599
    )
  ) {
    issues.push(`${at}.errorStatus: must be an HTTP error status from 400 to 599`);
  }
  if (
    retryAfterSeconds !== undefined &&
    !(Number.isSafeInteger(retryAfterSeconds) && (retryAfterSeconds as number) >= 0)
  ) {
    issues.push(`${at}.retryAfterSeconds: must be a whole number of seconds, 0 or more`);
  }
  return issues;
}

/**
 * Fault rules received as JSON (`PUT /__emulator/faults`), checked field by field: an array of
 * at most {@link MAX_FAULT_RULES} objects with only the {@link FaultRule} fields, string routes
 * (a RegExp cannot travel as JSON), rates in [0, 1], whole counts, error statuses 400–599 and
 * delays up to {@link MAX_FAULT_LATENCY_MS}. Anything else is a 400 naming each problem.
 */
export function parseFaultRules(input: unknown): FaultRule[] {
  if (!Array.isArray(input)) {
    throw new HubHttpError(400, 'Wrong payload', ['body: must be a JSON array of fault rules']);
  }
  if (input.length > MAX_FAULT_RULES) {
    throw new HubHttpError(400, 'Wrong payload', [`body: at most ${MAX_FAULT_RULES} fault rules`]);
  }
  const issues = input.flatMap((rule, i) => ruleIssues(rule, `[${i}]`));
  if (issues.length > 0) throw new HubHttpError(400, 'Wrong payload', issues);
  return input as FaultRule[];
}
