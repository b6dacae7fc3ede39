import type { Message } from '../base/messages.js';
import { templateMessages } from './template-messages.js';

/** English strings of `<hub-template-list>`, with the template vocabulary it shares. */
export const templateListMessages = {
  ...templateMessages,
  'templateList.title': 'Message templates',
  'templateList.noWaba': 'Set the waba-account-id attribute to show the templates of an account.',
  'templateList.loading': 'Loading templates…',
  'templateList.empty': 'No templates yet',
  'templateList.emptyHint':
    'Templates are the messages a business can start a conversation with. Create one to submit it for review.',
  'templateList.noMatches': 'No templates match these filters',
  'templateList.clearFilters': 'Clear filters',
  'templateList.search': 'Search templates',
  'templateList.searchPlaceholder': 'Name, language or text',
  'templateList.status': 'Status',
  'templateList.language': 'Language',
  'templateList.sort': 'Sort by',
  'templateList.sort.name': 'Name',
  'templateList.sort.updated': 'Last update',
  'templateList.sort.status': 'Needs attention',
  'templateList.sort.category': 'Category',
  'templateList.create': 'New template',
  'templateList.sync': 'Sync',
  'templateList.syncing': 'Syncing…',
  'templateList.synced': 'Templates synced with WhatsApp.',
  'templateList.syncFailed': 'Sync failed: {reason}',
  'templateList.results': { one: '{count} template', other: '{count} templates' },
  'templateList.skipped': {
    one: '{count} template could not be shown: the Hub sent it in a form this version cannot read.',
    other:
      '{count} templates could not be shown: the Hub sent them in a form this version cannot read.',
  },
  'templateList.column.name': 'Template',
  'templateList.column.category': 'Category',
  'templateList.column.language': 'Language',
  'templateList.column.status': 'Status',
  'templateList.column.updated': 'Last update',
  'templateList.column.actions': 'Actions',
  'templateList.languages': { one: '{count} language', other: '{count} languages' },
  // Announced when a live update changes a row (`<hub-provider live>`).
  'templateList.liveStatus': '{name} ({language}) is now {status}.',
  'templateList.liveUpdated': '{name} ({language}) was updated.',
  'templateList.rejectedReason': 'Reason: {reason}',
  'templateList.quality': 'Quality: {quality}',
  'templateList.action.view': 'View',
  'templateList.action.edit': 'Edit',
  'templateList.action.copy': 'Copy',
  'templateList.action.add-language': 'Add language',
  'templateList.action.delete': 'Delete',
  'templateList.actionLabel': '{action} {name} ({language})',
  'templateList.deleteLabel': 'Delete {name} (all languages)',
  'templateList.readOnly':
    'You can view these templates; changing them needs the templates:write permission.',
  'templateList.deleteTitle': 'Delete “{name}”?',
  'templateList.deleteBody': {
    one: 'The template is deleted in its only language. This cannot be undone.',
    other: 'The template is deleted in all {count} languages. This cannot be undone.',
  },
  'templateList.deleteApproved':
    'It was approved, so its name cannot be used for a new template for 30 days.',
  'templateList.deleteConfirm': 'Delete template',
  'templateList.deleting': 'Deleting…',
  'templateList.deleted': 'Template “{name}” deleted.',
  'templateList.deleteFailed': 'The template was not deleted: {reason}',
} as const;

declare module '../base/messages.js' {
  // Adds this catalog's keys to the typed message keys (see HubMessageCatalog).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HubMessageCatalog extends Record<keyof typeof templateListMessages, Message> {}
}
