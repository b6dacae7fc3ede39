import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { HubNumber } from '@hub/core';
import {
  qualityBadge,
  qualityText,
  statusBadge,
  templateStatusBadge,
  type Translate,
} from './badges.js';
import { press } from '../test-support/dom.js';

/** Shows the key and its parameters, so the tests see which words a badge asked for. */
const t: Translate = (key, params) => (params ? `${key} ${JSON.stringify(params)}` : key);

describe('badges', () => {
  it('shows a quality rating as a tone and a word, and nothing without one', async () => {
    const el = await fixture<HTMLElement>(
      html`<p>
        ${qualityBadge('GREEN', 'Quality: High')} ${qualityBadge('PURPLE', 'Quality: PURPLE')}
        ${qualityBadge(null, 'never shown')}
      </p>`,
    );
    const badges = [...el.querySelectorAll('[part=quality-badge]')];
    expect(badges.map((b) => [b.textContent, b.getAttribute('data-tone')])).to.deep.equal([
      ['Quality: High', 'success'],
      ['Quality: PURPLE', 'neutral'],
    ]);
  });

  it("words a number's quality, an unknown one with its raw value", () => {
    const number = { qualityRating: 'UNKNOWN', unknownQualityRating: 'BLUE' } as HubNumber;
    expect(qualityText(t, number)).to.equal('common.unknownValue {"value":"BLUE"}');
    expect(qualityText(t, { ...number, unknownQualityRating: null })).to.equal(
      'numbers.quality.UNKNOWN',
    );
  });

  it('shows a template status with the caller’s words and a tone, unknown ones neutral', async () => {
    const el = await fixture<HTMLElement>(
      html`<p>
        ${templateStatusBadge('rejected', 'Rejected')}
        ${templateStatusBadge('under_audit', 'Unknown (UNDER_AUDIT)')}
      </p>`,
    );
    const badges = [...el.querySelectorAll<HTMLElement>('[part=status-badge]')];
    expect(
      badges.map((b) => [b.textContent, b.dataset['status'], b.dataset['tone']]),
    ).to.deep.equal([
      ['Rejected', 'REJECTED', 'danger'],
      ['Unknown (UNDER_AUDIT)', 'UNDER_AUDIT', 'neutral'],
    ]);
  });

  it("explains a number's status under its badge on focus, and hides it on Escape", async () => {
    const number = { status: 'live' } as HubNumber;
    const el = await fixture<HTMLElement>(html`<div>${statusBadge(t, number, 'tip-1')}</div>`);
    const badge = el.querySelector<HTMLButtonElement>('[part=status-badge]')!;
    const tip = el.querySelector<HTMLElement>('#tip-1')!;
    expect([badge.textContent!.trim(), badge.dataset['tone']]).to.deep.equal([
      'numbers.status.live',
      'success',
    ]);
    expect(badge.getAttribute('aria-describedby')).to.equal('tip-1');
    expect(tip.textContent).to.equal('numbers.statusHelp.live');

    badge.focus();
    expect(tip.matches(':popover-open')).to.equal(true);
    const below = () => {
      const [b, p] = [badge.getBoundingClientRect(), tip.getBoundingClientRect()];
      return (
        Math.round(p.left) === Math.round(b.left) && Math.round(p.top) === Math.round(b.bottom) + 4
      );
    };
    await waitUntil(below, 'explanation not under its badge');
    await press('Escape');
    expect(tip.matches(':popover-open')).to.equal(false);
  });
});
