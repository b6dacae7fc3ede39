import { createContext } from '@lit/context';
import type { Capability, HubClient } from '@hub/core';

/** How Hub Elements pick their colours: follow the page's `color-scheme`, or force one. */
export type HubAppearance = 'auto' | 'light' | 'dark';

/**
 * What `<hub-provider>` shares with every Hub Element inside it.
 *
 * The provider replaces the whole object when anything changes, so elements re-render on any
 * change without tracking individual fields.
 */
export interface HubContext {
  /** The SDK client the elements read and act through; `undefined` until one is configured. */
  readonly client: HubClient | undefined;
  /** The 360dialog client (ID ending in `CL`) whose hub is embedded. */
  readonly clientId: string | undefined;
  /** BCP 47 locale for strings and `Intl` formatting of numbers, money and dates. */
  readonly locale: string;
  /**
   * What this session may do. `undefined` while unknown (elements then offer nothing that needs a
   * capability they cannot confirm).
   */
  readonly permissions: ReadonlySet<Capability> | undefined;
  /** The colour scheme the provider applies. */
  readonly appearance: HubAppearance;
}

/** The @lit/context key under which `<hub-provider>` provides {@link HubContext}. */
export const hubContext = createContext<HubContext>(Symbol.for('hub-elements/context'));
