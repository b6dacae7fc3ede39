import type { EmulatorOptions, ResolvedOptions } from './options.js';
import { advanceSignups, nextSignupStepAt } from './routes/sharing.js';
import { nextReviewAt, settleReviews } from './routes/template-review.js';
import type { EmulatorState } from './state.js';
import { backgroundTimer, WebhookSender, type WebhookEmitter } from './webhooks.js';

/**
 * What changes by itself as time passes: numbers created on the hosted pages walk through their
 * statuses, new and edited templates get their review. Applied before every request; while a
 * webhook URL is registered, also on a timer at the next change due, so the partner hears of it
 * without anyone asking the emulator.
 */
export class Progressions {
  readonly #state: EmulatorState;
  readonly #options: ResolvedOptions;
  readonly #webhooks: WebhookEmitter;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #closed = false;

  constructor(state: EmulatorState, options: ResolvedOptions, webhooks: WebhookEmitter) {
    this.#state = state;
    this.#options = options;
    this.#webhooks = webhooks;
  }

  /** Applies the changes due by `now`. */
  apply(now: number): void {
    const moved = advanceSignups(this.#state, now, this.#webhooks);
    const reviewed = settleReviews(this.#state.templates, now, this.#webhooks);
    if (moved || reviewed) this.#options.onChange?.(this.#state);
  }

  /**
   * Arms the timer for the next change due. Only while webhooks go out: otherwise applying
   * changes before each request shows clients the same.
   */
  schedule(now: number): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#closed || !this.#state.webhookUrl) return;
    const due = [nextSignupStepAt(this.#state), nextReviewAt(this.#state.templates)].filter(
      (at) => at !== undefined,
    );
    if (due.length > 0) this.#timer = backgroundTimer(Math.min(...due) - now, this.advance);
  }

  /** Applies what is due by the clock now and arms the timer for what comes next. */
  readonly advance = (): void => {
    const now = this.#options.now();
    this.apply(now);
    this.schedule(now);
  };

  close(): void {
    this.#closed = true;
    clearTimeout(this.#timer);
  }
}

/**
 * The webhook sender of an emulator, registering `options.webhookUrl` in the state first (it
 * replaces a URL a data file holds). Throws for a URL that is not http(s).
 */
export function webhookSender(
  state: EmulatorState,
  options: EmulatorOptions,
  onChange: ResolvedOptions['onChange'],
): WebhookSender {
  if (options.webhookUrl !== undefined && options.webhookUrl !== state.webhookUrl) {
    if (!/^https?:$/.test(new URL(options.webhookUrl).protocol)) {
      throw new TypeError(`webhookUrl must be an http(s) URL, got ${options.webhookUrl}`);
    }
    state.webhookUrl = options.webhookUrl;
    onChange?.(state);
  }
  return new WebhookSender(state, {
    ...(options.deliverWebhook ? { deliver: options.deliverWebhook } : {}),
    ...(options.webhookHeaders ? { headers: options.webhookHeaders } : {}),
    ...(options.webhookDelivery ? { delivery: options.webhookDelivery } : {}),
  });
}
