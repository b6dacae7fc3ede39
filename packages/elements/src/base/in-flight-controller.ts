import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HubClient, NumberChangeKind } from '@hub/core';

/**
 * Keeps an element up to date with which numbers have a change on its way. Core owns that fact
 * (`client.numbers.inFlight`), so a list and the details of a number show the same number as busy,
 * whichever of them started the change; the number itself, as the change will leave it, is in the
 * cache already.
 */
export class HubInFlightController implements ReactiveController {
  private current: { client: HubClient; unsubscribe: () => void } | undefined;

  /**
   * @param host - The element; the controller adds itself to it.
   * @param client - Called before every render; the client whose changes to follow, if any.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => HubClient | undefined,
  ) {
    host.addController(this);
  }

  /** The change on its way for `numberId`, or `undefined` when there is none. */
  get(numberId: string): NumberChangeKind | undefined {
    return this.client()?.numbers.inFlight.get(numberId);
  }

  /** True while a change to `numberId` is on its way: another must wait for it. */
  has(numberId: string): boolean {
    return this.get(numberId) !== undefined;
  }

  hostConnected(): void {
    // A reconnected element has no subscription: the next update makes one.
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const client = this.client();
    if (client === this.current?.client) return;
    this.unsubscribe();
    if (!client) return;
    const unsubscribe = client.numbers.inFlight.subscribe(() => this.host.requestUpdate());
    this.current = { client, unsubscribe };
  }

  hostDisconnected(): void {
    this.unsubscribe();
  }

  private unsubscribe(): void {
    this.current?.unsubscribe();
    this.current = undefined;
  }
}
