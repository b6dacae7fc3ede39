import { fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import type { HubClient } from '@hub/core';

/**
 * The width an element gets on a 375 px phone screen inside a portal's 16 px margins: the width
 * the narrow-layout tests check.
 */
export const PHONE_WIDTH = 343;

/**
 * Resizes the test browser's window, through the test runner's driver. The narrow-layout tests
 * run in a wide window: an element embedded narrow on a desktop page (a side panel) must fit by
 * its own width, not the screen's.
 */
export async function setViewport(width: number, height: number): Promise<void> {
  const socketUrl = '/__web-dev-server__web-socket.js';
  const socket = (await import(socketUrl)) as {
    sendMessageWaitForResponse(message: object): Promise<{ executed: boolean }>;
  };
  const sessionId = new URL(location.href).searchParams.get('wtr-session-id');
  const answer = await socket.sendMessageWaitForResponse({
    type: 'wtr-command',
    sessionId,
    command: 'set-viewport',
    payload: { width, height },
  });
  if (!answer.executed) throw new Error(`the test runner did not resize to ${width} × ${height}`);
}

/**
 * Renders `content` inside a `<hub-provider>` for `client` and `clientId`, in a wrapper `width`
 * pixels wide, and returns the first element of `tag` in it.
 */
export async function mountNarrow<T extends Element>(
  client: HubClient,
  clientId: string,
  tag: string,
  content: TemplateResult,
  width = PHONE_WIDTH,
): Promise<T> {
  const wrapper = await fixture<HTMLElement>(html`
    <div style="inline-size: ${width}px">
      <hub-provider .client=${client} client-id=${clientId}>${content}</hub-provider>
    </div>
  `);
  const element = wrapper.querySelector<T & Element>(tag);
  if (!element) throw new Error(`<${tag}> was not rendered`);
  return element as T;
}

function describe(element: Element): string {
  const id = element.id ? `#${element.id}` : '';
  const classes = [...element.classList].map((c) => `.${c}`).join('');
  return `${element.localName}${id}${classes} (${element.scrollWidth} > ${element.clientWidth})`;
}

/** A box the user can scroll sideways (a clipped one, such as visually hidden text, is not). */
function scrollsSideways(element: Element): boolean {
  const { overflowX } = getComputedStyle(element);
  return overflowX === 'auto' || overflowX === 'scroll';
}

/**
 * What makes the page (or a box) scroll sideways: `host` and its wrapper when their content is
 * wider than they are, and every box in `host`'s shadow tree (nested elements' too) that the
 * user can scroll sideways and whose content is wider than it, except those matching
 * `meantToScroll` (e.g. a carousel, reachable with the keyboard). Empty when nothing does.
 */
export function sidewaysOverflow(host: Element, meantToScroll: readonly string[] = []): string[] {
  const found: string[] = [];
  const check = (element: Element) => {
    if (element.scrollWidth > element.clientWidth) found.push(describe(element));
  };
  const wrapper = host.parentElement?.closest('div');
  if (wrapper) check(wrapper);
  check(host);
  const visit = (root: ParentNode) => {
    for (const element of root.querySelectorAll('*')) {
      const exempt = meantToScroll.some((selector) => element.matches(selector));
      if (!exempt && scrollsSideways(element)) check(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return found;
}

/** The element at a viewport point, looking inside shadow roots. */
function deepElementFromPoint(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/**
 * Why `target` cannot be tapped, or `undefined` when it can: it is scrolled into view, at least
 * 24 × 24 px (WCAG 2.2 target size), and its centre hit-tests to itself (nothing covers it).
 */
export function untappable(target: Element): string | undefined {
  target.scrollIntoView({ block: 'center', inline: 'center' });
  const box = target.getBoundingClientRect();
  const name = (target.textContent ?? '').trim() || target.getAttribute('aria-label') || '';
  if (box.width < 24 || box.height < 24) {
    return `“${name}” is ${Math.round(box.width)} × ${Math.round(box.height)} px`;
  }
  const hit = deepElementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  if (hit && (hit === target || target.contains(hit))) return undefined;
  return `“${name}” is covered by ${hit ? describe(hit) : 'nothing (off screen)'}`;
}
