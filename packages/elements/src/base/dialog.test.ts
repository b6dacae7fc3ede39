import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { HubElement } from './hub-element.js';
import { DialogController, type DialogRequest } from './dialog.js';
import { dialogStyles } from './dialog.styles.js';
import { $, buttonNamed, press, typeInto } from '../test-support/dom.js';

@customElement('test-dialog-host')
class TestDialogHost extends HubElement {
  static override styles = [...HubElement.styles, dialogStyles];
  readonly dialog = new DialogController(this);
  override render() {
    return html`<button type="button" id="trigger">Delete welcome</button>${this.dialog.render()}`;
  }
}

const QUESTION = {
  title: 'Delete “welcome”?',
  body: html`<p>The template is deleted in all 2 languages.</p>`,
  confirmLabel: 'Delete template',
  cancelLabel: 'Cancel',
};

/** Opens a dialog from the focused trigger, as a click on it does. */
async function ask(request: DialogRequest = QUESTION) {
  const el = await fixture<TestDialogHost>(html`<test-dialog-host></test-dialog-host>`);
  const trigger = $<HTMLButtonElement>(el, '#trigger')!;
  trigger.focus();
  const choice = el.dialog.open(request);
  await el.updateComplete;
  const dialog = $<HTMLDialogElement>(el, 'dialog')!;
  return { el, trigger, choice, dialog };
}

const focused = (el: HTMLElement) => el.shadowRoot!.activeElement;
/** A deferred promise, settled by the test. */
function deferred() {
  let resolve!: (value?: unknown) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('DialogController', () => {
  it('opens modal, named and described, with the focus on the safe button; axe clean', async () => {
    const { el, dialog } = await ask();
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.getAttribute('part')).to.equal('dialog');
    const title = el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).to.equal('Delete “welcome”?');
    const body = el.shadowRoot!.getElementById(dialog.getAttribute('aria-describedby')!)!;
    expect(body.textContent!.trim()).to.equal('The template is deleted in all 2 languages.');
    expect(focused(el)).to.equal(buttonNamed(el, /^Cancel$/));
    expect(buttonNamed(el, /^Delete template$/)!.classList.contains('btn-danger')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('is dismissed by Escape, and the focus returns to the trigger', async () => {
    const { el, trigger, choice } = await ask();
    await press('Escape');
    expect(await choice).to.equal('dismiss');
    await waitUntil(() => !$(el, 'dialog'), 'dialog not removed');
    expect(focused(el)).to.equal(trigger);
  });

  it('is dismissed by its safe button pressed with Enter', async () => {
    const { el, trigger, choice } = await ask();
    await press('Enter');
    expect(await choice).to.equal('dismiss');
    expect(focused(el)).to.equal(trigger);
  });

  it('confirms with Enter on the confirm button, and keeps Tab inside', async () => {
    const { el, trigger, choice } = await ask();
    await press('Tab');
    expect(focused(el)).to.equal(buttonNamed(el, /^Delete template$/));
    await press('Tab');
    expect(focused(el), 'Tab wraps to the first button').to.equal(buttonNamed(el, /^Cancel$/));
    await press('Tab');
    await press('Enter');
    expect(await choice).to.equal('confirm');
    expect(focused(el)).to.equal(trigger);
  });

  it('confirms with a click', async () => {
    const { el, choice } = await ask({ ...QUESTION, tone: 'primary', body: undefined });
    const confirm = buttonNamed(el, /^Delete template$/)!;
    expect(confirm.classList.contains('btn-primary')).to.equal(true);
    expect($(el, 'dialog')!.hasAttribute('aria-describedby')).to.equal(false);
    confirm.click();
    expect(await choice).to.equal('confirm');
  });

  it('stays open and busy while the action runs, shows its failure, and closes on success', async () => {
    const attempts = [deferred(), deferred()];
    let calls = 0;
    const { el, trigger, choice, dialog } = await ask({
      ...QUESTION,
      action: () => attempts[calls++]!.promise,
      busyLabel: 'Deleting…',
      failure: (error) => `The template was not deleted: ${(error as Error).message}`,
    });
    buttonNamed(el, /^Delete template$/)!.click();
    await waitUntil(() => buttonNamed(el, /^Deleting…$/), 'no busy label');
    expect(dialog.getAttribute('aria-busy')).to.equal('true');
    expect(buttonNamed(el, /^Deleting…$/)!.getAttribute('aria-disabled')).to.equal('true');
    expect(buttonNamed(el, /^Cancel$/)!.getAttribute('aria-disabled')).to.equal('true');

    // Neither Escape, the inactive Cancel nor a second confirm interrupts the running action.
    await press('Escape');
    buttonNamed(el, /^Cancel$/)!.click();
    buttonNamed(el, /^Deleting…$/)!.click();
    expect(dialog.open).to.equal(true);
    expect(calls).to.equal(1);

    attempts[0]!.reject(new Error('The Hub did not answer in time.'));
    await waitUntil(() => $(el, '[part=dialog-error]'), 'failure not shown');
    expect($(el, '[part=dialog-error]')!.textContent).to.equal(
      'The template was not deleted: The Hub did not answer in time.',
    );
    expect($(el, '[part=dialog-error]')!.getAttribute('role')).to.equal('alert');
    expect(dialog.getAttribute('aria-busy')).to.equal('false');

    buttonNamed(el, /^Delete template$/)!.click();
    await waitUntil(() => !$(el, '[part=dialog-error]'), 'old failure still shown on retry');
    attempts[1]!.resolve();
    expect(await choice).to.equal('confirm');
    expect(calls).to.equal(2);
    expect(focused(el)).to.equal(trigger);
  });

  it('keeps a form open while its action says no, and submits with Enter in a field', async () => {
    let value = '';
    const { el, choice } = await ask({
      title: 'Change the display name',
      body: () =>
        html`<label>New name <input id="name" autofocus /></label>
          <p>${value ? '' : 'Enter a name.'}</p>`,
      confirmLabel: 'Send for review',
      cancelLabel: 'Cancel',
      tone: 'primary',
      action: () => {
        value = $<HTMLInputElement>(el, '#name')!.value;
        return value !== '';
      },
      busyLabel: 'Sending…',
      failure: () => 'Not sent.',
    });
    expect(focused(el), 'a body field with autofocus takes the focus').to.equal($(el, '#name'));
    await press('Enter');
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
    await typeInto(el, '#name', 'Napoli Pizza');
    await press('Enter');
    expect(await choice).to.equal('confirm');
    expect(value).to.equal('Napoli Pizza');
  });

  it('dismisses the open dialog when another opens or the element leaves the page', async () => {
    const { el, choice } = await ask();
    const second = el.dialog.open({ ...QUESTION, title: 'Delete “goodbye”?' });
    expect(await choice).to.equal('dismiss');
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
    expect($(el, '[part=dialog-title]')!.textContent).to.equal('Delete “goodbye”?');
    el.remove();
    expect(await second).to.equal('dismiss');
  });
});
