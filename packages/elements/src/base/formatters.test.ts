import { expect } from '@open-wc/testing';
import { numberFormat, pluralRulesFor } from './formatters.js';
import { translate } from './localize.js';

/** Counts the `Intl.NumberFormat`s made while `run` runs. */
function countingNumberFormats(run: () => void): number {
  const original = Intl.NumberFormat;
  let made = 0;
  Intl.NumberFormat = new Proxy(original, {
    construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
      made++;
      return new target(...args);
    },
  });
  try {
    run();
  } finally {
    Intl.NumberFormat = original;
  }
  return made;
}

describe('formatters', () => {
  it('makes one number format per locale and options, on first use, and reuses it', () => {
    const made = countingNumberFormats(() => {
      expect(numberFormat('fr-CA')).to.equal(numberFormat('fr-CA'));
      expect(numberFormat('fr-CA', { notation: 'compact' })).to.equal(
        numberFormat('fr-CA', { notation: 'compact' }),
      );
      expect(numberFormat('fr-CA')).not.to.equal(numberFormat('fr-CH'));
    });
    expect(made).to.equal(3);
    expect(numberFormat('de').format(10000)).to.equal('10.000');
    expect(numberFormat('en', { notation: 'compact' }).format(100000)).to.equal('100K');
  });

  it('keeps one plural rules per locale', () => {
    expect(pluralRulesFor('en')).to.equal(pluralRulesFor('en'));
    expect(pluralRulesFor('en').select(1)).to.equal('one');
    expect(pluralRulesFor('en').select(10000)).to.equal('other');
  });

  it('serves the numbers in translated messages, however often they are translated', () => {
    let text = '';
    const made = countingNumberFormats(() => {
      for (const value of [1234567, 7, 10000]) {
        text = translate('en-IE', 'common.unknownValue', { value });
      }
    });
    expect(made).to.equal(1);
    expect(text).to.equal('Unknown (10,000)');
  });
});
