import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { capabilityGate, type HubClient, type HubClientAccount } from '@hub/core';
import type { HubContext } from '../base/context.js';
import type { MessageKey } from '../base/messages.js';
import { HubQueryController } from '../base/query-controller.js';
import { clientAccountQuery, type HubQuerySpec } from '../base/queries.js';
import { emptyView, errorView, loadingView, stateView } from '../base/status-views.js';

/** How an element words the states before a direct-payment client's own content. */
export interface DirectPaymentViews {
  /** The element's `t`. */
  t: (key: MessageKey) => string;
  /** The element's `errorMessage`. */
  errorMessage: (error: unknown) => string;
  /** Shown when the provider has no client ID. */
  missingClient: MessageKey;
  /** Announced while the account (or the permissions) load. */
  loading: MessageKey;
  /** Title and explanation shown without the `billing:read` capability. */
  denied: readonly [MessageKey, MessageKey];
  /** Title and explanation shown when the account has no known payment type. */
  unknown: readonly [MessageKey, MessageKey];
  /** What a client on partner payment sees instead. */
  partner: () => TemplateResult;
}

/**
 * The reads of an element about a client's own payments (`<hub-funds>`, `<hub-billing>`): they
 * wait for the `billing:read` capability, and the client's account tells whether it pays directly.
 * Reads that only a direct-payment client has return `undefined` from their spec otherwise, so a
 * partner-paid client costs no request.
 */
export class DirectPaymentController {
  /** The client's account, for its payment type. */
  readonly account: HubQueryController<HubClientAccount>;

  /**
   * @param host - The element; the reads add themselves to it.
   * @param hub - What the element's `<hub-provider>` shares, read before every render.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hub: () => HubContext | undefined,
  ) {
    this.account = this.read(clientAccountQuery);
  }

  /** True once the account says the client pays directly. */
  get direct(): boolean {
    return this.account.data?.paymentType === 'direct';
  }

  /** A read of the current client, made once the session may read its billing. */
  read<T>(
    spec: (client: HubClient, clientId: string) => HubQuerySpec<T> | undefined,
  ): HubQueryController<T> {
    return new HubQueryController<T>(this.host, () => {
      const hub = this.hub();
      if (!hub?.client || !hub.clientId || !this.gate().allowed) return undefined;
      return spec(hub.client, hub.clientId);
    });
  }

  /**
   * What to show instead of the direct-payment client's content: no provider or client, no
   * permission, the account loading or failed, partner payment, an unknown payment type.
   * `undefined` once the account says the client pays directly.
   */
  renderGate(views: DirectPaymentViews): TemplateResult | undefined {
    const { t } = views;
    const hub = this.hub();
    if (!hub?.client) return emptyView(t('common.noProvider'));
    if (!hub.clientId) return emptyView(t(views.missingClient));
    const gate = this.gate();
    if (!gate.allowed) {
      // Permissions still loading are no denial yet: the element waits for them.
      return gate.reason === 'permission'
        ? stateView('permission-denied', t(views.denied[0]), t(views.denied[1]))
        : loadingView(t(views.loading), 4);
    }
    const account = this.account.data;
    if (!account) {
      return this.account.status === 'error'
        ? errorView(views.errorMessage(this.account.error), t('common.retry'), () =>
            this.account.refresh(),
          )
        : loadingView(t(views.loading), 4);
    }
    if (account.paymentType === 'partner') return views.partner();
    if (account.paymentType !== 'direct')
      return emptyView(t(views.unknown[0]), t(views.unknown[1]));
    return undefined;
  }

  private gate() {
    return capabilityGate(this.hub()?.permissions, 'billing:read');
  }
}
