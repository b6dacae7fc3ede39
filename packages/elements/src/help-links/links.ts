import { safeHandOffUrl } from '@hub/core';

/** The help pages a client reaches from the Client Hub's menu. */
export type HelpLinkKind = 'docs' | 'roadmap' | 'status' | 'support';

/** The help pages' addresses; a partner replaces any of them, or hides one with `null`. */
export type HelpLinks = Record<HelpLinkKind, string | null>;

/** The menu's order in the Client Hub. */
export const HELP_LINK_KINDS: readonly HelpLinkKind[] = ['docs', 'roadmap', 'status', 'support'];

/**
 * 360dialog's own pages, used where the partner sets none. The guide names the pages but not
 * their addresses: see docs/api-assumptions.md for which of these are confirmed.
 */
export const DEFAULT_HELP_LINKS: Readonly<HelpLinks> = {
  docs: 'https://docs.360dialog.com/docs',
  roadmap: 'https://360dialog.canny.io/',
  status: 'https://status.360dialog.com/',
  support: 'https://docs.360dialog.com/docs/support/get-support',
};

/**
 * The address to link for `kind`: the partner's `override` when set (`null` hides the link), else
 * the default. Only `https:` and same-origin addresses are linked; any other is `undefined` and
 * logged, so a misconfigured `javascript:` link never renders.
 */
export function helpLinkUrl(
  kind: HelpLinkKind,
  override: string | null | undefined,
  tag: string,
): string | undefined {
  const address = override === undefined || override === '' ? DEFAULT_HELP_LINKS[kind] : override;
  if (address === null) return undefined;
  // A server render has no page: a relative address is judged against a stand-in origin and
  // stays relative, so the browser resolves it against the page as it would have.
  const pageOrigin = typeof location === 'undefined' ? NO_PAGE : location.origin;
  const safe = safeHandOffUrl(address, pageOrigin);
  if (!safe) {
    console.error(
      `<${tag}>: not linking ${kind}: its address is neither https: nor on this page’s origin.`,
    );
  }
  return safe?.origin === NO_PAGE ? address : safe?.href;
}

const NO_PAGE = 'https://server-render.invalid';
