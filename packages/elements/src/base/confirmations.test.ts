import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { HubElement } from './hub-element.js';
import { ConfirmationController, type Confirmation } from './confirmations.js';
import { confirmationStyles } from './confirmations.styles.js';
import { $, $$, buttonNamed } from '../test-support/dom.js';

@customElement('test-confirmer')
class TestConfirmer extends HubElement {
  static override styles = [...HubElement.styles, confirmationStyles];
  readonly confirmations = new ConfirmationController(this, { limit: 2 });
  override render() {
    return html`${this.confirmations.render('Dismiss')}
      <p>body</p>`;
  }
  show(confirmation: Confirmation) {
    this.confirmations.show(confirmation);
    return this.updateComplete;
  }
}

const texts = (el: TestConfirmer) => $$(el, '[part=confirmation] p').map((p) => p.textContent);

describe('ConfirmationController', () => {
  it('shows the message where sighted users see it and announces it', async () => {
    const el = await fixture<TestConfirmer>(html`<test-confirmer></test-confirmer>`);
    await el.show({ tone: 'success', text: 'Profile saved.' });
    const shown = $(el, '[part=confirmation]')!;
    expect(shown.dataset['tone']).to.equal('success');
    expect(shown.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(getComputedStyle(shown).display).to.equal('flex');
    await waitUntil(() => $(el, '[role=status]')?.textContent?.includes('Profile saved.'));
    await expect(el).to.be.accessible();
  });

  it('is dismissed with its button', async () => {
    const el = await fixture<TestConfirmer>(html`<test-confirmer></test-confirmer>`);
    await el.show({ tone: 'neutral', text: 'Templates synced.' });
    buttonNamed(el, /^Dismiss$/)!.click();
    await el.updateComplete;
    expect($(el, '[part=confirmation]')).to.equal(null);
  });

  it('keeps at most the limit, dropping the oldest', async () => {
    const el = await fixture<TestConfirmer>(html`<test-confirmer></test-confirmer>`);
    await el.show({ tone: 'success', text: 'one' });
    await el.show({ tone: 'success', text: 'two' });
    await el.show({ tone: 'danger', text: 'three' });
    expect(texts(el)).to.deep.equal(['two', 'three']);
  });

  it('replaces an older message about the same subject', async () => {
    const el = await fixture<TestConfirmer>(html`<test-confirmer></test-confirmer>`);
    await el.show({ tone: 'success', text: 'Cancelled.', subject: 'n1' });
    await el.show({ tone: 'success', text: 'Other number.', subject: 'n2' });
    await el.show({ tone: 'success', text: 'Cancellation undone.', subject: 'n1' });
    expect(texts(el)).to.deep.equal(['Other number.', 'Cancellation undone.']);
  });

  it('runs its action once and removes the message', async () => {
    const el = await fixture<TestConfirmer>(html`<test-confirmer></test-confirmer>`);
    let runs = 0;
    await el.show({
      tone: 'success',
      text: 'Cancelled.',
      action: { label: 'Undo', run: () => runs++ },
    });
    buttonNamed(el, /^Undo$/)!.click();
    await el.updateComplete;
    expect(runs).to.equal(1);
    expect($(el, '[part=confirmation]')).to.equal(null);
  });
});
