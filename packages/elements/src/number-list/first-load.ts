import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextFrame } from '../base/scheduling.js';

/**
 * How long a first load may take before the list shows its skeleton. A list that arrives sooner
 * (most do) appears at once, with no skeleton flashing first and no skeleton to lay out and paint
 * in the way of its rows; a slower one shows the skeleton well before anyone wonders.
 */
export const SKELETON_DELAY_MS = 100;

/**
 * Paces what the number list shows around its first load: the loading skeleton only once the load
 * has taken {@link SKELETON_DELAY_MS}, and the add and import flows (which show nothing until
 * started) when the page is idle after the first frame that shows numbers, so neither takes the
 * main thread as the numbers arrive or right after they are painted, when the user may act. A
 * flow started before then is built at once.
 */
export class FirstLoadPacing implements ReactiveController {
  /** Whether the loading skeleton may show. */
  skeletonDue = false;
  /** Whether the add and import flows are rendered. */
  flowsBuilt = false;
  private skeletonTimer: ReturnType<typeof setTimeout> | undefined;
  private flowsScheduled = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly load: () => { loading: boolean; shown: boolean },
  ) {
    host.addController(this);
    // A server-rendered list (its shadow root came with the page) already shows its skeleton:
    // it keeps showing it rather than disappearing for a moment.
    this.skeletonDue = host.shadowRoot !== null;
  }

  /** Renders the flows now, e.g. because the user started one. */
  buildFlows(): void {
    this.flowsBuilt = true;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const { loading, shown } = this.load();
    if (loading && !this.skeletonDue) {
      this.skeletonTimer ??= setTimeout(() => {
        this.skeletonDue = true;
        this.host.requestUpdate();
      }, SKELETON_DELAY_MS);
    } else if (!loading && this.skeletonTimer !== undefined) {
      // Loaded in time: a later load shows its skeleton at once, as it would after the timer,
      // without the timer re-rendering a list that shows no skeleton.
      this.cancelTimer();
      this.skeletonDue = true;
    }
    if (shown && !this.flowsScheduled) {
      this.flowsScheduled = true;
      afterNextFrame(() => this.buildFlows());
    }
  }

  hostDisconnected(): void {
    this.cancelTimer();
  }

  private cancelTimer(): void {
    clearTimeout(this.skeletonTimer);
    this.skeletonTimer = undefined;
  }
}
