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

/** A `hub-*` event: a bubbling, composed `CustomEvent` whose `detail` is typed by the global `HubEventMap` interface. */
export type HubEvent<K extends keyof HubEventMap> = CustomEvent<HubEventMap[K]>;

/** Every `hub-*` event type mapped to its event object, as `addEventListener` sees it. */
export type HubEvents = { [K in keyof HubEventMap]: HubEvent<K> };

declare global {
  // Lets `addEventListener('hub-…', e => e.detail)` infer the detail type on any element and on
  // the document, where portals often listen because the events bubble and are composed.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends HubEvents {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends HubEvents {}
}

/**
 * Events renamed to the `hub-<noun>-<verb>` pattern, with the name each had before. For one
 * release an element dispatches the old name as well, right after the new one, so portals that
 * listen to it keep working; calling `preventDefault()` on either cancels the action.
 */
export const RENAMED_EVENTS: Readonly<Partial<Record<keyof HubEventMap, keyof HubEventMap>>> = {
  'hub-number-add': 'hub-add-number',
  'hub-number-import': 'hub-import-number',
  'hub-inbox-activate': 'hub-activate-inbox',
  'hub-signals-manage': 'hub-number-signals',
};

/**
 * Creates a `hub-*` event that bubbles and crosses shadow roots, so a portal can listen on any
 * ancestor (or `document`).
 */
export function createHubEvent<K extends keyof HubEventMap>(
  type: K,
  detail: HubEventMap[K],
  options: { cancelable?: boolean } = {},
): HubEvent<K> {
  return new CustomEvent(type, {
    detail,
    bubbles: true,
    composed: true,
    cancelable: options.cancelable ?? false,
  });
}
