// The words of template statuses, which the template elements share; `base/badges.ts` draws the
// badge itself.
import type { MessageKey } from '../base/messages.js';
import type { MessageParams } from '../base/localize.js';
import { templateListMessages } from './messages.js';

/** The translate function of the element. */
type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A status the catalog has words for, e.g. `APPROVED`. */
type KnownStatus = keyof typeof templateListMessages extends infer K
  ? K extends `templateList.status.${infer S}`
    ? S
    : never
  : never;

/** The status in upper case when the catalog has words for it. */
function knownStatus(status: string): KnownStatus | undefined {
  const upper = status.toUpperCase();
  return `templateList.status.${upper}` in templateListMessages
    ? (upper as KnownStatus)
    : undefined;
}

/**
 * The words for a template status. One the Hub added after this version reads "Unknown (VALUE)":
 * the raw value is what Meta's and the Hub's docs know it by.
 */
export function templateStatusLabel(t: Translate, status: string): string {
  const known = knownStatus(status);
  return known
    ? t(`templateList.status.${known}`)
    : t('common.unknownValue', { value: status.toUpperCase() });
}

/** What a template status means for the user: what can be done and what happens next. */
export function templateStatusHelp(t: Translate, status: string): string {
  const known = knownStatus(status);
  return known ? t(`templateList.statusHelp.${known}`) : t('templateList.statusHelp.unknown');
}
