/**
 * Arrow-key navigation inside a `role="menu"`: Up/Down move between items (wrapping), Home/End
 * jump to the first/last one. Disabled items (`aria-disabled`) are included, as the ARIA menu
 * pattern asks, so their reason can be heard. Returns `true` when it handled the key.
 */
export function handleMenuKey(menu: HTMLElement, event: KeyboardEvent): boolean {
  const items = [...menu.querySelectorAll<HTMLElement>('[role=menuitem]')];
  if (items.length === 0) return false;
  const root = menu.getRootNode() as Document | ShadowRoot;
  const current = items.indexOf(root.activeElement as HTMLElement);
  let next: number;
  switch (event.key) {
    case 'ArrowDown':
      next = (current + 1) % items.length;
      break;
    case 'ArrowUp':
      next = (current - 1 + items.length) % items.length;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = items.length - 1;
      break;
    default:
      return false;
  }
  event.preventDefault();
  items[next]?.focus();
  return true;
}

/**
 * Focuses the first enabled item of a menu, or its first item when all are disabled, so the
 * menu never opens with nothing focused.
 */
export function focusFirstItem(menu: HTMLElement): void {
  (
    menu.querySelector<HTMLElement>('[role=menuitem]:not([aria-disabled=true])') ??
    menu.querySelector<HTMLElement>('[role=menuitem]')
  )?.focus();
}
