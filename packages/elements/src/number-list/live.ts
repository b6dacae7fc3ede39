import { formatPhoneNumber, liveEventScope, type HubNumber } from '@hub/core';
import type { ReactiveControllerHost } from 'lit';
import type { HubContext } from '../base/context.js';
import { statusText, type Translate } from '../base/badges.js';
import { LiveChangesController } from '../provider/live-changes.js';

/**
 * The rows of `<hub-number-list>` a live update changed (`<hub-provider live>`): a number whose
 * status changed is announced with its new status, any other change as an update.
 */
export function liveNumberChanges(
  host: ReactiveControllerHost,
  options: {
    hub: () => HubContext | undefined;
    numbers: () => readonly HubNumber[] | undefined;
    t: Translate;
    announce: (text: string) => void;
  },
): LiveChangesController<HubNumber> {
  const { t } = options;
  return new LiveChangesController<HubNumber>(host, {
    client: () => options.hub()?.client,
    subject: (event) =>
      liveEventScope(event.type) === 'numbers' && event.clientId === options.hub()?.clientId
        ? (event.numberId ?? undefined)
        : undefined,
    items: options.numbers,
    subjectOf: (number) => number.id,
    idOf: (number) => number.id,
    describe: (after, before) => {
      const number = formatPhoneNumber(after.phoneNumber);
      return before?.status === after.status
        ? t('numberList.liveUpdated', { number })
        : t('numberList.liveStatus', { number, status: statusText(t, after.status).label });
    },
    announce: options.announce,
  });
}
