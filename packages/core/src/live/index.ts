import type { QueryCache } from '../cache.js';
import type { HubAuth } from '../http.js';
import { openLiveConnection, type HubLiveOptions, type HubLive } from './connection.js';
import type { HubLiveEvent } from './events.js';

export {
  CHANNEL_EVENT_TYPES,
  liveEventScope,
  LIVE_EVENT_TYPES,
  PARTNER_EVENT_TYPES,
  TEMPLATE_EVENT_TYPES,
  type HubLiveEvent,
  type HubLiveEventType,
} from './events.js';
export type { HubLive, HubLiveEventMap, HubLiveOptions, HubLiveStatus } from './connection.js';

/** What `createHubClient` needs to reach the stream. */
export interface LiveSetup {
  url: string;
  fetch: typeof fetch;
  auth: HubAuth;
  cache: QueryCache;
}

/** The live updates of one client: shared holds on one connection, and its event listeners. */
export interface LiveUpdates {
  open(options?: HubLiveOptions): HubLive;
  onEvent(listener: (event: HubLiveEvent) => void): () => void;
}

/** Creates what `client.live` and `client.onLiveEvent` use. */
export function createLiveUpdates(setup: LiveSetup): LiveUpdates {
  const { auth } = setup;
  let token: Promise<string> | undefined;
  const target = {
    url: setup.url,
    fetch: setup.fetch,
    cache: setup.cache,
    async headers(refresh: boolean): Promise<Record<string, string>> {
      if ('apiKey' in auth) return { 'x-api-key': auth.apiKey };
      if (refresh || !token) token = auth.sessionToken();
      const current = token;
      // A failed mint is not kept: the next attempt asks again.
      current.catch(() => {
        if (token === current) token = undefined;
      });
      return { authorization: `Bearer ${await current}` };
    },
  };
  const eventListeners = new Set<(event: HubLiveEvent) => void>();
  let connection: HubLive | undefined;
  let holds = 0;

  return {
    open(options) {
      if (!connection) {
        connection = openLiveConnection(target, options);
        connection.on('event', (event) => {
          for (const listener of [...eventListeners]) {
            try {
              listener(event);
            } catch (error) {
              // One failing listener must not keep the event from the others.
              queueMicrotask(() => {
                throw error;
              });
            }
          }
        });
      }
      const shared = connection;
      holds += 1;
      const own = new Set<() => void>();
      let closed = false;
      return {
        get status() {
          return closed ? 'closed' : shared.status;
        },
        on(type, listener) {
          if (closed) return () => undefined;
          const off = shared.on(type, listener);
          own.add(off);
          return () => {
            own.delete(off);
            off();
          };
        },
        close() {
          if (closed) return;
          closed = true;
          for (const off of own) off();
          holds -= 1;
          if (holds === 0) {
            shared.close();
            connection = undefined;
          }
        },
      };
    },
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
  };
}
