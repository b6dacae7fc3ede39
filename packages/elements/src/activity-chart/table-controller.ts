import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { DailyActivity } from '@hub/core';
import { afterNextFrame, whenIdle } from '../base/scheduling.js';

/**
 * Rows added per idle period: a few milliseconds of DOM, never a frame's worth, where a year of
 * rows at once was a 40 ms task and five years 14,700 elements and 205 ms.
 */
export const TABLE_CHUNK = 100;

/**
 * Fills the screen-reader table of the figures on screen without costing the chart a frame: it
 * starts once the bars have been painted and adds {@link TABLE_CHUNK} rows per idle period. Focus
 * entering the element completes it at once, so whoever moves into the chart by keyboard or with
 * a screen reader finds every row.
 */
export class DataTableController implements ReactiveController {
  /** The figures the rows are of, and how many rows are shown. */
  private series: DailyActivity | undefined;
  private rows = 0;
  /** The series this update rendered a table for; `undefined` when it showed none. */
  private rendered: DailyActivity | undefined;
  private cancel: (() => void) | undefined;

  /** @param host - The element; the controller adds itself to it. */
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    host.addEventListener('focusin', () => this.complete());
  }

  /**
   * The table of `series` with the rows shown so far, drawn by `draw`; nothing until the first
   * rows are due. Another series starts over.
   */
  render<T>(series: DailyActivity, draw: (rows: number) => T): T | typeof nothing {
    this.rendered = series;
    if (series !== this.series) {
      this.stop();
      this.series = series;
      this.rows = 0;
    }
    return this.rows > 0 ? draw(this.rows) : nothing;
  }

  hostUpdate(): void {
    this.rendered = undefined;
  }

  hostUpdated(): void {
    const series = this.rendered;
    if (series !== this.series) {
      // No table this time (loading, empty, error): forget the rows rather than grow them unseen.
      this.stop();
      this.series = undefined;
      return;
    }
    if (!series || this.rows >= series.days.length || this.cancel) return;
    const grow = () => {
      this.cancel = undefined;
      this.rows = Math.min(series.days.length, this.rows + TABLE_CHUNK);
      this.host.requestUpdate();
    };
    this.cancel = this.rows === 0 ? afterNextFrame(grow) : whenIdle(grow);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Shows every row with the next update. */
  private complete(): void {
    if (!this.series || this.rows >= this.series.days.length) return;
    this.stop();
    this.rows = this.series.days.length;
    this.host.requestUpdate();
  }

  private stop(): void {
    this.cancel?.();
    this.cancel = undefined;
  }
}
