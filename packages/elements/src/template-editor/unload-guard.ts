import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Asks the browser to confirm leaving the page (reload, close, another address) while `unsaved()`
 * is true, for as long as the element is on the page. Navigation inside the portal is the
 * portal's to guard (the editor's `requestLeave()`).
 */
export class UnloadGuard implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly unsaved: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeunload', this.onBeforeUnload);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  private onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.unsaved()) return;
    event.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = '';
  };
}
