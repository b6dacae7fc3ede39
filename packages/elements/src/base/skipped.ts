import type { Page } from '@hub/core';

/**
 * Makes a logger for the items a list answer left out (`page.skipped`: the Hub sent them in a
 * shape this version cannot read). The element shows only how many; the console says which and
 * why, for whoever debugs the integration. Each set of left-out items is logged once, however
 * often the element renders or re-reads it.
 *
 * @param tag - The element's tag name, so the warning says where it comes from.
 */
export function skippedItemsLogger(tag: string): (page: Page<unknown> | undefined) => void {
  let logged: Page<unknown> | undefined;
  let loggedItems = '';
  return (page) => {
    if (!page || page === logged) return;
    logged = page;
    // A re-read that leaves out the same items (a refresh, the whole of a list that arrived page
    // by page) says nothing new.
    const items = JSON.stringify(page.skipped.map(({ index, id }) => [index, id]));
    if (page.skipped.length === 0 || items === loggedItems) return;
    loggedItems = items;
    console.warn(
      `<${tag}>: ${page.skipped.length} item(s) of the Hub's answer could not be read and are not shown.`,
      page.skipped.map(({ index, id, issues }) => ({ index, id, issues })),
    );
  };
}
