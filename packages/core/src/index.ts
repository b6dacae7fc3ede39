export { createHubClient, type HubClient } from './client.js';
export {
  createHubTransport,
  DEFAULT_BASE_URL,
  DEFAULT_MESSAGING_BASE_URL,
  type HubAuth,
  type HubClientOptions,
  type HubMessagingOptions,
  type HubRequest,
  type HubRetryOptions,
  type HubTransport,
} from './http.js';
export {
  HubError,
  hubErrorMessage,
  isHubError,
  type HubErrorInit,
  type HubErrorKind,
  type HubFieldError,
} from './errors.js';
export {
  createQueryCache,
  hashQueryKey,
  type QueryCache,
  type QueryCacheOptions,
  type QueryFetchOptions,
  type QueryKey,
  type QueryListener,
  type QueryMatch,
  type QueryProgress,
  type QueryRollback,
  type QueryState,
} from './cache.js';
export {
  paginate,
  PAGE_CONCURRENCY,
  readAllPages,
  type ReadAllPagesOptions,
  type ListParams,
  type Page,
} from './pagination.js';
export type { SkippedItem } from './schemas/common.js';
export { addDays, isoDay, type DateRange } from './period.js';
export {
  CAPABILITIES,
  can,
  isCapability,
  type Capability,
  type Permissions,
} from './capabilities.js';
export {
  addMoney,
  currencyDigits,
  formatMoney,
  moneyFormatter,
  moneyFromDecimal,
  moneyToDecimal,
  sumMoney,
  zeroMoney,
  type Money,
} from './money.js';
export { formatPhoneNumber, splitPhoneNumber } from './phone.js';
export { toE164 } from './e164.js';
export { growth, type Growth } from './growth.js';

export * from './resources/numbers.js';
export * from './resources/templates.js';
export * from './resources/billing.js';
export * from './resources/activity.js';
export * from './resources/permissions.js';
export * from './resources/waba.js';
export * from './resources/profile.js';
export * from './resources/clients.js';
export * from './resources/sharing.js';
export * from './resources/partner-changes.js';
export {
  CHANNEL_EVENT_TYPES,
  LIVE_EVENT_TYPES,
  PARTNER_EVENT_TYPES,
  TEMPLATE_EVENT_TYPES,
  liveEventScope,
  type HubLive,
  type HubLiveEvent,
  type HubLiveEventMap,
  type HubLiveEventType,
  type HubLiveOptions,
  type HubLiveStatus,
} from './live/index.js';

export type {
  AccountType,
  HubNumber,
  MessagingTier,
  NumberPlan,
  NumberStatus,
  QualityRating,
} from './schemas/channel.js';
export type { ApiKey } from './schemas/api-key.js';
export type {
  CreateTemplateInput,
  MessageTemplate,
  MessageTemplateCategory,
  MessageTemplateComponent,
  MessageTemplateStatus,
  UpdateTemplateInput,
} from './schemas/template.js';
export {
  PRICING_CATEGORIES,
  type CategoryUsage,
  type ClientBalance,
  type PricingCategory,
  type UsagePeriod,
} from './schemas/balance.js';
export type { CommerceSettings, WabaAccount } from './schemas/waba.js';
export type { BusinessProfile, BusinessProfileUpdate } from './schemas/profile.js';
export type { HubClientAccount, PaymentType } from './schemas/client.js';
export type { SharedNumbers } from './schemas/shared-numbers.js';
export {
  isKnownPartnerChangeStatus,
  PARTNER_CHANGE_STATUSES,
  type PartnerChangeRequest,
  type PartnerChangeStatus,
} from './schemas/partner-change.js';

export * from './templates/index.js';
export * from './charts/index.js';
export * from './activity/index.js';
export * from './numbers/index.js';
export * from './billing/index.js';
export * from './onboarding/index.js';
