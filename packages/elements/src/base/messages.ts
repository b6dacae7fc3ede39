/**
 * A translatable string. Plain strings may hold `{name}` placeholders; plural forms are keyed by
 * `Intl.PluralRules` categories and chosen by the `count` parameter.
 */
export type Message = string | { readonly [category in Intl.LDMLPluralRule]?: string };

import { hubErrorMessage, type HubErrorKind } from '@hub/core';

/** English sentences for each error kind come from `@hub/core`, so both say the same thing. */
const errorMessage = (kind: HubErrorKind) => hubErrorMessage(kind);

/**
 * The English strings every Hub Element shares: common words and error sentences. Each component
 * owns its other strings in its own catalog (`<component>/messages.ts`), which adds its keys to
 * {@link HubMessageCatalog}; keys are `<component>.<what>` so a translator sees where a string
 * appears.
 */
export const commonMessages = {
  'common.loading': 'Loading…',
  'common.retry': 'Retry',
  'common.close': 'Close',
  'common.dismiss': 'Dismiss',
  'common.cancel': 'Cancel',
  'common.noProvider':
    'This element needs a <hub-provider> around it (or a client set on the provider).',
  'common.noClientId':
    'Set client-id on <hub-provider> to the 360dialog client (ID ending in CL) whose data to show.',
  'common.refresh': 'Refresh',
  'common.copy': 'Copy',
  'common.copied': 'Copied',
  'common.confirm': 'Confirm',
  'common.save': 'Save',
  'common.edit': 'Edit',
  'common.delete': 'Delete',
  'common.actions': 'Actions',
  'common.search': 'Search',
  'common.all': 'All',
  'common.unknown': 'Unknown',
  // A status, category, … the Hub sent that this version has no words for: shown, never hidden.
  'common.unknownValue': 'Unknown ({value})',
  'common.updating': 'Updating…',
  'error.network': errorMessage('network'),
  'error.timeout': errorMessage('timeout'),
  'error.unauthorized': errorMessage('unauthorized'),
  'error.forbidden': errorMessage('forbidden'),
  'error.not_found': errorMessage('not_found'),
  'error.conflict': errorMessage('conflict'),
  'error.rate_limited': errorMessage('rate_limited'),
  'error.invalid_request': errorMessage('invalid_request'),
  'error.invalid_response': errorMessage('invalid_response'),
  'error.server': errorMessage('server'),
  'error.unknown': 'Something went wrong. Please try again.',
  'provider.sessionFailed': 'Could not start a secure session: {reason}',
} satisfies Record<string, Message>;

/**
 * Every message key of Hub Elements. Each component's catalog adds its keys by declaration
 * merging, so the keys stay typed while `base/` depends on no component:
 *
 * ```ts
 * declare module '../base/messages.js' {
 *   interface HubMessageCatalog extends Record<keyof typeof fundsMessages, Message> {}
 * }
 * ```
 */
// Declaration merging needs an interface; each catalog adds its keys through `extends`.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface HubMessageCatalog extends Record<keyof typeof commonMessages, Message> {}

/** A key of the message catalog. */
export type MessageKey = keyof HubMessageCatalog;

/** A (possibly partial) translation of the message catalog into one locale, or one component's English catalog. */
export type Messages = { readonly [K in MessageKey]?: Message };

/**
 * A complete translation: every key of the catalog. The shipped locales are typed with it, so a
 * key added in English without its translations fails the build.
 */
export type CompleteMessages = { readonly [K in MessageKey]: Message };
