import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { css, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { HubElement } from './hub-element.js';
import { MenuController } from './menu.js';
import { menuStyles } from './menu.styles.js';
import { $, press } from '../test-support/dom.js';

const ROWS = ['first', 'second'];

@customElement('test-menu-host')
class TestMenuHost extends HubElement {
  // The buttons sit at the end of the line, as a row's menu button does.
  static override styles = [
    ...HubElement.styles,
    menuStyles,
    css`
      :host {
        display: flex;
        justify-content: end;
        gap: 8px;
      }
    `,
  ];
  readonly menu = new MenuController<string>(this, { align: 'end' });
  readonly ran: string[] = [];

  override render() {
    const row = this.menu.subject;
    return html`<button type="button" id="before">Before</button>
      ${ROWS.map(
        (name) =>
          html`<button
            type="button"
            id="more-${name}"
            aria-haspopup="menu"
            aria-expanded=${row === name ? 'true' : 'false'}
            @click=${(e: Event) => this.menu.toggle(name, e.currentTarget as HTMLElement)}
          >
            More actions for ${name}
          </button>`,
      )}
      <button type="button" id="after">After</button>
      ${
        row
          ? html`<div role="menu" aria-label="Actions for ${row}" ${this.menu.attach()}>
              <button type="button" role="menuitem" tabindex="-1" aria-disabled="true">
                Archive <small>Needs the templates:write permission.</small>
              </button>
              ${['Copy', 'Add language', 'Delete'].map(
                (action) =>
                  html`<button
                    type="button"
                    role="menuitem"
                    tabindex="-1"
                    class=${action === 'Delete' ? 'danger' : ''}
                    @click=${() => {
                      this.menu.close();
                      this.ran.push(`${action} ${row}`);
                    }}
                  >
                    ${action}
                  </button>`,
              )}
            </div>`
          : nothing
      }`;
  }
}

async function openMenu(from = 'first') {
  const el = await fixture<TestMenuHost>(html`<test-menu-host></test-menu-host>`);
  const trigger = $<HTMLButtonElement>(el, `#more-${from}`)!;
  trigger.focus();
  await press('Enter');
  await waitUntil(() => $(el, '[role=menu]')?.matches(':popover-open'), 'menu not open');
  return { el, trigger, menu: $(el, '[role=menu]')! };
}

const focusedText = (el: HTMLElement) =>
  el.shadowRoot!.activeElement?.textContent?.trim().split(/\s+/)[0];

/** A real click at the middle of `element` (light dismiss needs the pointer events). */
async function clickOn(element: Element) {
  const box = element.getBoundingClientRect();
  const socketUrl = '/__web-dev-server__web-socket.js';
  const socket = (await import(socketUrl)) as {
    sendMessageWaitForResponse(message: object): Promise<unknown>;
  };
  await socket.sendMessageWaitForResponse({
    type: 'wtr-command',
    sessionId: new URL(location.href).searchParams.get('wtr-session-id'),
    command: 'send-mouse',
    payload: {
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    },
  });
}

describe('MenuController', () => {
  it('opens under its button, end edges aligned, focused on the first enabled item; axe clean', async () => {
    const { el, trigger, menu } = await openMenu();
    expect(trigger.getAttribute('aria-expanded')).to.equal('true');
    expect(focusedText(el)).to.equal('Copy');
    const button = trigger.getBoundingClientRect();
    await waitUntil(() => {
      const box = menu.getBoundingClientRect();
      return (
        Math.round(box.right) === Math.round(button.right) &&
        Math.round(box.top) === Math.round(button.bottom) + 4
      );
    }, 'menu not under its button');
    await expect(el).to.be.accessible();
  });

  it('moves with the arrows (wrapping), Home and End', async () => {
    const { el } = await openMenu();
    const steps: [string, string][] = [
      ['ArrowDown', 'Add'],
      ['ArrowDown', 'Delete'],
      ['ArrowDown', 'Archive'],
      ['ArrowUp', 'Delete'],
      ['Home', 'Archive'],
      ['End', 'Delete'],
    ];
    for (const [key, item] of steps) {
      await press(key);
      expect(focusedText(el), `after ${key}`).to.equal(item);
    }
  });

  it('moves to the item a typed letter or word starts', async () => {
    const { el, menu } = await openMenu();
    // Typed keys at set times (in ms): a pause of more than half a second starts a new word.
    const type = (key: string, at: number) => {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true });
      Object.defineProperty(event, 'timeStamp', { value: at });
      el.shadowRoot!.activeElement!.dispatchEvent(event);
      expect(menu.matches(':popover-open')).to.equal(true);
      return focusedText(el);
    };
    expect(type('c', 1000)).to.equal('Copy');
    expect(type('a', 1100), '"ca" starts no item').to.equal('Copy');
    expect(type('a', 2000)).to.equal('Add');
    expect(type('a', 2100), 'the same letter again moves on').to.equal('Archive');
    expect(type('d', 3000)).to.equal('Delete');
    expect(type('A', 4000)).to.equal('Archive');
    expect(type('d', 4100), '"ad"').to.equal('Add');
  });

  it('runs an item with Enter, then closes and returns the focus to its button', async () => {
    const { el, trigger } = await openMenu('second');
    await press('ArrowDown');
    await press('Enter');
    expect(el.ran).to.deep.equal(['Add language second']);
    await waitUntil(() => !$(el, '[role=menu]'), 'menu not closed');
    expect(el.shadowRoot!.activeElement).to.equal(trigger);
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
  });

  it('closes on Escape, returning the focus to its button', async () => {
    const { el, trigger } = await openMenu();
    await press('Escape');
    await waitUntil(() => !$(el, '[role=menu]'), 'menu not closed');
    expect(el.shadowRoot!.activeElement).to.equal(trigger);
  });

  it('closes on Tab, moving on from its button', async () => {
    const { el } = await openMenu();
    await press('Tab');
    await waitUntil(() => !$(el, '[role=menu]'), 'menu not closed');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#more-second'));
  });

  it('closes when its button is pressed again, and moves when another button is', async () => {
    const { el, trigger, menu } = await openMenu();
    await clickOn($(el, '#more-second')!);
    await waitUntil(() => el.menu.subject === 'second', 'menu not moved');
    await waitUntil(() => menu.matches(':popover-open') && focusedText(el) === 'Copy');
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    await clickOn($(el, '#more-second')!);
    await waitUntil(() => !$(el, '[role=menu]'), 'menu not closed by its button');
    expect(el.menu.subject).to.equal(undefined);
  });

  it('closes on a click elsewhere, leaving the focus where the click put it', async () => {
    const { el } = await openMenu();
    await clickOn($(el, '#before')!);
    await waitUntil(() => !$(el, '[role=menu]'), 'menu not closed');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#before'));
  });
});
