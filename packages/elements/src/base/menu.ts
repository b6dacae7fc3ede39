import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { deepActiveElement } from './focus-trap.js';
import { showAnchored, type Placement } from './position.js';

/** How long a pause ends a typeahead word, in milliseconds (the ARIA practices' value). */
const TYPEAHEAD_PAUSE = 500;

/**
 * A menu opened from a button (the ARIA menu button pattern): the element renders the
 * `role="menu"` element with its `role="menuitem"` items while {@link MenuController.subject} is
 * set, and the controller shows it as a popover next to the button (see {@link showAnchored}),
 * focuses its first enabled item and handles the keys: Up and Down move (wrapping), Home and End
 * jump, typing a letter moves to the next item starting with it, Escape closes, Tab closes and
 * moves on from the button. Whenever the menu closes with the focus inside it (a key, an item run,
 * a click on nothing), the focus returns to the button.
 *
 * Disabled items (`aria-disabled="true"`) stay reachable, as the pattern asks, so their reason
 * can be heard; give every item `tabindex="-1"`.
 *
 * @typeParam T - What a menu is for (a row's number, a template), for elements that open the same
 *   menu from many rows.
 */
export class MenuController<T> implements ReactiveController {
  private open: { subject: T; trigger: HTMLElement } | undefined;
  private element: HTMLElement | undefined;
  private typed = '';
  private typedAt = 0;

  /**
   * @param host - The element; the controller adds itself to it.
   * @param placement - Where the menu sits; a menu under a button at a row's end wants
   *   `{ align: 'end' }`.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly placement: Placement = {},
  ) {
    host.addController(this);
  }

  /** What the open menu is for; `undefined` while it is closed. Render the menu only while set. */
  get subject(): T | undefined {
    return this.open?.subject;
  }

  /**
   * Opens the menu for `subject` next to `trigger`, the button pressed; pressing the same button
   * again closes it. Call it from the button's `click` handler.
   */
  toggle(subject: T, trigger: HTMLElement): void {
    const again = this.open?.trigger === trigger;
    this.hide();
    if (!again) this.open = { subject, trigger };
    this.host.requestUpdate();
  }

  /** Closes the menu and returns the focus to its button: call it before running an item's action. */
  close(): void {
    const trigger = this.open?.trigger;
    this.hide();
    this.host.requestUpdate();
    trigger?.focus();
  }

  /**
   * Binds the `role="menu"` element to the controller and makes it a popover.
   *
   * @example html`<div role="menu" part="menu" aria-label=${label} ${this.menu.attach()}>…</div>`
   */
  attach() {
    return ref(this.bind);
  }

  hostUpdated(): void {
    const menu = this.element;
    if (!menu || !this.open || menu.matches(':popover-open')) return;
    showAnchored(menu, this.open.trigger, this.placement);
    const items = itemsOf(menu);
    (items.find((item) => item.getAttribute('aria-disabled') !== 'true') ?? items[0])?.focus();
  }

  hostDisconnected(): void {
    this.open = undefined;
  }

  private bind = (element: Element | undefined) => {
    this.element?.removeEventListener('keydown', this.onKeyDown);
    this.element?.removeEventListener('toggle', this.onToggle);
    this.element = element as HTMLElement | undefined;
    if (!this.element) return;
    this.element.popover = 'auto';
    this.element.addEventListener('keydown', this.onKeyDown);
    this.element.addEventListener('toggle', this.onToggle);
  };

  /** Closes without moving the focus. */
  private hide(): void {
    // Forgotten before hiding, so the toggle event that follows reads as no dismissal of its own.
    this.open = undefined;
    if (this.element?.matches(':popover-open')) this.element.hidePopover();
  }

  private onKeyDown = (event: KeyboardEvent): void => {
    const menu = this.element;
    if (!menu) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close();
      return;
    }
    if (event.key === 'Tab') {
      // Focus on the button before the browser moves it: Tab then goes on from the button.
      this.close();
      return;
    }
    const items = itemsOf(menu);
    const active = deepActiveElement();
    const current = active ? items.indexOf(active) : -1;
    const next = this.target(event, items, current);
    if (next === undefined) return;
    event.preventDefault();
    items[next]?.focus();
  };

  private target(event: KeyboardEvent, items: HTMLElement[], current: number): number | undefined {
    const count = items.length;
    if (count === 0) return undefined;
    switch (event.key) {
      case 'ArrowDown':
        return (current + 1) % count;
      case 'ArrowUp':
        return (current - 1 + count) % count;
      case 'Home':
        return 0;
      case 'End':
        return count - 1;
    }
    const letter = event.key.length === 1 && event.key !== ' ';
    if (!letter || event.ctrlKey || event.metaKey || event.altKey) return undefined;
    this.typed =
      (event.timeStamp - this.typedAt > TYPEAHEAD_PAUSE ? '' : this.typed) +
      event.key.toLocaleLowerCase();
    this.typedAt = event.timeStamp;
    // One letter, or the same letter again, moves on to the next item starting with it; a word
    // starts its search at the current item, which stays while it still matches.
    const word = [...this.typed].every((c) => c === this.typed[0]) ? this.typed[0]! : this.typed;
    const from = word.length === 1 ? current + 1 : Math.max(current, 0);
    for (let step = 0; step < count; step++) {
      const index = (from + step) % count;
      const text = items[index]!.textContent!.trim().toLocaleLowerCase();
      if (text.startsWith(word)) return index;
    }
    return undefined;
  }

  private onToggle = (event: Event): void => {
    // Closed by the browser: a click elsewhere, or another popover opening.
    if ((event as ToggleEvent).newState !== 'closed' || !this.open) return;
    if (this.element?.matches(':popover-open')) return;
    const trigger = this.open.trigger;
    this.open = undefined;
    this.host.requestUpdate();
    // A click on something focusable keeps the focus there; focus lost with the menu comes back.
    const active = deepActiveElement();
    if (!active || active === document.body || this.element?.contains(active)) trigger.focus();
  };
}

function itemsOf(menu: HTMLElement): HTMLElement[] {
  return [...menu.querySelectorAll<HTMLElement>('[role=menuitem]')];
}
