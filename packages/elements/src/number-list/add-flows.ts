import { html, type TemplateResult } from 'lit';
import type { HubAddNumber } from '../add-number/add-number.js';

/** Where the in-place flows send the Hub's onboarding page and accept its result from. */
export interface AddFlowOptions {
  redirectUrl: string | undefined;
  hubOrigin: string | undefined;
}

/**
 * `<hub-add-number>` and `<hub-import-number>` without their own buttons: the list's toolbar
 * starts them, and they show their steps and confirmations above the table.
 */
export function addFlows({ redirectUrl, hubOrigin }: AddFlowOptions): TemplateResult {
  return html`<hub-add-number
      no-button
      part="add-flow"
      .redirectUrl=${redirectUrl}
      .hubOrigin=${hubOrigin}
    ></hub-add-number
    ><hub-import-number
      no-button
      part="import-flow"
      .redirectUrl=${redirectUrl}
      .hubOrigin=${hubOrigin}
    ></hub-import-number>`;
}

/**
 * Opens the flow of `kind` rendered by {@link addFlows} in `root`, once its element is defined
 * (its module loads after the list's; see `define/hub-number-list.ts`).
 */
export async function startAddFlow(root: ParentNode, kind: 'add' | 'import'): Promise<void> {
  const tag = kind === 'add' ? 'hub-add-number' : 'hub-import-number';
  await customElements.whenDefined(tag);
  root.querySelector<HubAddNumber>(tag)?.start();
}
