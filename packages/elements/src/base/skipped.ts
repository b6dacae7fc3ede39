import type { Page } from '@hub/core';

/**
 * Makes a logger for the items a list answer left out (`page.skipped`: the Hub sent them in a
 * shape this version cannot read). The element shows only how many; the console says which and
 * why, for whoever debugs the integration. Each loaded page is logged once, however often the
 * element renders it.
 *
 * @param tag - The element's tag name, so the warning says where it comes from.
 */
export function skippedItemsLogger(tag: string): (page: Page<unknown> | undefined) => void {
  let logged: Page<unknown> | undefined;
  return (page) => {
    if (!page || page === logged) return;
    logged = page;
    if (page.skipped.length === 0) return;
    console.warn(
      `<${tag}>: ${page.skipped.length} item(s) of the Hub's answer could not be read and are not shown.`,
      page.skipped.map(({ index, id, issues }) => ({ index, id, issues })),
    );
  };
}
