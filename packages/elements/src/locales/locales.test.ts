import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { englishMessages } from '../english-messages.js';
import { registerMessages } from '../base/localize.js';
import type { Message } from '../base/messages.js';
import '../define/hub-provider.js';
import '../define/hub-help-links.js';
import { deMessages } from './de.js';
import { esMessages } from './es.js';
import { ptBRMessages } from './pt-BR.js';

const shipped: Record<string, Readonly<Record<string, Message>>> = {
  de: deMessages,
  es: esMessages,
  'pt-BR': ptBRMessages,
};

const placeholders = (message: Message) =>
  [...new Set(JSON.stringify(message).match(/\{\w+\}/g) ?? [])].sort();

describe('the shipped translations', () => {
  for (const [locale, messages] of Object.entries(shipped)) {
    it(`${locale} has every English key and no other`, () => {
      expect(Object.keys(messages).sort()).to.deep.equal(Object.keys(englishMessages).sort());
    });

    it(`${locale} keeps every placeholder and plural shape of the English`, () => {
      for (const [key, english] of Object.entries(englishMessages)) {
        const translated = messages[key]!;
        expect(placeholders(translated), key).to.deep.equal(placeholders(english));
        expect(typeof translated, key).to.equal(typeof english);
        if (typeof translated === 'object') expect(translated, key).to.have.property('other');
        if (typeof translated === 'string') expect(translated.trim(), key).not.to.equal('');
      }
    });
  }
});

/** The text the help links show, which needs no client: the nav's label and the first link. */
const shown = (links: Element) => {
  const nav = links.shadowRoot!.querySelector('nav')!;
  return `${nav.getAttribute('aria-label')}: ${nav.querySelector('a')!.textContent!.trim()}`;
};

describe('choosing and loading the language', () => {
  const original = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = original;
  });

  it("loads the provider's locale on first use and re-renders in it", async () => {
    const provider = await fixture(
      html`<hub-provider locale="es"><hub-help-links></hub-help-links></hub-provider>`,
    );
    const links = provider.querySelector('hub-help-links')!;
    await waitUntil(() => shown(links).startsWith('Ayuda'), 'Spanish never arrived');
    expect(shown(links)).to.match(/^Ayuda: Documentación/);
  });

  it('follows <html lang> live, falling back from a region to its language', async () => {
    document.documentElement.lang = 'de-AT';
    const links = await fixture(html`<hub-help-links></hub-help-links>`);
    await waitUntil(() => shown(links).startsWith('Hilfe'), 'German never arrived');
    expect(shown(links)).to.match(/^Hilfe: Dokumentation/);
    document.documentElement.lang = 'pt-PT';
    await waitUntil(() => shown(links).startsWith('Ajuda'), 'Portuguese never arrived');
    expect(shown(links)).to.match(/^Ajuda: Documentação/);
    document.documentElement.lang = 'fr';
    await waitUntil(() => shown(links).startsWith('Help'), 'English fallback not shown');
  });

  it("uses the browser's language when neither the provider nor the page names one", async () => {
    document.documentElement.lang = '';
    Object.defineProperty(navigator, 'language', { configurable: true, get: () => 'pt-BR' });
    try {
      const links = await fixture(html`<hub-help-links></hub-help-links>`);
      await waitUntil(() => shown(links).startsWith('Ajuda'), 'browser language ignored');
    } finally {
      delete (navigator as { language?: string }).language;
    }
  });

  it('reads a page language written with an underscore, and survives one that is no locale', async () => {
    document.documentElement.lang = 'pt_BR';
    const links = await fixture(html`<hub-help-links></hub-help-links>`);
    await waitUntil(() => shown(links).startsWith('Ajuda'), 'pt_BR not understood');
    document.documentElement.lang = 'not a locale!';
    await waitUntil(() => shown(links).startsWith('Help'), 'no English fallback');
  });

  it("lets a portal's own strings win over the shipped ones, key by key", async () => {
    registerMessages('de', { 'helpLinks.docs': 'Handbuch' });
    document.documentElement.lang = 'de';
    const links = await fixture(html`<hub-help-links></hub-help-links>`);
    await waitUntil(() => shown(links).startsWith('Hilfe: Handbuch'), 'override lost');
  });
});
