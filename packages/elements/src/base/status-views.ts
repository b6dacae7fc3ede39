import { html, nothing, type TemplateResult } from 'lit';
import type { HubContext } from './context.js';
import type { MessageKey } from './messages.js';

/**
 * A skeleton of `lines` placeholder lines that screen readers announce as `label` (e.g. "Loading
 * numbers…"). Render it in place of content that is on its way.
 */
export function loadingView(label: string, lines = 3): TemplateResult {
  return html`<div class="skeleton" role="status" part="loading">
    <span class="visually-hidden">${label}</span>
    ${Array.from({ length: lines }, () => html`<div class="skeleton-line" aria-hidden="true"></div>`)}
  </div>`;
}

/** An error that replaces content, announced at once, with a way to try again. */
export function errorView(
  message: string,
  retryLabel: string,
  onRetry: () => void,
): TemplateResult {
  return html`<div class="state state-error" role="alert" part="error">
    <p>${message}</p>
    <button type="button" class="btn" @click=${onRetry}>${retryLabel}</button>
  </div>`;
}

/**
 * A state that replaces content (nothing there, no permission, nothing to show for this client):
 * a title, an explanation and, where the user can fix it, an action, under the part `part`.
 */
export function stateView(
  part: string,
  title: string,
  body?: string,
  action?: TemplateResult,
): TemplateResult {
  return html`<div class="state" part=${part}>
    <p class="state-title">${title}</p>
    ${body ? html`<p>${body}</p>` : nothing} ${action ?? nothing}
  </div>`;
}

/** The empty state: a title, an explanation and, where the user can fix it, an action. */
export function emptyView(title: string, body?: string, action?: TemplateResult): TemplateResult {
  return stateView('empty', title, body, action);
}

/**
 * What an element about one client shows while its `<hub-provider>` cannot serve it, naming what
 * is missing: the provider or its client, else `client-id`. `undefined` once both are there.
 */
export function providerGapView(
  hub: HubContext | undefined,
  t: (key: MessageKey) => string,
): TemplateResult | undefined {
  if (!hub?.client) return emptyView(t('common.noProvider'));
  if (!hub.clientId) return emptyView(t('common.noClientId'));
  return undefined;
}
