import { publicTemplate } from './routes/template-review.js';
import { nextId, type ChannelRecord, type EmulatorState, type TemplateRecord } from './state.js';

/*
 * The partner webhooks (hub-api.md §17): `POST <webhook_url>` with `{id, event, data}`, the
 * envelope of the .NET client. The Hub documents no signature: a partner that wants to know the
 * sender puts a secret in the URL it registers (or has a proxy add a header), which proves only
 * that the sender knows the URL.
 */

/** The channel webhooks the emulator sends; `data` is the channel as the channel list shows it. */
export type ChannelWebhookEvent =
  | 'channel_created'
  | 'channel_submitted'
  | 'channel_ready'
  | 'channel_running'
  | 'cancellation_request'
  | 'cancellation_revoke';

/**
 * The template review webhooks; `data` is the template as the template list shows it (with its
 * `waba_account_id`). Their payload is unverified (docs/api-assumptions.md).
 */
export type TemplateWebhookEvent = 'waba_template_approved' | 'waba_template_rejected';

/** A webhook event the emulator sends. */
export type WebhookEventName = ChannelWebhookEvent | TemplateWebhookEvent;

/** The body of one webhook request. Redeliveries of an event keep its `id`. */
export interface WebhookEvent {
  id: string;
  event: WebhookEventName;
  data: Record<string, unknown>;
}

/** How one webhook is being delivered, for tests and debugging. */
export interface WebhookDeliveryRecord {
  id: string;
  event: WebhookEventName;
  /** The URL it goes to, as registered when the event happened. */
  url: string;
  /** Attempts made so far. */
  attempts: number;
  /** Status of the last answer; `undefined` before one, and after a network error or time-out. */
  status: number | undefined;
  /** `pending` while sending or waiting to retry, then `delivered` (a 2xx) or `failed` (gave up). */
  outcome: 'pending' | 'delivered' | 'failed';
}

/** Retries and time-out of webhook delivery. */
export interface WebhookDeliveryOptions {
  /** Attempts per event, the first included. Default `5`. */
  attempts?: number;
  /** Wait before the first retry, doubled before each next one, in ms. Default `500`. */
  retryDelayMs?: number;
  /** How long one attempt may take before it counts as failed, in ms. Default `5000`. */
  timeoutMs?: number;
}

/** The webhook events of the statuses a number walks through after it is created. */
const STATUS_EVENTS: Partial<Record<string, ChannelWebhookEvent>> = {
  submitted: 'channel_submitted',
  ready: 'channel_ready',
  running: 'channel_running',
};

/** The webhook announcing that a number reached `status`, if the Hub sends one for it. */
export function statusEvent(status: string): ChannelWebhookEvent | undefined {
  return STATUS_EVENTS[status];
}

/** Where state changes report the webhooks they cause. */
export interface WebhookEmitter {
  channel(event: ChannelWebhookEvent, channel: ChannelRecord): void;
  template(event: TemplateWebhookEvent, template: TemplateRecord): void;
}

/** The emulator's outgoing webhooks (`emulator.webhooks`). */
export interface EmulatorWebhooks {
  /** Every webhook queued so far, oldest first (the last 1,000). */
  readonly deliveries: readonly WebhookDeliveryRecord[];
  /** Resolves once every queued webhook is delivered or given up. */
  idle(): Promise<void>;
}

const MAX_RECORDS = 1_000;

/** A timer that does not keep a Node process alive (browsers have no `unref`). */
export function backgroundTimer(ms: number, callback: () => void): ReturnType<typeof setTimeout> {
  // Past 2^31 - 1 ms, timers fire at once.
  const timer = setTimeout(callback, Math.min(Math.max(ms, 0), 2_147_483_647));
  (timer as { unref?: () => void }).unref?.();
  return timer;
}

/**
 * Sends webhooks to the URL in the state. Events about one channel (or one WABA's templates) are
 * delivered one after another in the order they happened; a slow or failing endpoint never holds
 * up the emulator's answers, only the later events of the same channel.
 */
export class WebhookSender implements WebhookEmitter, EmulatorWebhooks {
  readonly deliveries: WebhookDeliveryRecord[] = [];
  readonly #state: EmulatorState;
  readonly #deliver: (request: Request) => Promise<Response>;
  readonly #headers: Record<string, string>;
  readonly #attempts: number;
  readonly #retryDelayMs: number;
  readonly #timeoutMs: number;
  readonly #chains = new Map<string, Promise<void>>();
  readonly #closed = new AbortController();

