import { expect, fixture, html } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { HubElement } from './hub-element.js';
import { ConfirmationController } from './confirmations.js';
import { openHandOff, type HandOffOutcome } from './hand-off.js';
import { $$ } from '../test-support/dom.js';

@customElement('test-hand-off')
class TestHandOff extends HubElement {
  readonly confirmations = new ConfirmationController(this);
  /** The `url` of every event emitted. */
  readonly emitted: (string | null)[] = [];

  override render() {
    return this.confirmations.render('Dismiss');
  }

  handOff(address: string | undefined): HandOffOutcome {
    return openHandOff({
      address,
      emit: (url) => {
        this.emitted.push(url);
        return this.dispatchEvent(
          new CustomEvent('test-hand-off', { detail: { url }, cancelable: true }),
        );
      },
      refusal: () => `<test-hand-off>: refused ${address ?? 'nothing'}.`,
      confirmations: this.confirmations,
      opened: { text: 'The page opened in a new tab.', subject: 'hand-off' },
    });
  }
}

describe('openHandOff', () => {
  let opened: unknown[][];
  let logged: unknown[][];
  const realOpen = window.open;
  const realError = console.error;
  beforeEach(() => {
    opened = [];
    logged = [];
    window.open = (...args: unknown[]) => {
      opened.push(args);
      return null;
    };
    console.error = (...args: unknown[]) => logged.push(args);
  });
  afterEach(() => {
    window.open = realOpen;
    console.error = realError;
  });

  const mount = () => fixture<TestHandOff>(html`<test-hand-off></test-hand-off>`);
  const confirmations = (el: TestHandOff) =>
    $$(el, '[part=confirmation]').map((c) => [
      c.dataset['tone'],
      c.querySelector('p')!.textContent,
    ]);

  it('opens an https: page of another origin in a new tab, and confirms it', async () => {
    const el = await mount();
    expect(el.handOff('https://pay.example/top-up?client=ab12CL')).to.equal('opened');
    expect(el.emitted).to.deep.equal(['https://pay.example/top-up?client=ab12CL']);
    expect(opened).to.deep.equal([
      ['https://pay.example/top-up?client=ab12CL', '_blank', 'noopener'],
    ]);
    expect(logged).to.deep.equal([]);
    await el.updateComplete;
    expect(confirmations(el)).to.deep.equal([['neutral', 'The page opened in a new tab.']]);
  });

  it('opens a page of its own origin, even over http:, as an absolute address', async () => {
    // The test page is served over plain http:, so only its origin makes this page safe.
    expect(location.protocol).to.equal('http:');
    const el = await mount();
    expect(el.handOff('/billing-portal?session=1')).to.equal('opened');
    const expected = `${location.origin}/billing-portal?session=1`;
    expect(el.emitted).to.deep.equal([expected]);
    expect(opened).to.deep.equal([[expected, '_blank', 'noopener']]);
  });

  for (const unsafe of ['http://pay.example/top-up', 'javascript:alert(1)']) {
    it(`refuses ${unsafe.split(':')[0]}: on another origin with a console error`, async () => {
      const el = await mount();
      expect(el.handOff(unsafe)).to.equal('refused');
      expect(el.emitted).to.deep.equal([null]);
      expect(opened).to.deep.equal([]);
      expect(logged).to.deep.equal([[`<test-hand-off>: refused ${unsafe}.`]]);
      await el.updateComplete;
      expect(confirmations(el)).to.deep.equal([]);
    });
  }

  it('refuses when no address is set, telling listeners there is none', async () => {
    const el = await mount();
    expect(el.handOff('')).to.equal('refused');
    expect(el.handOff(undefined)).to.equal('refused');
    expect(el.emitted).to.deep.equal([null, null]);
    expect(opened).to.deep.equal([]);
    expect(logged).to.have.length(2);
  });

  it('opens nothing and logs nothing when a listener cancels the event', async () => {
    const el = await mount();
    el.addEventListener('test-hand-off', (event) => event.preventDefault());
    expect(el.handOff('https://pay.example/top-up')).to.equal('canceled');
    expect(el.handOff('http://pay.example/top-up')).to.equal('canceled');
    expect(el.emitted).to.deep.equal(['https://pay.example/top-up', null]);
    expect(opened).to.deep.equal([]);
    expect(logged).to.deep.equal([]);
    await el.updateComplete;
    expect(confirmations(el)).to.deep.equal([]);
  });

  it('keeps one confirmation per subject however often the page is opened', async () => {
    const el = await mount();
    el.handOff('https://pay.example/a');
    el.handOff('https://pay.example/b');
    await el.updateComplete;
    expect(opened).to.have.length(2);
    expect(confirmations(el)).to.deep.equal([['neutral', 'The page opened in a new tab.']]);
  });
});
