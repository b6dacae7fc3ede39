import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { ref } from 'lit/directives/ref.js';
import { deepActiveElement, trapTab } from './focus-trap.js';

/** How a dialog ended: its action confirmed (and, with an `action`, done), or dismissed. */
export type DialogChoice = 'confirm' | 'dismiss';

/** What a dialog's body may hold. */
export type DialogContent = TemplateResult | string | typeof nothing;

/** What {@link DialogController.open} asks. Every text is already translated by the element. */
export type DialogRequest = DialogText & (DialogAction | { action?: undefined });

/** The words of a dialog and where the focus returns. */
export interface DialogText {
  /** The question, e.g. `Delete “welcome”?`; it names the dialog. */
  title: string;
  /**
   * What happens if the user confirms; it describes the dialog. A function is called on every
   * render, for a body that shows the element's state (a form field and its error).
   */
  body?: DialogContent | (() => DialogContent);
  /** The confirm button, e.g. `Delete template`; it says what happens. */
  confirmLabel: string;
  /** The safe button, e.g. `Cancel` or `Keep`; it has the focus when the dialog opens. */
  cancelLabel: string;
  /** `danger` (the default) for an action that destroys or cannot be undone; else `primary`. */
  tone?: 'danger' | 'primary';
  /** Where the focus returns on closing; by default the element focused when the dialog opened. */
  trigger?: HTMLElement;
}

/**
 * Work done inside the dialog when the user confirms. Without it the dialog closes at once and
 * the element acts on the `confirm` choice.
 */
export interface DialogAction {
  /**
   * Runs with the dialog still open and busy (buttons inactive, Escape ignored), so its outcome
   * is seen where it was asked for. The dialog closes when it resolves; resolving `false` keeps it
   * open (a form field asks for a correction); a rejection is shown in the dialog and the user can
   * try again or dismiss.
   */
  action: () => unknown;
  /** The confirm button's text while `action` runs, e.g. `Deleting…`. */
  busyLabel: string;
  /** The sentence shown in the dialog when `action` rejects. */
  failure: (error: unknown) => string;
}

interface OpenDialog {
  request: DialogRequest;
  resolve: (choice: DialogChoice) => void;
  trigger: HTMLElement | null;
  busy: boolean;
  error: string;
}

let dialogCount = 0;

/**
 * A modal dialog that asks the user to confirm an action: a native `<dialog>` shown with
 * `showModal()`, so the page behind it is inert and Escape dismisses it. The focus starts on the
 * safe button (or on a body control with `autofocus`), Tab stays inside, and the focus returns to
 * the button that opened it. The element renders {@link DialogController.render} once in its
 * template and adds `dialogStyles` (from `dialog.styles.ts`) to its styles; `open()` returns a
 * promise of the user's choice.
 *
 * Parts: `dialog` (or the name given), `dialog-title`, `dialog-body`, `dialog-error`,
 * `dialog-actions`.
 *
 * @example
 * ```ts
 * private readonly confirm = new DialogController(this);
 * render() { return html`…${this.confirm.render()}`; }
 * const choice = await this.confirm.open({ title, body, confirmLabel, cancelLabel });
 * ```
 */
export class DialogController implements ReactiveController {
  private current: OpenDialog | undefined;
  private element: HTMLDialogElement | undefined;
  private readonly id = `hub-dialog-${++dialogCount}`;

  /**
   * @param host - The element; the controller adds itself to it.
   * @param part - The `<dialog>`'s part name, `dialog` by default.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly part = 'dialog',
  ) {
    host.addController(this);
  }

  /**
   * Opens the dialog and resolves with the user's choice once it has closed. A dialog still open
   * is dismissed first.
   */
  open(request: DialogRequest): Promise<DialogChoice> {
    this.finish('dismiss');
    return new Promise((resolve) => {
      const trigger = request.trigger ?? deepActiveElement();
      this.current = { request, resolve, trigger, busy: false, error: '' };
      this.host.requestUpdate();
    });
  }

  /** The dialog while it is open; render it once, anywhere in the element's template. */
  render(): TemplateResult | typeof nothing {
    const current = this.current;
    if (!current) return nothing;
    const { request, busy, error } = current;
    const body = typeof request.body === 'function' ? request.body() : request.body;
    const inactive = busy ? 'true' : 'false';
    return html`<dialog
      ${ref(this.bind)}
      class="dialog"
      part=${this.part}
      aria-labelledby="${this.id}-title"
      aria-describedby=${body ? `${this.id}-body` : nothing}
      aria-busy=${inactive}
      @keydown=${trapTab}
      @cancel=${this.onCancel}
      @close=${this.onClose}
    >
      <form method="dialog" @submit=${this.onSubmit}>
        <h2 class="dialog-title" part="dialog-title" id="${this.id}-title">${request.title}</h2>
        ${
          body
            ? html`<div class="dialog-body" part="dialog-body" id="${this.id}-body">${body}</div>`
            : nothing
        }
        ${
          error
            ? html`<p class="dialog-error" part="dialog-error" role="alert">${error}</p>`
            : nothing
        }
        <div class="dialog-actions" part="dialog-actions">
          <button
            type="button"
            class="btn"
            autofocus
            aria-disabled=${inactive}
            @click=${() => !current.busy && this.finish('dismiss')}
          >
            ${request.cancelLabel}
          </button>
          <button
            type="submit"
            class="btn ${request.tone === 'primary' ? 'btn-primary' : 'btn-danger'}"
            aria-disabled=${inactive}
          >
            ${busy && request.action ? request.busyLabel : request.confirmLabel}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  hostUpdated(): void {
    if (this.current && this.element?.isConnected && !this.element.open) this.element.showModal();
  }

  hostDisconnected(): void {
    this.finish('dismiss');
  }

  private bind = (element: Element | undefined) => {
    this.element = element as HTMLDialogElement | undefined;
  };

  // The confirm button and Enter in a body field both submit.
  private onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const current = this.current;
    if (!current || current.busy) return;
    if (current.request.action) void this.run(current, current.request);
    else this.finish('confirm');
  };

  private async run(dialog: OpenDialog, { action, failure }: DialogAction): Promise<void> {
    this.update(dialog, { busy: true, error: '' });
    try {
      const outcome = await action();
      this.update(dialog, { busy: false });
      if (outcome !== false) this.finish('confirm', dialog);
    } catch (error) {
      this.update(dialog, { busy: false, error: failure(error) });
    }
  }

  // Escape: ignored while the action runs, so its outcome is not lost.
  private onCancel = (event: Event) => {
    if (this.current?.busy) event.preventDefault();
  };

  // A close the controller did not start (Escape) dismisses. The event comes a task after the
  // close, when a dialog opened since may already be showing in the same element.
  private onClose = () => {
    if (!this.element?.open) this.finish('dismiss');
  };

  private update(dialog: OpenDialog, change: Partial<Pick<OpenDialog, 'busy' | 'error'>>) {
    Object.assign(dialog, change);
    this.host.requestUpdate();
  }

  /** Closes `dialog` (the open one by default), returns the focus and settles its promise. */
  private finish(choice: DialogChoice, dialog = this.current): void {
    if (!dialog || dialog !== this.current) return;
    this.current = undefined;
    if (this.element?.open) this.element.close();
    this.host.requestUpdate();
    if (dialog.trigger?.isConnected) dialog.trigger.focus();
    dialog.resolve(choice);
  }
}
