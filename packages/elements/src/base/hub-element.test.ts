import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { HubElement } from './hub-element.js';
import { define } from './define.js';
import { registerMessages, translate } from './localize.js';

declare global {
  interface HubEventMap {
    'hub-test-ping': { value: number };
  }
}

@customElement('test-emitter')
class TestEmitter extends HubElement {
  ping(value: number, cancelable = false) {
    return this.emit('hub-test-ping', { value }, { cancelable });
  }
  add(clientId: string) {
    return this.emit('hub-number-add', { clientId }, { cancelable: true });
  }
  label() {
    return this.t('common.retry');
  }
}

@customElement('test-label')
class TestLabel extends HubElement {
  override render() {
    return this.t('common.retry');
  }
}

describe('HubElement.emit', () => {
  it('dispatches a bubbling, composed CustomEvent with the typed detail', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><test-emitter></test-emitter></div>`);
    const emitter = host.querySelector('test-emitter') as TestEmitter;
    const seen: CustomEvent[] = [];
    document.addEventListener('hub-test-ping', (event) => seen.push(event), { once: true });
    emitter.ping(7);
    expect(seen).to.have.length(1);
    expect(seen[0]!.detail).to.deep.equal({ value: 7 });
    expect(seen[0]!.bubbles).to.equal(true);
    expect(seen[0]!.composed).to.equal(true);
  });

  it('reports a cancelled cancelable event', async () => {
    const emitter = await fixture<TestEmitter>(html`<test-emitter></test-emitter>`);
    emitter.addEventListener('hub-test-ping', (event) => event.preventDefault(), { once: true });
    expect(emitter.ping(1, true)).to.equal(false);
    expect(emitter.ping(1, true)).to.equal(true);
  });

  it('dispatches a renamed event under its old name too, after the new one', async () => {
    const emitter = await fixture<TestEmitter>(html`<test-emitter></test-emitter>`);
    const seen: string[] = [];
    emitter.addEventListener('hub-number-add', (e) => seen.push(`${e.type} ${e.detail.clientId}`));
    emitter.addEventListener('hub-add-number', (e) => seen.push(`${e.type} ${e.detail.clientId}`));
    expect(emitter.add('c1')).to.equal(true);
    expect(seen).to.deep.equal(['hub-number-add c1', 'hub-add-number c1']);
  });

  it('lets a listener of the old name cancel the action', async () => {
    const emitter = await fixture<TestEmitter>(html`<test-emitter></test-emitter>`);
    emitter.addEventListener('hub-add-number', (e) => e.preventDefault(), { once: true });
    expect(emitter.add('c1')).to.equal(false);
  });

  it('translates through the document language without a provider', async () => {
    registerMessages('de', { 'common.retry': 'Erneut versuchen' });
    document.documentElement.lang = 'de-AT';
    try {
      const emitter = await fixture<TestEmitter>(html`<test-emitter></test-emitter>`);
      expect(emitter.label()).to.equal('Erneut versuchen');
    } finally {
      document.documentElement.lang = '';
    }
  });

  it('re-renders when the document language changes after the first render', async () => {
    registerMessages('de', { 'common.retry': 'Erneut versuchen' });
    const label = await fixture<TestLabel>(html`<test-label></test-label>`);
    const text = () => label.shadowRoot!.textContent!.trim();
    expect(text()).to.equal('Retry');
    try {
      document.documentElement.lang = 'de';
      await waitUntil(() => text() === 'Erneut versuchen', 'German text after lang="de"');
    } finally {
      document.documentElement.lang = '';
    }
    await waitUntil(() => text() === 'Retry', 'English text after lang is cleared');
  });
});

describe('define', () => {
  it('registers a tag once and ignores a second copy without throwing', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(define('test-define-once', First)).to.equal(true);
      expect(define('test-define-once', First)).to.equal(false);
      expect(warnings).to.have.length(0);
      expect(define('test-define-once', Second)).to.equal(false);
      expect(warnings).to.have.length(1);
      expect(customElements.get('test-define-once')).to.equal(First);
    } finally {
      console.warn = original;
    }
  });
});

describe('translate', () => {
  it('falls back from region to language to English and substitutes parameters', () => {
    registerMessages('pt', { 'provider.sessionFailed': 'Falha na sessão: {reason}' });
    expect(translate('pt-BR', 'provider.sessionFailed', { reason: 'x' })).to.equal(
      'Falha na sessão: x',
    );
    expect(translate('fr', 'common.close')).to.equal('Close');
    expect(translate('en', 'provider.sessionFailed')).to.equal(
      'Could not start a secure session: {reason}',
    );
  });
});
