// The event props of each wrapper: prop name → the `hub-*` event it listens to, typed through the
// global `HubEventMap` so a handler's `event.detail` is the element's own detail type. Deprecated
// names (`RENAMED_EVENTS` in @hub/elements) get no prop: new React code should not start on them.
import type { HubEvent } from '@hub/elements';
import type { EventName } from '@lit/react';

const hubEvent = <K extends keyof HubEventMap>(type: K) => type as EventName<HubEvent<K>>;

export const providerEvents = {
  onHubSessionError: hubEvent('hub-session-error'),
};

export const activityChartEvents = {
  onHubActivityOpen: hubEvent('hub-activity-open'),
  onHubActivityRangeChange: hubEvent('hub-activity-range-change'),
  onHubCsvDownloaded: hubEvent('hub-csv-downloaded'),
};

/** `<hub-add-number>` and `<hub-import-number>` report the same outcome. */
export const onboardingEvents = {
  onHubNumberOnboarded: hubEvent('hub-number-onboarded'),
};

export const billingEvents = {
  onHubBillingPortalOpen: hubEvent('hub-billing-portal-open'),
  onHubCsvDownloaded: hubEvent('hub-csv-downloaded'),
};

export const fundsEvents = {
  onHubFundsAdd: hubEvent('hub-funds-add'),
  onHubFundsManage: hubEvent('hub-funds-manage'),
};

export const numberDetailsEvents = {
  onHubDisplayNameRequested: hubEvent('hub-display-name-requested'),
  onHubProfileSaved: hubEvent('hub-profile-saved'),
  onHubCommerceSaved: hubEvent('hub-commerce-saved'),
};

export const numberListEvents = {
  onHubNumberManage: hubEvent('hub-number-manage'),
  onHubSignalsManage: hubEvent('hub-signals-manage'),
  onHubInboxActivate: hubEvent('hub-inbox-activate'),
  onHubNumberAdd: hubEvent('hub-number-add'),
  onHubNumberImport: hubEvent('hub-number-import'),
  onHubNumberCancelled: hubEvent('hub-number-cancelled'),
  onHubNumberCancellationRevoked: hubEvent('hub-number-cancellation-revoked'),
};

export const partnerChangeEvents = {
  onHubPartnerChangeRequest: hubEvent('hub-partner-change-request'),
};

export const partnerChangeRequestsEvents = {
  onHubPartnerChangeReview: hubEvent('hub-partner-change-review'),
  onHubPartnerChangeAutoApproveChanged: hubEvent('hub-partner-change-auto-approve-changed'),
};

export const partnerPermissionsEvents = {
  onHubPermissionsChange: hubEvent('hub-permissions-change'),
};

export const templateEditorEvents = {
  onHubTemplateSubmitted: hubEvent('hub-template-submitted'),
  onHubTemplateCancel: hubEvent('hub-template-cancel'),
};

export const templateListEvents = {
  onHubTemplateSelect: hubEvent('hub-template-select'),
  onHubTemplateCreate: hubEvent('hub-template-create'),
  onHubTemplateDeleted: hubEvent('hub-template-deleted'),
};
