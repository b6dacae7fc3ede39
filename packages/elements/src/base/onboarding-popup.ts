import {
  acceptOnboardingResult,
  createOnboardingStates,
  permissionUrl,
  type OnboardingResultError,
  type OnboardingStates,
  type OnboardingStorage,
  type PermissionUrlOptions,
} from '@hub/core';

/** The documented page parameters a flow may add (`number`, `next`, `plan_selection`, …). */
export type OnboardingPageParams = Omit<
  PermissionUrlOptions,
  'partnerId' | 'state' | 'redirectUrl' | 'origin'
>;

/** What {@link OnboardingPopup} opens and whom it accepts the result for. */
export interface OnboardingPopupOptions {
  /** The partner whose permission page opens. */
  partnerId: string;
  /** The signed-in client; a result naming another client is refused. */
  clientId: string;
  /**
   * The partner's redirect page that loads `@hub/elements/onboarding-redirect.js`; the partner's
   * Redirect URL setting in the Hub when omitted.
   */
  redirectUrl?: string;
  /**
   * The only origin a result message is accepted from: the redirect page's. Defaults to the
   * origin of `redirectUrl`, else this page's origin.
   */
  redirectOrigin?: string;
  /** The origin hosting the permission page (the emulator's in development). */
  hubOrigin?: string;
  /** Extra documented parameters of the page. */
  params?: OnboardingPageParams;
}

/** How an onboarding flow ended. */
export type OnboardingOutcome =
  /** The client finished the page: the channels it shared and the ones it revoked. */
  | { status: 'completed'; channels: string[]; revoked: string[] }
  /** The client closed the popup without finishing. */
  | { status: 'closed' }
  /** The popup was blocked, so this page is navigating to the Hub; call `resume()` on return. */
  | { status: 'redirected' }
  /** A result arrived but was not accepted (forged, replayed, or for another client). */
  | { status: 'refused'; reason: OnboardingResultError };

const RETURN_KEY = 'hub-onboarding-return';
const POPUP_FEATURES = 'popup=yes,width=600,height=800';
const CLOSED_POLL_MS = 500;

/** The result parameters the Hub adds to the redirect URL (hub-api.md §16.1). */
export const ONBOARDING_RESULT_PARAMS = ['client', 'channels', 'revoked', 'state'] as const;

const sessionStore = (): OnboardingStorage => {
  try {
    return window.sessionStorage;
  } catch {
    // Storage can be switched off (sandboxed frames, privacy settings); the popup flow still works.
    const map = new Map<string, string>();
    return {
      getItem: (key) => map.get(key) ?? null,
      setItem: (key, value) => void map.set(key, value),
      removeItem: (key) => void map.delete(key),
    };
  }
};

/**
 * Runs the Hub's Integrated Onboarding permission page for one client: opens it in a popup,
 * waits for the partner's redirect page to post the result back, and accepts it only from the
 * expected origin, from that popup, with the single-use `state` nonce it was opened with, and
 * for the signed-in client. A forged or replayed result changes nothing.
 *
 * A blocked popup falls back to navigating this tab to the page; the nonce and this page's
 * address wait in `sessionStorage`, and {@link OnboardingPopup.resume} reads the result from the
 * address once when the tab comes back.
 *
 * @example
 * ```ts
 * const flow = new OnboardingPopup();
 * const outcome = await flow.open({ partnerId, clientId, redirectUrl: '/hub-onboarding.html' });
 * if (outcome.status === 'completed') refresh(outcome.channels);
 * ```
 */
export class OnboardingPopup {
  private pending: (() => void) | undefined;
  private readonly storage: OnboardingStorage;
  private readonly states: OnboardingStates;

  private readonly navigate: (url: string) => void;

  /**
   * @param options.storage - Where the nonce and the return address wait; `sessionStorage` by
   *   default (in memory where storage is off).
   * @param options.navigate - The same-tab fallback; `location.assign` by default.
   */
  constructor(options: { storage?: OnboardingStorage; navigate?: (url: string) => void } = {}) {
    this.storage = options.storage ?? sessionStore();
    this.states = createOnboardingStates(this.storage);
    this.navigate = options.navigate ?? ((url) => location.assign(url));
  }

  /** True while a popup flow waits for its result. */
  get active(): boolean {
    return this.pending !== undefined;
  }

