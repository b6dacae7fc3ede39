/** Where a popover sits next to its anchor. */
export interface Placement {
  /**
   * Which inline edges line up, in the popover's reading direction: `start` puts its start edge
   * (left in left-to-right text, right in right-to-left) at the anchor's start edge, so it grows
   * toward the end, as a tooltip under a badge; `end` lines up the end edges, as a menu under a
   * button at the end of a row. Default `start`.
   */
  align?: 'start' | 'end';
  /** The gap between the anchor and the popover, in CSS pixels. Default 4. */
  gap?: number;
}

/** How close to the viewport's edge the measured fallback lets a popover come. */
const EDGE = 8;

/** Properties each strategy sets, so letting go removes exactly them. */
const ANCHORED_PROPS = [
  'position-anchor',
  'position-area',
  'position-try-fallbacks',
  'inset',
  'margin',
  'margin-block-start',
] as const;
const MEASURED_PROPS = ['inset', 'margin', 'left', 'top'] as const;

let anchorCount = 0;

/**
 * Shows `popover` (an element with the `popover` attribute, so it sits in the top layer and no
 * scrolling or clipping container cuts it) next to `anchor`, and keeps it there until it closes:
 * below the anchor, above it when the viewport has no room below, and on the other inline side
 * when it would cross the viewport's edge; mirrored in right-to-left text. It follows scrolling
 * (of the page and of any container around the anchor) and resizing.
 *
 * Where the browser has CSS anchor positioning the browser itself moves the popover, with no script
 * running while the page scrolls; elsewhere the popover is measured and moved on scroll and
 * resize. Both set positions through CSSOM, which a strict Content Security Policy allows. The
 * anchor is also the popover's invoker, so pressing it does not light-dismiss the popover first.
 *
 * @example
 * ```ts
 * showAnchored(this.tip, badge, { align: 'start' }); // lets go when the tip is hidden
 * ```
 */
export function showAnchored(
  popover: HTMLElement,
  anchor: HTMLElement,
  placement: Placement = {},
): void {
  if (!popover.matches(':popover-open')) popover.showPopover({ source: anchor });
  const release = CSS.supports('position-area', 'self-block-end span-self-inline-end')
    ? anchorWithCss(popover, anchor, placement)
    : anchorByMeasuring(popover, anchor, placement);
  const onBeforeToggle = (event: Event) => {
    if ((event as ToggleEvent).newState !== 'closed') return;
    popover.removeEventListener('beforetoggle', onBeforeToggle);
    release();
  };
  popover.addEventListener('beforetoggle', onBeforeToggle);
}

function anchorWithCss(popover: HTMLElement, anchor: HTMLElement, placement: Placement) {
  const name = `--hub-anchor-${++anchorCount}`;
  const span = placement.align === 'end' ? 'span-self-inline-start' : 'span-self-inline-end';
  anchor.style.setProperty('anchor-name', name);
  // `self-` keywords follow the popover's own direction, which it inherits from the element it is
  // rendered in; plain logical ones would follow the page's.
  setProps(popover, {
    'position-anchor': name,
    'position-area': `self-block-end ${span}`,
    'position-try-fallbacks': 'flip-block, flip-inline, flip-block flip-inline',
    inset: 'auto',
    margin: '0',
    // The flips swap the block margins too, so the gap stays between popover and anchor.
    'margin-block-start': `${placement.gap ?? 4}px`,
  });
  return () => {
    ANCHORED_PROPS.forEach((prop) => popover.style.removeProperty(prop));
    if (anchor.style.getPropertyValue('anchor-name') === name) {
      anchor.style.removeProperty('anchor-name');
    }
  };
}

function anchorByMeasuring(popover: HTMLElement, anchor: HTMLElement, placement: Placement) {
  setProps(popover, { inset: 'auto', margin: '0' });
  const place = () => {
    // Removed while open (its element re-rendered away): nothing is left to place.
    if (!popover.isConnected || !anchor.isConnected) return release();
    const { left, top } = measure(popover, anchor, placement);
    setProps(popover, { left: `${left}px`, top: `${top}px` });
  };
  const resized = new ResizeObserver(place);
  resized.observe(anchor);
  resized.observe(popover);
  // Scroll events do not bubble, but a capturing listener on the window sees every container's.
  addEventListener('scroll', place, { capture: true, passive: true });
  addEventListener('resize', place, { passive: true });
  function release() {
    resized.disconnect();
    removeEventListener('scroll', place, { capture: true });
    removeEventListener('resize', place);
    MEASURED_PROPS.forEach((prop) => popover.style.removeProperty(prop));
  }
  place();
  return release;
}

/** The popover's viewport position: below (or above) the anchor, inside the viewport. */
function measure(popover: HTMLElement, anchor: HTMLElement, placement: Placement) {
  const gap = placement.gap ?? 4;
  const box = anchor.getBoundingClientRect();
  const width = popover.offsetWidth;
  const height = popover.offsetHeight;
  const viewportWidth = document.documentElement.clientWidth;
  const viewportHeight = document.documentElement.clientHeight;

  const roomBelow = viewportHeight - box.bottom - gap;
  const below = roomBelow >= height || roomBelow >= box.top - gap;
  const top = below ? box.bottom + gap : box.top - gap - height;

  const rtl = getComputedStyle(popover).direction === 'rtl';
  const growsRight = (placement.align ?? 'start') === 'start' ? !rtl : rtl;
  const rightward = box.left;
  const leftward = box.right - width;
  let left = growsRight ? rightward : leftward;
  const fits = (x: number) => x >= EDGE && x + width <= viewportWidth - EDGE;
  if (!fits(left) && fits(growsRight ? leftward : rightward))
    left = growsRight ? leftward : rightward;
  left = Math.max(EDGE, Math.min(left, viewportWidth - EDGE - width));
  return { left, top: Math.max(EDGE, top) };
}

function setProps(element: HTMLElement, props: Readonly<Record<string, string>>) {
  for (const [name, value] of Object.entries(props)) element.style.setProperty(name, value);
}
