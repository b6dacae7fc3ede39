/** Where the Hub hosts Integrated Onboarding; the emulator serves the same path on its own origin. */
export const DEFAULT_ONBOARDING_ORIGIN = 'https://hub.360dialog.com';

/**
 * The documented query parameters of the Integrated Onboarding permission page (hub-api.md §16.1).
 * Nothing else is sent: the Hub ignores or refuses what it does not know.
 */
export interface PermissionUrlOptions {
  /** The partner whose permission page opens. */
  partnerId: string;
  /** The nonce from `createOnboardingStates().issue()`; the Hub forwards it back. */
  state: string;
  /** Where the Hub sends the browser back; the partner's Redirect URL setting when omitted. */
  redirectUrl?: string;
  /** An existing client, for account sharing (`client_id`). */
  clientId?: string;
  /** Add a client user to that existing client (`connect_client_user=true`). */
  connectClientUser?: boolean;
  /** A phone number to prefill in the signup (`number`). */
  number?: string;
  /** Prefilled email of the new Hub account (`email`). */
  email?: string;
  /** Prefilled name of the new Hub account (`name`). */
  name?: string;
  /** The partner's own reference, stored as the client's `partner_payload` (`partner`). */
  partnerPayload?: string;
  /** Start on the sign-in page instead of sign-up (`next=login`). */
  next?: 'login';
  /** The plan preselected for direct-payment clients (`plan_selection`). */
  planSelection?: 'regular' | 'premium';
  /** The origin hosting the page, e.g. the emulator's; defaults to {@link DEFAULT_ONBOARDING_ORIGIN}. */
  origin?: string;
}

/**
 * The URL of the Hub's Integrated Onboarding permission page, where a client signs up, adds a
 * number through Meta's embedded signup, or picks the numbers it shares with the partner.
 *
 * @example
 * ```ts
 * permissionUrl({ partnerId: 'f167CmPA', state: 'n0nce', redirectUrl: 'https://portal.example/hub-done' });
 * // https://hub.360dialog.com/dashboard/app/f167CmPA/permissions?state=n0nce&redirect_url=https%3A%2F%2F…
 * ```
 */
export function permissionUrl(options: PermissionUrlOptions): string {
  const origin = (options.origin ?? DEFAULT_ONBOARDING_ORIGIN).replace(/\/+$/, '');
  const url = new URL(
    `${origin}/dashboard/app/${encodeURIComponent(options.partnerId)}/permissions`,
  );
  const params: [string, string | undefined][] = [
    ['state', options.state],
    ['redirect_url', options.redirectUrl],
    ['client_id', options.clientId],
    ['connect_client_user', options.connectClientUser ? 'true' : undefined],
    ['number', options.number],
    ['email', options.email],
    ['name', options.name],
    ['partner', options.partnerPayload],
    ['next', options.next],
    ['plan_selection', options.planSelection],
  ];
  for (const [name, value] of params) {
    if (value !== undefined && value !== '') url.searchParams.set(name, value);
  }
  return url.href;
}