  constructor(
    state: EmulatorState,
    options: {
      deliver?: (request: Request) => Promise<Response>;
      headers?: Record<string, string>;
      delivery?: WebhookDeliveryOptions;
    },
  ) {
    this.#state = state;
    // Looked up per call, so a test's stubbed global fetch is used.
    this.#deliver = options.deliver ?? ((request) => fetch(request));
    this.#headers = options.headers ?? {};
    this.#attempts = Math.max(1, options.delivery?.attempts ?? 5);
    this.#retryDelayMs = options.delivery?.retryDelayMs ?? 500;
    this.#timeoutMs = options.delivery?.timeoutMs ?? 5_000;
  }

  channel(event: ChannelWebhookEvent, channel: ChannelRecord): void {
    this.#send(event, channel as unknown as Record<string, unknown>, channel.id);
  }

  template(event: TemplateWebhookEvent, template: TemplateRecord): void {
    this.#send(event, publicTemplate(template), template.waba_account_id);
  }

  async idle(): Promise<void> {
    // Deliveries may queue more while we wait.
    while (this.#chains.size > 0) await Promise.all(this.#chains.values());
  }

  /** Stops sending: waiting retries are given up, attempts in flight aborted. */
  close(): void {
    this.#closed.abort();
  }

  #send(event: WebhookEventName, data: Record<string, unknown>, key: string): void {
    const url = this.#state.webhookUrl;
    if (!url || this.#closed.signal.aborted) return;
    const id = nextId(this.#state, 'EV');
    // Serialized now: the record changes on, the event tells what it was.
    const body = JSON.stringify({ id, event, data } satisfies WebhookEvent);
    const record: WebhookDeliveryRecord = {
      id,
      event,
      url,
      attempts: 0,
      status: undefined,
      outcome: 'pending',
    };
    this.deliveries.push(record);
    if (this.deliveries.length > MAX_RECORDS) this.deliveries.shift();
    const chain = (this.#chains.get(key) ?? Promise.resolve()).then(() =>
      this.#deliverWithRetries(record, body),
    );
    this.#chains.set(key, chain);
    void chain.then(() => {
      if (this.#chains.get(key) === chain) this.#chains.delete(key);
    });
  }

  async #deliverWithRetries(record: WebhookDeliveryRecord, body: string): Promise<void> {
    for (;;) {
      if (this.#closed.signal.aborted) break;
      record.attempts += 1;
      record.status = await this.#attempt(record.url, body);
      if (record.status !== undefined && record.status >= 200 && record.status < 300) {
        record.outcome = 'delivered';
        return;
      }
      if (record.attempts >= this.#attempts) break;
      await this.#pause(this.#retryDelayMs * 2 ** (record.attempts - 1));
    }
    record.outcome = 'failed';
  }

  /** One POST; the answer's status, or `undefined` for a network error or time-out. */
  async #attempt(url: string, body: string): Promise<number | undefined> {
    const controller = new AbortController();
    const abort = () => controller.abort();
    this.#closed.signal.addEventListener('abort', abort);
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const request = new Request(url, {
        method: 'POST',
        headers: { ...this.#headers, 'content-type': 'application/json' },
        body,
        signal: controller.signal,
      });
      // Raced as well as aborted: a `deliver` hook may not watch the signal.
      const timedOut = new Promise<never>((_, reject) => {
        timer = backgroundTimer(this.#timeoutMs, () => {
          controller.abort();
          reject(new Error('timed out'));
        });
      });
      const response = await Promise.race([this.#deliver(request), timedOut]);
      // Only the status matters; the body is let go so the connection is freed.
      await response.body?.cancel().catch(() => undefined);
      return response.status;
    } catch {
      return undefined;
    } finally {
      clearTimeout(timer);
      this.#closed.signal.removeEventListener('abort', abort);
    }
  }

  #pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = backgroundTimer(ms, () => {
        this.#closed.signal.removeEventListener('abort', done);
        resolve();
      });
      this.#closed.signal.addEventListener('abort', done, { once: true });
    });
  }
}
