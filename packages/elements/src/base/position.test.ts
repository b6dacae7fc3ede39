import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { showAnchored, type Placement } from './position.js';

/**
 * A page taller than the viewport with an 80×30 anchor whose top-left corner is at (`x`, `y`) of
 * the document, and a 200×100 popover rendered in a `dir` subtree.
 */
async function page(x: number | string, y: number, dir: 'ltr' | 'rtl' = 'ltr') {
  const root = await fixture<HTMLElement>(html`
    <div dir=${dir} style="block-size: 3000px">
      <button style="position: absolute; inline-size: 80px; block-size: 30px">Anchor</button>
      <div
        .popover=${'manual'}
        style="inline-size: 200px; block-size: 100px; padding: 0; border: 0; box-sizing: border-box"
      >
        Popover
      </div>
    </div>
  `);
  const anchor = root.querySelector('button')!;
  anchor.style.setProperty('left', typeof x === 'number' ? `${x}px` : x);
  anchor.style.setProperty('top', `${y}px`);
  const popover = root.querySelector<HTMLElement>('[popover]')!;
  return { anchor, popover };
}

const rounded = (rect: DOMRect) => ({
  left: Math.round(rect.left),
  top: Math.round(rect.top),
  right: Math.round(rect.right),
  bottom: Math.round(rect.bottom),
});

/** Waits until the popover's box has `expected`'s edges (the browser moves it on its next frame). */
async function placedAt(popover: HTMLElement, expected: Partial<ReturnType<typeof rounded>>) {
  const matches = () => {
    const box = rounded(popover.getBoundingClientRect());
    return Object.entries(expected).every(
      ([edge, value]) => box[edge as keyof typeof box] === value,
    );
  };
  await waitUntil(
    matches,
    `popover at ${JSON.stringify(rounded(popover.getBoundingClientRect()))}, not ${JSON.stringify(expected)}`,
  );
}

const strategies = [
  { name: 'CSS anchor positioning', supported: true },
  { name: 'measuring (browsers without anchor positioning)', supported: false },
];

for (const strategy of strategies) {
  describe(`showAnchored, by ${strategy.name}`, () => {
    const supports = CSS.supports;
    before(() => {
      // A browser without anchor positioning answers no; nothing else about it differs here.
      (CSS as { supports: typeof CSS.supports }).supports = (...args: [string, string?]) =>
        args[0] === 'position-area' ? strategy.supported : supports(...(args as [string, string]));
    });
    after(() => {
      (CSS as { supports: typeof CSS.supports }).supports = supports;
      scrollTo(0, 0);
    });
    afterEach(() => scrollTo(0, 0));

    it('opens below the anchor, start edges aligned, and stays attached as the page scrolls', async () => {
      const { anchor, popover } = await page(100, 100);
      showAnchored(popover, anchor);
      expect(popover.matches(':popover-open')).to.equal(true);
      // The strategy under test is the one in use.
      const own = strategy.supported ? 'position-area' : 'left';
      expect(popover.style.getPropertyValue(own)).to.not.equal('');
      await placedAt(popover, { left: 100, top: 134 });

      scrollTo(0, 60);
      await waitUntil(() => Math.round(anchor.getBoundingClientRect().top) === 40);
      await placedAt(popover, { left: 100, top: 74 });
    });

    it('follows a scrolling container around the anchor', async () => {
      const root = await fixture<HTMLElement>(html`
        <div style="position: absolute; top: 50px; left: 50px; block-size: 200px; overflow: auto">
          <div style="block-size: 1000px; padding-block-start: 100px">
            <button style="inline-size: 80px; block-size: 30px">Anchor</button>
          </div>
          <div .popover=${'manual'} style="inline-size: 200px; block-size: 60px">Popover</div>
        </div>
      `);
      const popover = root.querySelector<HTMLElement>('[popover]')!;
      showAnchored(popover, root.querySelector('button')!);
      await placedAt(popover, { left: 50, top: 184 });
      root.scrollTop = 40;
      await placedAt(popover, { left: 50, top: 144 });
    });

    it('lines up the end edges for `align: end`', async () => {
      const { anchor, popover } = await page(300, 100);
      showAnchored(popover, anchor, { align: 'end', gap: 8 });
      await placedAt(popover, { right: 380, top: 138 });
    });

    it('opens above the anchor when the viewport has no room below', async () => {
      const y = innerHeight - 60;
      const { anchor, popover } = await page(100, y);
      showAnchored(popover, anchor);
      await placedAt(popover, { left: 100, bottom: y - 4 });
    });

    it('grows toward the other side near the viewport edge', async () => {
      const { anchor, popover } = await page('calc(100% - 100px)', 100);
      const anchorRight = Math.round(anchor.getBoundingClientRect().right);
      showAnchored(popover, anchor);
      await placedAt(popover, { right: anchorRight, top: 134 });
    });

    it('mirrors in right-to-left text', async () => {
      const cases: [Placement['align'], { left?: number; right?: number }][] = [
        ['start', { right: 380 }],
        ['end', { left: 300 }],
      ];
      for (const [align, edges] of cases) {
        const { anchor, popover } = await page(300, 100, 'rtl');
        showAnchored(popover, anchor, { align });
        await placedAt(popover, { ...edges, top: 134 });
        popover.hidePopover();
      }
    });

    it('lets go of the popover when it closes', async () => {
      const { anchor, popover } = await page(100, 100);
      showAnchored(popover, anchor);
      await placedAt(popover, { left: 100, top: 134 });
      popover.hidePopover();
      const props = ['left', 'top', 'inset', 'margin', 'position-anchor', 'position-area'];
      expect(props.map((prop) => popover.style.getPropertyValue(prop))).to.deep.equal(
        props.map(() => ''),
      );
      expect(anchor.style.getPropertyValue('anchor-name')).to.equal('');
    });
  });
}
