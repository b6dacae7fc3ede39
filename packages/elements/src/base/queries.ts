// The reads elements make, described once: an element's query controller and the drop-in's
// autoloader (which starts a list's reads before the list's code has arrived) use the same ones.
import type {
  HubClient,
  HubClientAccount,
  HubNumber,
  Page,
  QueryFetchOptions,
  QueryKey,
} from '@hub/core';

/** What a `HubQueryController` reads: a cache key and the resource call that fills it. */
export interface HubQuerySpec<T> {
  /** The client whose cache holds the key. */
  client: HubClient;
  /** The resource's key for this read, e.g. `client.numbers.keys.list(params)`. */
  key: QueryKey;
  /** The resource call, e.g. `(options) => client.numbers.list(params, options)`. */
  fetch: (options: QueryFetchOptions) => Promise<T>;
}

/**
 * The read of a client's whole number list (`numbers.all`), which the number elements share.
 * A long list arrives page by page: its first page comes first as a `partial` result (see
 * `HubQueryController.partial`), then the whole list re-renders the element.
 */
export function allNumbersQuery(
  client: HubClient,
  clientId: string,
): HubQuerySpec<Page<HubNumber>> {
  return {
    client,
    key: client.numbers.keys.all(clientId),
    fetch: (options) => client.numbers.all(clientId, options),
  };
}

/** The read of a client's account (`clients.get`): its plan, payment type and number cap. */
export function clientAccountQuery(
  client: HubClient,
  clientId: string,
): HubQuerySpec<HubClientAccount> {
  return {
    client,
    key: client.clients.keys.get(clientId),
    fetch: (options) => client.clients.get(clientId, options),
  };
}

/**
 * `read` for the provider's client and client ID, or `undefined` while the provider has either
 * missing: the `describe` of a `HubQueryController` for the provider's own client.
 */
export function forProviderClient<T>(
  hub: { client?: HubClient | undefined; clientId?: string | undefined } | undefined,
  read: (client: HubClient, clientId: string) => HubQuerySpec<T> | undefined,
): HubQuerySpec<T> | undefined {
  return hub?.client && hub.clientId ? read(hub.client, hub.clientId) : undefined;
}

/**
 * How young a cached result is used without asking the Hub again when an element starts to show
 * it. The elements of a page mount over several frames (the number list opens its flows after its
 * first one), and each asked again for what another had read a moment before: a second request
 * for the same answer, counted against the Hub's rate limits. A change made through the client
 * invalidates what it touches, so that is read again at once whatever its age.
 */
export const RECENT_READ_MS = 2_000;

/**
 * Starts the read `spec` describes as an element does when it starts to show it: a result younger
 * than two seconds is used as it is, an older one shown and refreshed, a read in flight joined.
 * The drop-in's autoloader makes it before the element exists, and the element joins it when it
 * connects. Aborting `signal` ends this wait, and with it the read unless something else waits
 * for it. A failure is left for the element to show, through its subscription.
 *
 * @param spec - The read, e.g. `allNumbersQuery(client, clientId)`.
 * @param signal - Ends the wait: the element's move or disconnection, or, for the autoloader, the
 *   element's registration.
 */
export function startQuery(spec: HubQuerySpec<unknown>, signal: AbortSignal | undefined): void {
  spec.fetch({ staleWhileRevalidate: true, maxAge: RECENT_READ_MS, signal }).catch(() => undefined);
}
