import type { FaultRule } from './faults.js';
import type { EmulatorState } from './state.js';
import type { WebhookDeliveryOptions } from './webhooks.js';

/** The demo partner every seeded record belongs to. */
export const DEMO_PARTNER_ID = 'hubDemoPA';
/** The partner API key the emulator accepts by default (as `X-API-Key`). */
export const DEMO_API_KEY = 'hub_demo_0123456789abcdef';
/** Login for `POST /api/v2/token`, which returns a Bearer token. */
export const DEMO_USERNAME = 'demo@partner.example';
/** Password for {@link DEMO_USERNAME}. */
export const DEMO_PASSWORD = 'hub-demo-password';

/** Options of `createEmulator`. Every one is optional; the defaults give the demo world. */
export interface EmulatorOptions {
  /** Seed of the generated data and of fault draws. Default `42`. */
  seed?: number;
  /** Total number of phone numbers; above the curated ~20, more are generated (e.g. `10000`). */
  numbers?: number;
  /** Partner ID the data belongs to. Default {@link DEMO_PARTNER_ID}. */
  partnerId?: string;
  /** Accepted `X-API-Key`. Default {@link DEMO_API_KEY}. */
  apiKey?: string;
  /** Accepted `POST /token` login. Defaults {@link DEMO_USERNAME} / {@link DEMO_PASSWORD}. */
  username?: string;
  password?: string;
  /** Lifetime of issued Bearer tokens in seconds. Default `86400` (a day). */
  tokenTtlSeconds?: number;
  /** How long a new template stays `pending` before its review outcome, in ms. Default `5000`. */
  templateReviewDelayMs?: number;
  /** Enforce the rate limits the reference documents (429 with `Retry-After`). Default `true`. */
  rateLimits?: boolean;
  /** Fault-injection rules; change them later through `emulator.faults`. */
  faults?: FaultRule[];
  /** The clock, in ms since the epoch. Default `Date.now`. Usage data ends "today" by this clock. */
  now?: () => number;
  /** Start from this state instead of the seed (e.g. loaded from a data file). */
  state?: EmulatorState;
  /** Called after every change to the state, e.g. to persist it. */
  onChange?: (state: EmulatorState) => void;
  /**
   * The partner's webhook URL, as if registered through the API (replacing one in `state`). The
   * emulator posts its webhooks there (`{id, event, data}`) as its state changes: new numbers'
   * statuses, cancellations, template reviews. A shared secret goes in the URL
   * (`https://partner.example/hub-webhooks?secret=…`), as a partner registers it with the Hub.
   */
  webhookUrl?: string;
  /**
   * Headers added to every webhook request: the Hub sends none, but a proxy in front of the
   * partner may add one (e.g. a shared secret).
   */
  webhookHeaders?: Record<string, string>;
  /**
   * Sends one webhook request; default: the global `fetch`. Give a fetch-style handler to deliver
   * without a network (tests, Storybook), e.g. `(request) => webhooks.handle(request)`.
   */
  deliverWebhook?: (request: Request) => Promise<Response>;
  /** Retries and time-out of webhook delivery. */
  webhookDelivery?: WebhookDeliveryOptions;
}

/** {@link EmulatorOptions} with defaults filled in. */
export type ResolvedOptions = Required<
  Omit<
    EmulatorOptions,
    | 'state'
    | 'onChange'
    | 'faults'
    | 'numbers'
    | 'webhookUrl'
    | 'webhookHeaders'
    | 'deliverWebhook'
    | 'webhookDelivery'
  >
> &
  Pick<EmulatorOptions, 'onChange' | 'numbers'>;

/** Fills in defaults. */
export function resolveOptions(options: EmulatorOptions): ResolvedOptions {
  return {
    seed: options.seed ?? 42,
    numbers: options.numbers,
    partnerId: options.partnerId ?? DEMO_PARTNER_ID,
    apiKey: options.apiKey ?? DEMO_API_KEY,
    username: options.username ?? DEMO_USERNAME,
    password: options.password ?? DEMO_PASSWORD,
    tokenTtlSeconds: options.tokenTtlSeconds ?? 86_400,
    templateReviewDelayMs: options.templateReviewDelayMs ?? 5_000,
    rateLimits: options.rateLimits ?? true,
    now: options.now ?? Date.now,
    onChange: options.onChange,
  };
}
