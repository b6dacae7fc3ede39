import { liveEventScope, type MessageTemplate } from '@hub/core';
import type { ReactiveControllerHost } from 'lit';
import type { HubContext } from '../base/context.js';
import type { Translate } from '../base/badges.js';
import { LiveChangesController } from '../provider/live-changes.js';
import { templateLanguageName, templateStatusLabel } from './vocabulary.js';

/**
 * The rows of `<hub-template-list>` a live update changed (`<hub-provider live>`): each language
 * of the template whose review ended is announced with its new status.
 */
export function liveTemplateChanges(
  host: ReactiveControllerHost,
  options: {
    hub: () => HubContext | undefined;
    wabaId: () => string | undefined;
    templates: () => readonly MessageTemplate[] | undefined;
    t: Translate;
    locale: () => string;
    announce: (text: string) => void;
  },
): LiveChangesController<MessageTemplate> {
  const { t } = options;
  return new LiveChangesController<MessageTemplate>(host, {
    client: () => options.hub()?.client,
    subject: (event) => {
      if (liveEventScope(event.type) !== 'templates' || event.templateName === null)
        return undefined;
      const waba = event.wabaAccountId;
      return waba === null || waba === options.wabaId() ? event.templateName : undefined;
    },
    items: options.templates,
    subjectOf: (template) => template.name,
    idOf: (template) => template.id,
    describe: (after, before) => {
      const values = {
        name: after.name,
        language: templateLanguageName(options.locale(), after.language) ?? after.language,
      };
      return before?.status === after.status
        ? t('templateList.liveUpdated', values)
        : t('templateList.liveStatus', { ...values, status: templateStatusLabel(t, after.status) });
    },
    announce: options.announce,
  });
}
