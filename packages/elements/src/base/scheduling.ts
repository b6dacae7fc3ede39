// When to do what the first frame does not show, so it never delays that frame.

/**
 * Runs `work` once the next frame has been painted: a frame callback runs before that frame's
 * paint, and a task it queues runs after it.
 */
export function afterNextPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work));
}

/**
 * Runs `work` when the browser is idle, or after `timeout` ms at the latest. Safari has no
 * `requestIdleCallback` (calling it threw during render); the next task there still keeps the
 * work out of the current render.
 *
 * @returns A function that cancels it.
 */
export function whenIdle(work: () => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const id = setTimeout(work);
    return () => clearTimeout(id);
  }
  const id = requestIdleCallback(work, { timeout });
  return () => cancelIdleCallback(id);
}

/**
 * Runs `work` when the browser is idle after the next frame has been painted.
 *
 * @returns A function that cancels it.
 */
export function afterNextFrame(work: () => void): () => void {
  let cancel = () => cancelAnimationFrame(frame);
  const frame = requestAnimationFrame(() => (cancel = whenIdle(work)));
  return () => cancel();
}
