/**
 * Longest wait for a frame. A hidden tab paints nothing, and on a slow device the first frame
 * may take longer; either way the work waiting for it goes on after this.
 */
const FRAME_WAIT_MS = 100;

/**
 * Resolves once the page has had the chance to paint what was just handed to it: after the next
 * animation frame where there are frames (a visible browser tab), else after a task (Node, a
 * worker) or at most {@link FRAME_WAIT_MS}. The core draws nothing; it uses this to keep its own
 * follow-up work (asking for a list's later pages) out of the frame that shows the first.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const frame = (globalThis as { requestAnimationFrame?: (callback: () => void) => unknown })
      .requestAnimationFrame;
    if (typeof frame !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    const fallback = setTimeout(resolve, FRAME_WAIT_MS);
    // A task queued from a frame callback runs after that frame's paint.
    frame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
