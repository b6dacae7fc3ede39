import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HubClient, HubLiveEvent } from '@hub/core';

/** How long a changed row stays highlighted. */
export const CHANGE_HIGHLIGHT_MS = 2000;

/** How long an event waits for its change to arrive in the data before it is forgotten. */
const PENDING_MS = 30_000;

/** What {@link LiveChangesController} needs to know about one list. */
export interface LiveChangesOptions<T> {
  /** Called before every render; the client whose live events to follow, if any. */
  client: () => HubClient | undefined;
  /** What an event concerns in this list (a number ID, a template name), or `undefined`. */
  subject: (event: HubLiveEvent) => string | undefined;
  /** The rows the list has now. */
  items: () => readonly T[] | undefined;
  /** The subject of a row, matched against {@link LiveChangesOptions.subject}. */
  subjectOf: (item: T) => string;
  /** The row's own ID (the one highlighted). */
  idOf: (item: T) => string;
  /** The polite announcement of a row's change. */
  describe: (after: T, before: T | undefined) => string;
  /** Announces politely (the element's confirmations). */
  announce: (text: string) => void;
}

/**
 * Shows what a live update changed in a list (see `<hub-provider live>`): when an event names
 * a subject, the rows of that subject are remembered as they are; when the cache brings them
 * changed (core refetches them for the event), they are highlighted for a moment and the change
 * is announced. A change this page made itself arrived before the event, so it is not shown
 * twice. The list only reads {@link LiveChangesController.has} in its rows.
 */
export class LiveChangesController<T> implements ReactiveController {
  private current: { client: HubClient; unsubscribe: () => void } | undefined;
  /** Per subject: its rows as they were when the event came (by ID, as JSON), and until when. */
  private readonly pending = new Map<string, { before: Map<string, string>; until: number }>();
  private readonly highlighted = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LiveChangesOptions<T>,
  ) {
    host.addController(this);
  }

  /** True while the row `id` is highlighted as changed. */
  has(id: string): boolean {
    return this.highlighted.has(id);
  }

  hostConnected(): void {
    // A reconnected element has no subscription: the next update makes one.
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    this.follow(this.options.client());
    // After the list's data controller read the cache for this update, before it renders.
    if (this.pending.size > 0) this.compare();
  }

  hostDisconnected(): void {
    this.unsubscribe();
    this.pending.clear();
    for (const timer of this.highlighted.values()) clearTimeout(timer);
    this.highlighted.clear();
  }

  private follow(client: HubClient | undefined): void {
    if (client === this.current?.client) return;
    this.unsubscribe();
    this.pending.clear();
    if (!client) return;
    const unsubscribe = client.onLiveEvent((event) => this.remember(event));
    this.current = { client, unsubscribe };
  }

  /** Highlights and announces the rows of pending subjects that have changed since their event. */
  private compare(): void {
    const items = this.options.items() ?? [];
    const now = Date.now();
    const texts: string[] = [];
    for (const [subject, { before, until }] of this.pending) {
      let changed = false;
      for (const item of items) {
        if (this.options.subjectOf(item) !== subject) continue;
        const id = this.options.idOf(item);
        const was = before.get(id);
        if (was === JSON.stringify(item)) continue;
        changed = true;
        this.highlight(id);
        texts.push(
          this.options.describe(item, was === undefined ? undefined : (JSON.parse(was) as T)),
        );
      }
      if (changed || now > until) this.pending.delete(subject);
    }
    if (texts.length > 0) this.options.announce(texts.join(' '));
  }

  private remember(event: HubLiveEvent): void {
    const subject = this.options.subject(event);
    if (subject === undefined) return;
    const before = new Map<string, string>();
    for (const item of this.options.items() ?? []) {
      if (this.options.subjectOf(item) === subject) {
        before.set(this.options.idOf(item), JSON.stringify(item));
      }
    }
    this.pending.set(subject, { before, until: Date.now() + PENDING_MS });
  }

  private highlight(id: string): void {
    clearTimeout(this.highlighted.get(id));
    this.highlighted.set(
      id,
      setTimeout(() => {
        this.highlighted.delete(id);
        this.host.requestUpdate();
      }, CHANGE_HIGHLIGHT_MS),
    );
  }

  private unsubscribe(): void {
    this.current?.unsubscribe();
    this.current = undefined;
  }
}
