import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/hub-provider.js';
import '../define/hub-number-list.js';
import type { HubNumberList } from './number-list.js';
import { FULL_ACCESS_CLIENT, emulatedHub } from '../test-support/emulated-hub.js';

// A page of its own: a Content Security Policy, once set, stays for the whole page.
describe('<hub-number-list> under a strict Content Security Policy', () => {
  it('lays out its rows with no inline style blocked', async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(e.violatedDirective),
    );
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "style-src 'self'";
    document.head.append(meta);

    const { client } = emulatedHub({ rateLimits: false });
    const provider = await fixture(html`
      <hub-provider .client=${client} client-id=${FULL_ACCESS_CLIENT}>
        <hub-number-list></hub-number-list>
      </hub-provider>
    `);
    const list = provider.querySelector('hub-number-list') as HubNumberList;
    const rows = () => [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part~=row]')];
    await waitUntil(() => rows().length > 1, 'no rows', { timeout: 8000 });
    const tops = rows().map((row) => Math.round(row.getBoundingClientRect().top));
    expect(new Set(tops).size, `row tops ${tops.join(',')}`).to.equal(tops.length);
    expect(violations).to.deep.equal([]);
  });
});