  /**
   * Opens the permission page. Call it from a click handler, or browsers block the popup. A flow
   * still waiting is closed first (its promise resolves `closed`).
   */
  open(options: OnboardingPopupOptions): Promise<OnboardingOutcome> {
    this.cancel();
    const state = this.states.issue();
    const url = permissionUrl({
      ...options.params,
      partnerId: options.partnerId,
      state,
      ...(options.redirectUrl === undefined
        ? {}
        : { redirectUrl: new URL(options.redirectUrl, location.href).href }),
      ...(options.hubOrigin === undefined ? {} : { origin: options.hubOrigin }),
    });
    const popup = window.open(url, 'hub-onboarding', POPUP_FEATURES);
    if (!popup) {
      this.storage.setItem(RETURN_KEY, location.href);
      this.navigate(url);
      return Promise.resolve({ status: 'redirected' });
    }
    const origin =
      options.redirectOrigin ??
      (options.redirectUrl === undefined
        ? location.origin
        : new URL(options.redirectUrl, location.href).origin);
    return new Promise<OnboardingOutcome>((resolve) => {
      const finish = (outcome: OnboardingOutcome) => {
        window.removeEventListener('message', onMessage);
        clearInterval(poll);
        this.pending = undefined;
        resolve(outcome);
      };
      const onMessage = (event: MessageEvent) => {
        if (event.origin !== origin || event.source !== popup || typeof event.data !== 'string') {
          return;
        }
        const accepted = acceptOnboardingResult(event.data, {
          states: this.states,
          clientId: options.clientId,
        });
        popup.close();
        finish(
          accepted.ok
            ? {
                status: 'completed',
                channels: accepted.result.channels,
                revoked: accepted.result.revoked,
              }
            : { status: 'refused', reason: accepted.error },
        );
      };
      // A closed popup sends no event; polling is the only way to notice it.
      const poll = setInterval(() => {
        if (popup.closed) finish({ status: 'closed' });
      }, CLOSED_POLL_MS);
      window.addEventListener('message', onMessage);
      this.pending = () => {
        popup.close();
        finish({ status: 'closed' });
      };
    });
  }

  /** Closes a waiting popup; call it when the element disconnects. */
  cancel(): void {
    this.pending?.();
  }

  /**
   * After the same-tab fallback: reads the result the redirect page appended to this page's
   * address, accepts it as {@link OnboardingPopup.open} would, and removes it from the address
   * so a reload does not replay it. `undefined` when the address carries no result.
   */
  resume(clientId: string): OnboardingOutcome | undefined {
    const url = new URL(location.href);
    if (!url.searchParams.has('client')) return undefined;
    const accepted = acceptOnboardingResult(url.search, { states: this.states, clientId });
    for (const name of ONBOARDING_RESULT_PARAMS) url.searchParams.delete(name);
    history.replaceState(history.state, '', url.href);
    this.storage.removeItem(RETURN_KEY);
    return accepted.ok
      ? {
          status: 'completed',
          channels: accepted.result.channels,
          revoked: accepted.result.revoked,
        }
      : { status: 'refused', reason: accepted.error };
  }
}

/** What {@link finishOnboarding} needs from the redirect page's window. */
export interface RedirectPageWindow {
  readonly location: {
    readonly search: string;
    readonly origin: string;
    replace(url: string): void;
  };
  readonly opener: { postMessage(message: string, targetOrigin: string): void } | null;
  close(): void;
}

/**
 * Runs on the partner's redirect page. In the popup it posts the result (`location.search`) to
 * the opener — only to `openerOrigin`, the partner portal's — and closes itself. Without an opener
 * (the same-tab fallback) it sends the tab back to the page that started the flow, with the
 * result appended for {@link OnboardingPopup.resume}.
 */
export function finishOnboarding(
  win: RedirectPageWindow = window,
  openerOrigin: string = win.location.origin,
  storage: OnboardingStorage = sessionStore(),
): void {
  const search = win.location.search;
  if (win.opener) {
    win.opener.postMessage(search, openerOrigin);
    win.close();
    return;
  }
  const back = storage.getItem(RETURN_KEY);
  if (!back) return;
  const target = new URL(back);
  // Only ever return to the origin that stored the address.
  if (target.origin !== win.location.origin) return;
  const result = new URLSearchParams(search);
  for (const name of ONBOARDING_RESULT_PARAMS) {
    const value = result.get(name);
    if (value !== null) target.searchParams.set(name, value);
  }
  win.location.replace(target.href);
}
