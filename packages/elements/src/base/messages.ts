/**
 * A translatable string. Plain strings may hold `{name}` placeholders; plural forms are keyed by
 * `Intl.PluralRules` categories and chosen by the `count` parameter.
 */
export type Message = string | { readonly [category in Intl.LDMLPluralRule]?: string };

/**
 * The English strings of every Hub Element, the fallback for all other locales. Components add
 * their strings here; keys are `<component>.<what>` so a translator sees where a string appears.
 */
export const en = {
  'common.loading': 'Loading…',
  'common.retry': 'Retry',
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.noProvider':
    'This element needs a <hub-provider> around it (or a client set on the provider).',
  'provider.sessionFailed': 'Could not start a secure session: {reason}',
} satisfies Record<string, Message>;

/** A key of the message catalog. */
export type MessageKey = keyof typeof en;

/** A (possibly partial) translation of the message catalog into one locale. */
export type Messages = { readonly [K in MessageKey]?: Message };
