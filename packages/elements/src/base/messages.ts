/**
 * A translatable string. Plain strings may hold `{name}` placeholders; plural forms are keyed by
 * `Intl.PluralRules` categories and chosen by the `count` parameter.
 */
export type Message = string | { readonly [category in Intl.LDMLPluralRule]?: string };

import { hubErrorMessage, type HubErrorKind } from '@hub/core';
import { templateEditorMessages } from '../template-editor/messages.js';
import { templateListMessages } from '../template-list/messages.js';
import { templatePreviewMessages } from '../template-preview/messages.js';
import { activityChartMessages } from '../activity-chart/messages.js';
import { numberListMessages } from '../number-list/messages.js';
import { numberDetailsMessages } from '../number-details/messages.js';
import { billingMessages } from '../billing/messages.js';
import { fundsMessages } from '../funds/messages.js';

/** English sentences for each error kind come from `@hub/core`, so both say the same thing. */
const errorMessage = (kind: HubErrorKind) => hubErrorMessage(kind);

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
  ...templateEditorMessages,
  ...templateListMessages,
  ...templatePreviewMessages,
  ...activityChartMessages,
  ...numberListMessages,
  ...numberDetailsMessages,
  ...billingMessages,
  ...fundsMessages,
} satisfies Record<string, Message>;

/** A key of the message catalog. */
export type MessageKey = keyof typeof en;

/** A (possibly partial) translation of the message catalog into one locale. */
export type Messages = { readonly [K in MessageKey]?: Message };
