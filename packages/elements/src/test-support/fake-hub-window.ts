/** A stand-in for the window the onboarding flows open on the Hub. */
export interface FakeHubWindow {
  /** The addresses `window.open` was called with. */
  readonly opened: readonly string[];
  /**
   * Hands `query` back as the partner's redirect page does in the popup: posted from the opened
   * window, from this page's origin, with the `state` nonce of the last opened address appended.
   */
  finish(query: string): void;
  /** Puts `window.open` back and removes the frame. */
  restore(): void;
}

/**
 * Replaces `window.open` with a same-origin frame that echoes what it is sent to its parent, so
 * the result arrives through a real `postMessage` whose `source` is the "popup" the flow opened.
 */
export async function fakeHubWindow(): Promise<FakeHubWindow> {
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.srcdoc =
    "<script>addEventListener('message', (e) => parent.postMessage(e.data, '*'));</script>";
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const opened: string[] = [];
  const original = window.open;
  window.open = ((url: string) => {
    opened.push(url);
    return frame.contentWindow;
  }) as typeof window.open;
  return {
    opened,
    finish(query) {
      const state = new URL(opened.at(-1)!).searchParams.get('state');
      frame.contentWindow!.postMessage(`?${query}&state=${state}`, '*');
    },
    restore() {
      window.open = original;
      frame.remove();
    },
  };
}
