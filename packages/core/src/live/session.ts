/**
 * Shares one session token between the transport and the live stream, so opening the stream
 * mints no second token. Each consumer gets its own function: its first call returns the shared
 * token; a later call means the token it holds was refused (a 401), so a fresh one is minted,
 * unless another consumer already replaced it, in which case that newer token is returned.
 */
export function shareSessionToken(mint: () => Promise<string>): () => () => Promise<string> {
  let current: Promise<string> | undefined;
  return () => {
    let held: Promise<string> | undefined;
    return () => {
      if (held !== undefined && held === current) current = undefined;
      if (!current) {
        const minted = mint();
        current = minted;
        // A failed mint is not kept: the next call tries again.
        minted.catch(() => {
          if (current === minted) current = undefined;
        });
      }
      held = current;
      return current;
    };
  };
}
