/**
 * Runs `work` once the next frame has been painted: a frame callback runs before that frame's
 * paint, and a task it queues runs after it. For what the first frame does not show.
 */
export function afterNextPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work));
}

/**
 * Runs `work` when the browser is idle. Safari has no `requestIdleCallback` (calling it threw
 * during render); a timeout there still keeps the work out of the current render.
 */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 0);
}
