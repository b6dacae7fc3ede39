import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextFrame } from '../base/scheduling.js';

/** Rows rendered above and below the visible ones, so keyboard focus and fast scrolls find rows. */
const OVERSCAN = 8;
/**
 * Rows rendered before anything could be measured: the default table height's worth (36rem of
 * 3.25rem rows) with one to spare.
 */
const INITIAL_ROWS = 12;

/**
 * Windowing for fixed-height rows: tells the element which slice of a long list is visible, so it
 * renders only those rows (plus a margin) whatever the list's length.
 *
 * Rows are positioned by CSS (`calc(row-height * index)`), so the slice is right from the first
 * render, with no measuring pass before rows appear; measurements only move the slice. It follows
 * the table's own scrolling and the page's, whichever the partner's layout uses.
 *
 * The CSS decides the row height (a table row, or a taller card in the narrow layout), and the
 * rows' container is `count` rows of it tall; the height is read from there on every measurement,
 * never cached, so it follows a change of layout even while no row is rendered.
 */
export class RowWindow implements ReactiveController {
  private body: HTMLElement | undefined;
  private count = 0;
  private first = 0;
  private last = INITIAL_ROWS;
  /**
   * No overscan until the first rows have been painted: the rows out of view would only delay
   * the first frame. They are added when the page is next idle after it (within a second), so
   * the task right after the paint stays free for the user's first input; a scroll before then
   * renders the rows it reaches anyway.
   */
  private overscan = 0;
  private overscanPending = false;
  // Made on first use: the constructor also runs where there is no ResizeObserver (server rendering).
  private resizeObserver: ResizeObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The `[start, end)` indexes to render out of `count` rows. */
  slice(count: number): [number, number] {
    this.count = count;
    // A list that shrank below the scroll position still shows its last rows.
    const start = Math.min(Math.max(0, this.first - this.overscan), Math.max(0, count - 1));
    return [start, Math.min(count, Math.max(this.last + this.overscan, start + 1))];
  }

  /**
   * Call after each render with the rows' container (or `undefined` when no table is shown). The
   * measurement waits a frame: the first slice already covers the top, and moving it from inside
   * an update would make the element render twice per change.
   */
  observe(body: HTMLElement | undefined): void {
    if (body !== this.body) {
      this.resizeObserver?.disconnect();
      this.body?.parentElement?.removeEventListener('scroll', this.onScroll);
      this.body = body;
      // The scroller resizes with the element's width; the body with the rows' height, also when
      // only a font or the partner's row height changes.
      if (body) {
        this.resizeObserver ??= new ResizeObserver(() => this.measure());
        this.resizeObserver.observe(body);
        if (body.parentElement) this.resizeObserver.observe(body.parentElement);
      }
      // Scroll events do not leave a shadow root, so the table's own scrolling is heard here.
      body?.parentElement?.addEventListener('scroll', this.onScroll, { passive: true });
    }
    requestAnimationFrame(this.onScroll);
    if (body && !this.overscan && !this.overscanPending) {
      this.overscanPending = true;
      afterNextFrame(() => {
        this.overscan = OVERSCAN;
        this.host.requestUpdate();
      });
    }
  }

  hostConnected(): void {
    // Capture sees scrolls of the page and of scrolling ancestors in the portal's own DOM.
    window.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this.onScroll, { passive: true });
  }

  hostDisconnected(): void {
    this.body?.parentElement?.removeEventListener('scroll', this.onScroll);
    this.body = undefined;
    window.removeEventListener('scroll', this.onScroll, { capture: true });
    window.removeEventListener('resize', this.onScroll);
    this.resizeObserver?.disconnect();
  }

  private onScroll = (): void => this.measure();

  private measure(): void {
    const body = this.body;
    if (!body?.isConnected || this.count === 0) return;
    const rect = body.getBoundingClientRect();
    const rowHeight = rect.height / this.count;
    if (!rowHeight) return;
    const scroller = body.parentElement?.getBoundingClientRect();
    const top = Math.max(scroller?.top ?? 0, 0) - rect.top;
    const bottom = Math.min(scroller?.bottom ?? innerHeight, innerHeight) - rect.top;
    const first = Math.max(0, Math.floor(top / rowHeight));
    const last = Math.max(first, Math.ceil(bottom / rowHeight));
    // Rows in view that are not rendered are always added. Otherwise a move smaller than half the
    // overscan is still covered by the rows already rendered; not re-rendering for it keeps the
    // first paint to one render and scrolling to one per few rows.
    const uncovered = first < this.first - this.overscan || last > this.last + this.overscan;
    const moved = Math.max(Math.abs(first - this.first), Math.abs(last - this.last));
    if (uncovered || (this.overscan && moved >= OVERSCAN / 2)) {
      this.first = first;
      this.last = last;
      this.host.requestUpdate();
    }
  }
}
