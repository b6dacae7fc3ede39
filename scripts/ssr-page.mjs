// Server rendering of Hub Elements with @lit-labs/ssr, shared by the SSR tests: the tags that ship
// and the markup a partner's server sends for them inside a `<hub-provider>`.
import { readdirSync } from 'node:fs';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, unsafeStatic } from 'lit/static-html.js';

/** Each `define/hub-x.ts` registers `<hub-x>`: the file names are the tags that ship. */
export const hubTags = readdirSync(new URL('../packages/elements/src/define', import.meta.url))
  .filter((file) => /^hub-.*\.ts$/.test(file))
  .map((file) => file.slice(0, -3));

/**
 * The server-rendered markup of `<hub-provider client-id=…>` around one element of each of `tags`
 * (declarative shadow roots included), as `@lit-labs/ssr` streams it. Import the elements first.
 *
 * @param {string[]} tags
 * @param {{ partnerId?: string, sessionUrl?: string }} [provider]
 * @returns {Promise<string>}
 */
export function renderInProvider(tags, provider = {}) {
  const children = tags.map((tag) => html`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`);
  return collectResult(
    render(
      html`<hub-provider
        client-id="bNapo1CL"
        partner-id=${ifDefined(provider.partnerId)}
        session-url=${ifDefined(provider.sessionUrl)}
        >${children}</hub-provider
      >`,
    ),
  );
}
