/** Runs `fn` when the browser is idle (Safari has no idle callbacks: the next task). */
export function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const id = setTimeout(fn);
    return () => clearTimeout(id);
  }
  const id = requestIdleCallback(fn, { timeout: 1000 });
  return () => cancelIdleCallback(id);
}

/** Runs `fn` when the browser is idle after the next frame has been painted. */
export function afterNextFrame(fn: () => void): () => void {
  let cancel = () => cancelAnimationFrame(frame);
  const frame = requestAnimationFrame(() => (cancel = whenIdle(fn)));
  return () => cancel();
}
