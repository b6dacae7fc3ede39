import { commonMessages, type Messages } from './base/messages.js';
import { addNumberMessages } from './add-number/messages.js';
import { activityChartMessages } from './activity-chart/messages.js';
import { billingMessages } from './billing/messages.js';
import { fundsMessages } from './funds/messages.js';
import { helpLinksMessages } from './help-links/messages.js';
import { importNumberMessages } from './import-number/messages.js';
import { numberDetailsMessages } from './number-details/messages.js';
import { numberListMessages } from './number-list/messages.js';
import { partnerChangeMessages } from './partner-change/messages.js';
import { partnerChangeRequestsMessages } from './partner-change-requests/messages.js';
import { partnerPermissionsMessages } from './partner-permissions/messages.js';
import { settingsMessages } from './settings/messages.js';
import { templateEditorMessages } from './template-editor/messages.js';
import { templateListMessages } from './template-list/messages.js';
import { templatePreviewMessages } from './template-preview/messages.js';

/**
 * Every message key of every Hub Element with its English text: the list a translator works from
 * (pass a translation to `registerMessages`). Each element registers only its own strings, so an
 * app that imports this object bundles all of them.
 */
export const englishMessages: Required<Messages> = {
  ...commonMessages,
  ...activityChartMessages,
  ...addNumberMessages,
  ...billingMessages,
  ...fundsMessages,
  ...helpLinksMessages,
  ...importNumberMessages,
  ...numberDetailsMessages,
  ...numberListMessages,
  ...partnerChangeMessages,
  ...partnerChangeRequestsMessages,
  ...partnerPermissionsMessages,
  ...settingsMessages,
  ...templateEditorMessages,
  ...templateListMessages,
  ...templatePreviewMessages,
};
