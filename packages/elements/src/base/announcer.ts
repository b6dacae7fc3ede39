import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * A polite live region for an element's announcements ("Number cancelled", "3 results"). Render
 * `announcer.region()` once in the element's template, then call `announce(text)`.
 */
export class Announcer implements ReactiveController {
  private message = '';
  private clearTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Announces `text` to screen readers (repeating the same text announces it again). */
  announce(text: string): void {
    // Emptying the region first makes screen readers read a repeated message again.
    this.message = '';
    this.host.requestUpdate();
    requestAnimationFrame(() => {
      this.message = text;
      this.host.requestUpdate();
      clearTimeout(this.clearTimer);
      this.clearTimer = setTimeout(() => {
        this.message = '';
        this.host.requestUpdate();
      }, 7000);
    });
  }

  /** The text currently in the region (tests read it). */
  get text(): string {
    return this.message;
  }

  /** The live region; it must be in the DOM before the first announcement. */
  region() {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      ${this.message}
    </div>`;
  }

  hostDisconnected(): void {
    clearTimeout(this.clearTimer);
  }
}
