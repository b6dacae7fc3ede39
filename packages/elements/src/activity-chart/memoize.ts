/**
 * Wraps `fn` so that a call with the same arguments as the previous call (compared with
 * `Object.is`) returns the previous result. Hovering a year of days re-renders on every pointer
 * move; the series, formatters and layout only change when the data, period or size do.
 */
export function memoizeLast<A extends readonly unknown[], R>(fn: (...args: A) => R) {
  let last: { args: A; result: R } | undefined;
  return (...args: A): R => {
    if (
      last &&
      last.args.length === args.length &&
      last.args.every((a, i) => Object.is(a, args[i]))
    ) {
      return last.result;
    }
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}
