import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/hub-settings.js';
import type { HubSettings } from './settings.js';
import { $, $$ } from '../test-support/dom.js';

const sections = (el: HubSettings) =>
  $$(el, '[part=section]')
    .filter((s) => !s.hidden)
    .map((s) => [s.dataset['section'], s.querySelector('h2')!.textContent]);

/** Registers a stand-in for a composed element (a variable tag, so the analyzers take it for none of ours). */
const registerStandIn = (tag: string) => customElements.define(tag, class extends HTMLElement {});

describe('<hub-settings>', () => {
  it('composes the settings elements once they are registered, and the help links', async () => {
    const el = await fixture<HubSettings>(
      html`<hub-settings
        hub-origin="https://hub.example"
        redirect-url="https://portal.example/back"
        partner-name="Acme"
      ></hub-settings>`,
    );
    // Neither settings element is registered on this page yet: their sections are left out.
    expect(sections(el)).to.deep.equal([['help', 'Help']]);
    expect($$(el, '[part=section][data-section=help] hub-help-links')).to.have.length(1);

    registerStandIn('hub-partner-change');
    await waitUntil(() => $(el, 'hub-partner-change'), 'partner change not composed');
    registerStandIn('hub-partner-permissions');
    await waitUntil(() => $(el, 'hub-partner-permissions'), 'permissions not composed');
    expect(sections(el)).to.deep.equal([
      ['permissions', 'Partner permissions'],
      ['partner-change', 'Partner'],
      ['help', 'Help'],
    ]);
    // The portal's onboarding settings reach the composed elements.
    await el.updateComplete;
    const composed = $(el, 'hub-partner-permissions')!;
    expect(composed.getAttribute('hub-origin')).to.equal('https://hub.example');
    expect(composed.getAttribute('redirect-url')).to.equal('https://portal.example/back');
    expect($(el, 'hub-partner-change')!.getAttribute('partner-name')).to.equal('Acme');
    // Re-rendering keeps the same element (and whatever it has loaded).
    const permissions = $(el, 'hub-partner-permissions');
    el.requestUpdate();
    await el.updateComplete;
    expect($(el, 'hub-partner-permissions')).to.equal(permissions);
  });

  it('passes the partner’s help addresses to the help links', async () => {
    const el = await fixture<HubSettings>(
      html`<hub-settings
        .helpLinks=${{ support: 'https://help.partner.example/' }}
      ></hub-settings>`,
    );
    const links = $(el, 'hub-help-links')!;
    await (links as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const support = links.shadowRoot!.querySelector<HTMLAnchorElement>('[data-link=support]')!;
    expect(support.href).to.equal('https://help.partner.example/');
  });

  it('shows the portal’s user settings in their own section only when the slot is filled', async () => {
    const empty = await fixture<HubSettings>(html`<hub-settings></hub-settings>`);
    expect($(empty, '[data-section=user]')!.hidden).to.equal(true);

    const el = await fixture<HubSettings>(
      html`<hub-settings>
        <div slot="user-settings">Signed in as ada@example.com</div>
      </hub-settings>`,
    );
    await waitUntil(() => !$(el, '[data-section=user]')!.hidden, 'user section hidden');
    const slot = $<HTMLSlotElement>(el, 'slot[name=user-settings]')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal([
      'Signed in as ada@example.com',
    ]);
    expect($(el, '[data-section=user] h2')!.textContent).to.equal('Your account');
  });
});
