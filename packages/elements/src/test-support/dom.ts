import { fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import type { HubClient } from '@hub/core';

/** The first match of `selector` in the element's shadow root (or `null`). */
export function $<T extends Element = HTMLElement>(host: Element, selector: string): T | null {
  return (host.shadowRoot ?? host).querySelector<T>(selector);
}

/** Every match of `selector` in the element's shadow root. */
export function $$<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return [...(host.shadowRoot ?? host).querySelectorAll<T>(selector)];
}

/** The text a user reads in the element's shadow root, with runs of white space folded. */
export function textOf(host: Element): string {
  return ((host.shadowRoot ?? host).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The button whose accessible label (its `aria-label`, else its text) matches `label`. */
export function buttonNamed(host: Element, label: RegExp): HTMLButtonElement | undefined {
  return $$<HTMLButtonElement>(host, 'button').find((b) =>
    label.test((b.getAttribute('aria-label') ?? b.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

/** Types `value` into an input or textarea the way a user does: value set, `input` fired. */
export async function typeInto(
  host: Element & { updateComplete?: Promise<unknown> },
  selector: string,
  value: string,
): Promise<void> {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(host, selector);
  if (!input) throw new Error(`no field matches ${selector}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await host.updateComplete;
}

/**
 * A real key press through the test runner's browser driver, so buttons activate and dialogs
 * close as they do for a user; a synthetic KeyboardEvent does neither.
 */
export async function press(key: string): Promise<void> {
  const socketUrl = '/__web-dev-server__web-socket.js';
  const socket = (await import(socketUrl)) as {
    sendMessageWaitForResponse(message: object): Promise<{ executed: boolean }>;
  };
  const sessionId = new URL(location.href).searchParams.get('wtr-session-id');
  const answer = await socket.sendMessageWaitForResponse({
    type: 'wtr-command',
    sessionId,
    command: 'send-keys',
    payload: { press: key },
  });
  if (!answer.executed) throw new Error(`the test runner did not press ${key}`);
}

/**
 * Renders `content` inside a `<hub-provider>` for `client` and `clientId`, and returns the first
 * element of `tag` in it.
 */
export async function mountInProvider<T extends Element>(
  client: HubClient,
  clientId: string,
  tag: string,
  content: TemplateResult,
): Promise<T> {
  const provider = await fixture(html`
    <hub-provider .client=${client} client-id=${clientId}>${content}</hub-provider>
  `);
  const element = provider.querySelector<T & Element>(tag);
  if (!element) throw new Error(`<${tag}> was not rendered`);
  return element as T;
}
