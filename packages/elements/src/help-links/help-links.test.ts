import { expect, fixture, html } from '@open-wc/testing';
import '../define/hub-help-links.js';
import type { HubHelpLinks } from './help-links.js';
import { $$ } from '../test-support/dom.js';

const links = (el: HubHelpLinks) =>
  $$<HTMLAnchorElement>(el, '[part=link]').map((a) => [
    a.dataset['link'],
    a.textContent!.replace(/\s+/g, ' ').trim(),
    a.href,
  ]);

describe('<hub-help-links>', () => {
  it('links 360dialog’s pages by default, each in a new tab without an opener', async () => {
    const el = await fixture<HubHelpLinks>(html`<hub-help-links></hub-help-links>`);
    expect(links(el)).to.deep.equal([
      ['docs', 'Documentation (opens in a new tab)', 'https://docs.360dialog.com/docs'],
      ['roadmap', 'Roadmap (opens in a new tab)', 'https://360dialog.canny.io/'],
      ['status', 'Status (opens in a new tab)', 'https://status.360dialog.com/'],
      [
        'support',
        'Support (opens in a new tab)',
        'https://docs.360dialog.com/docs/support/get-support',
      ],
    ]);
    for (const a of $$<HTMLAnchorElement>(el, '[part=link]')) {
      expect([a.target, a.rel]).to.deep.equal(['_blank', 'noopener']);
    }
    expect($$(el, 'nav')[0]!.getAttribute('aria-label')).to.equal('Help');
  });

  it('takes the partner’s addresses from attributes or the links property, attributes first', async () => {
    const el = await fixture<HubHelpLinks>(
      html`<hub-help-links
        support-url="https://help.partner.example/tickets"
        .links=${{ support: 'https://ignored.example/', docs: '/docs/guide', roadmap: null }}
      ></hub-help-links>`,
    );
    expect(links(el).map(([kind, , href]) => [kind, href])).to.deep.equal([
      ['docs', `${location.origin}/docs/guide`],
      ['status', 'https://status.360dialog.com/'],
      ['support', 'https://help.partner.example/tickets'],
    ]);
  });

  it('never links an unsafe address, and says why in the console', async () => {
    const errors: unknown[] = [];
    const realError = console.error;
    console.error = (message: unknown) => errors.push(message);
    try {
      const el = await fixture<HubHelpLinks>(
        html`<hub-help-links
          docs-url="javascript:alert(1)"
          status-url="http://status.partner.example/"
        ></hub-help-links>`,
      );
      expect(links(el).map(([kind]) => kind)).to.deep.equal(['roadmap', 'support']);
      expect(errors).to.deep.equal([
        '<hub-help-links>: not linking docs: its address is neither https: nor on this page’s origin.',
        '<hub-help-links>: not linking status: its address is neither https: nor on this page’s origin.',
      ]);
    } finally {
      console.error = realError;
    }
  });
});
