/**
 * Hub Elements: web components that embed the 360dialog Client Hub in a partner portal.
 *
 * This entry exports the element classes without registering any tag. Register what you use with
 * `import '@hub/elements/define/hub-provider.js'` (one module per tag), or everything with
 * `import '@hub/elements/all.js'`.
 *
 * @packageDocumentation
 */
export { HubElement } from './base/hub-element.js';
export { define } from './base/define.js';
export { hubContext, type HubContext, type HubAppearance } from './base/context.js';
export { createHubEvent, type HubEvent, type HubEvents } from './base/events.js';
// Declares `hub-csv-downloaded` in `HubEventMap`; no public type names the module, so without this
// the published declarations would leave the event out.
export type {} from './base/csv-download.js';
export { registerMessages, translate, type MessageParams } from './base/localize.js';
export type { CompleteMessages, Message, MessageKey, Messages } from './base/messages.js';
export { englishMessages } from './english-messages.js';
export { tokens } from './styles/tokens.js';
export { HubProvider } from './provider/provider.js';
export { sessionTokenFromEndpoint, SessionEndpointError } from './provider/session-endpoint.js';
export { HubActivityChart, type ActivityChartVariant } from './activity-chart/activity-chart.js';
export { HubNumberList, type NumberManageMode } from './number-list/number-list.js';
export { HubNumberDetails } from './number-details/number-details.js';
export { HubAddNumber } from './add-number/add-number.js';
export { HubImportNumber } from './import-number/import-number.js';
export { HubFunds } from './funds/funds.js';
export { HubPartnerPermissions } from './partner-permissions/partner-permissions.js';
export {
  finishOnboarding,
  OnboardingPopup,
  type OnboardingOutcome,
  type OnboardingPageParams,
  type OnboardingPopupOptions,
  type RedirectPageWindow,
} from './base/onboarding-popup.js';
export { HubPartnerChange } from './partner-change/partner-change.js';
export { HubPartnerChangeRequests } from './partner-change-requests/partner-change-requests.js';
export { HubBilling } from './billing/billing.js';
export { HubHelpLinks } from './help-links/help-links.js';
export { DEFAULT_HELP_LINKS, type HelpLinkKind, type HelpLinks } from './help-links/links.js';
export { HubSettings } from './settings/settings.js';
export { HubTemplateList } from './template-list/template-list.js';
export { HubTemplateEditor } from './template-editor/template-editor.js';
export { HubTemplatePreview } from './template-preview/template-preview.js';
