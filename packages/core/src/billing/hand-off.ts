/**
 * The URL of a hand-off page (the Hub's Funds page, a payment or billing portal) if it is safe to
 * open: `https:`, or on the page's own origin. Anything else (`javascript:`, `data:`, plain
 * `http:` elsewhere, garbage) is `undefined`, so a misconfigured or injected URL is never opened.
 */
export function safeHandOffUrl(url: string | undefined, pageOrigin: string): URL | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url, pageOrigin);
  } catch {
    return undefined;
  }
  if (parsed.protocol === 'https:' || parsed.origin === new URL(pageOrigin).origin) return parsed;
  return undefined;
}
