import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { templateReviewSettled, type MessageTemplate } from '@hub/core';

/** What a {@link ReviewPoller} needs from its element. */
export interface ReviewPollerOptions {
  /** Milliseconds between two reads. */
  interval: () => number;
  /** Called with every newer read of the template watched. */
  changed: (template: MessageTemplate) => void;
}

/**
 * Follows a submitted template until its review settles (`@hub/core`'s `templateReviewSettled`):
 * reads it again every `interval`, hands each read to `changed`, and stops on its own when the
 * status is final, when told to, or when the element leaves the page. A failed read is tried
 * again at the next tick.
 */
export class ReviewPoller implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private watching = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ReviewPollerOptions,
  ) {
    host.addController(this);
  }

  /** Starts following `template`, read again with `read`; any earlier watch ends. */
  watch(template: MessageTemplate, read: () => Promise<MessageTemplate>): void {
    this.stop();
    const watch = this.watching;
    const next = (current: MessageTemplate) => {
      if (templateReviewSettled(current.status)) return;
      this.timer = setTimeout(() => {
        read().then(
          (template) => {
            if (watch !== this.watching) return;
            this.options.changed(template);
            next(template);
          },
          () => watch === this.watching && next(current),
        );
      }, this.options.interval());
    };
    next(template);
  }

  /** Stops following; a read on its way is ignored. */
  stop(): void {
    clearTimeout(this.timer);
    this.watching++;
  }

  hostDisconnected(): void {
    this.stop();
  }
}
