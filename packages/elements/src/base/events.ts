/**
 * The `detail` of every `hub-*` event, keyed by event type.
 *
 * Each component adds its events to this interface through declaration merging, which types
 * `HubElement.emit()` and, through {@link HubEvents}, `addEventListener` on every element:
 *
 * ```ts
 * declare global {
 *   interface HubEventMap {
 *     'hub-number-manage': { channelId: string };
 *   }
 * }
 * ```
 */
declare global {
  // Declaration merging needs an interface; components add their events to it.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HubEventMap {}
}

/** A `hub-*` event: a bubbling, composed `CustomEvent` whose `detail` is typed by {@link HubEventMap}. */
export type HubEvent<K extends keyof HubEventMap> = CustomEvent<HubEventMap[K]>;

/** Every `hub-*` event type mapped to its event object, as `addEventListener` sees it. */
export type HubEvents = { [K in keyof HubEventMap]: HubEvent<K> };

declare global {
  // Lets `el.addEventListener('hub-…', e => e.detail)` infer the detail type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends HubEvents {}
}
