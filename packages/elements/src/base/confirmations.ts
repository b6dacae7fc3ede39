import { html, nothing, type ReactiveControllerHost } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { Announcer } from './announcer.js';

/** How a confirmation reads: a completed action, a plain fact, or a failure. */
export type ConfirmationTone = 'success' | 'neutral' | 'danger';

/** One visible confirmation of something that happened. */
export interface Confirmation {
  tone: ConfirmationTone;
  text: string;
  /** An action offered with it, such as "Undo". */
  action?: { label: string; run: () => void };
  /**
   * What the confirmation is about (e.g. a number ID): a newer confirmation with the same subject
   * replaces the older one instead of stacking under it.
   */
  subject?: string;
}

interface Shown extends Confirmation {
  id: number;
}

/** Options of {@link ConfirmationController}. */
export interface ConfirmationOptions {
  /** The most confirmations shown at once; the oldest goes first. Default 3. */
  limit?: number;
}

/**
 * The one way elements tell a user that an action completed (or failed): a short message that is
 * both seen (inline, at the top of the element, never over the partner's page) and announced
 * politely to screen readers, dismissible, and bounded so a busy user never builds a wall of
 * them. Render `confirmations.render(dismissLabel)` where the messages belong; call `show()`.
 */
export class ConfirmationController {
  private shown: readonly Shown[] = [];
  private nextId = 1;
  private readonly limit: number;
  private readonly announcer: Announcer;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: ConfirmationOptions = {},
  ) {
    this.limit = Math.max(1, options.limit ?? 3);
    this.announcer = new Announcer(host);
  }

  /** Shows `confirmation` and announces its text. */
  show(confirmation: Confirmation): void {
    const kept = this.shown.filter(
      (c) => confirmation.subject === undefined || c.subject !== confirmation.subject,
    );
    this.shown = [...kept, { ...confirmation, id: this.nextId++ }].slice(-this.limit);
    this.announcer.announce(confirmation.text);
    this.host.requestUpdate();
  }

  /** Removes the confirmations about `subject`, or every one without an argument. */
  dismiss(subject?: string): void {
    const next = subject === undefined ? [] : this.shown.filter((c) => c.subject !== subject);
    if (next.length === this.shown.length) return;
    this.shown = next;
    this.host.requestUpdate();
  }

  /** The confirmations on screen, oldest first. */
  get current(): readonly Confirmation[] {
    return this.shown;
  }

  /** Screen-reader text only: for announcements that need no visible trace (a result count). */
  announce(text: string): void {
    this.announcer.announce(text);
  }

  /**
   * The live region and the visible list. `dismissLabel` names the close button of each message
   * (already translated by the element).
   */
  render(dismissLabel: string) {
    return html`${this.announcer.region()}${
      this.shown.length === 0
        ? nothing
        : html`<div class="confirmations" part="confirmations">
            ${repeat(
              this.shown,
              (c) => c.id,
              (c) => this.renderOne(c, dismissLabel),
            )}
          </div>`
    }`;
  }

  private renderOne(confirmation: Shown, dismissLabel: string) {
    const { action } = confirmation;
    return html`<div class="confirmation" part="confirmation" data-tone=${confirmation.tone}>
      <p>${confirmation.text}</p>
      ${
        action
          ? html`<button
              type="button"
              class="btn"
              part="confirmation-action"
              @click=${() => {
                this.remove(confirmation.id);
                action.run();
              }}
            >
              ${action.label}
            </button>`
          : nothing
      }
      <button
        type="button"
        class="btn btn-ghost"
        part="confirmation-dismiss"
        @click=${() => this.remove(confirmation.id)}
      >
        ${dismissLabel}
      </button>
    </div>`;
  }

  private remove(id: number): void {
    this.shown = this.shown.filter((c) => c.id !== id);
    this.host.requestUpdate();
  }
}
