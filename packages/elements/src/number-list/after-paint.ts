/**
 * Runs `work` once the next frame has been painted: a frame callback runs before that frame's
 * paint, and a task it queues runs after it. For what the first frame does not show.
 */
export function afterNextPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work));
}
