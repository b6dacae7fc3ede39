import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { showAnchored } from './position.js';

// A page of its own: a Content Security Policy, once set, stays for the whole page.
describe('showAnchored under a strict Content Security Policy', () => {
  const violations: string[] = [];
  const supports = CSS.supports;
  before(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(e.violatedDirective),
    );
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "style-src 'self'";
    document.head.append(meta);
  });
  after(() => {
    (CSS as { supports: typeof CSS.supports }).supports = supports;
  });

  for (const anchorPositioning of [true, false]) {
    it(`places the popover with no inline style blocked (anchor positioning: ${anchorPositioning})`, async () => {
      (CSS as { supports: typeof CSS.supports }).supports = (...args: [string, string?]) =>
        args[0] === 'position-area' ? anchorPositioning : supports(...(args as [string, string]));

      const root = await fixture<HTMLElement>(
        html`<div>
          <button type="button">Anchor</button>
          <div .popover=${'manual'}>Popover</div>
        </div>`,
      );
      const anchor = root.querySelector('button')!;
      const popover = root.querySelector<HTMLElement>('[popover]')!;
      showAnchored(popover, anchor, { gap: 6 });
      const placed = () => {
        const [a, p] = [anchor.getBoundingClientRect(), popover.getBoundingClientRect()];
        return Math.round(p.left) === Math.round(a.left) && Math.round(p.top - a.bottom) === 6;
      };
      await waitUntil(placed, 'popover not under its anchor');
      expect(violations).to.deep.equal([]);
    });
  }
});
