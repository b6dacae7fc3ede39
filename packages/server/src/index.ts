export {
  createHubSessions,
  HubSessionError,
  type HubSession,
  type HubSessionErrorReason,
  type HubSessions,
  type HubSessionSecret,
  type HubSessionsOptions,
  type MintedPartnerStaffSession,
  type MintedSession,
  type MintPartnerStaffInput,
  type MintSessionInput,
} from './sessions.js';
export {
  isPartnerStaffCapability,
  isSessionCapability,
  PARTNER_STAFF_CAPABILITIES,
  READ_ONLY_CAPABILITIES,
  SESSION_CAPABILITIES,
  type PartnerStaffCapability,
  type SessionCapability,
} from './capabilities.js';
export {
  createHubProxy,
  type HubProxy,
  type HubProxyOptions,
  type HubProxyLive,
  type HubProxyRateLimit,
  type HubProxyRequestInfo,
} from './proxy.js';
export { OPERATIONS, type AnswerCheck, type ListQueryRule, type Operation } from './operations.js';
export {
  createMemoryRateLimitStore,
  type RateLimitStore,
  type RateLimitWindow,
} from './rate-limit.js';
export {
  createHubWebhooks,
  createMemoryDedupeStore,
  type HubWebhookInfo,
  type HubWebhooks,
  type HubWebhooksOptions,
  type WebhookDedupeStore,
} from './webhooks.js';
export {
  createMemoryLiveBus,
  type LiveBus,
  type LiveEntry,
  type LiveListener,
  type MemoryLiveBusOptions,
} from './live-bus.js';
export {
  createPostgresLiveBus,
  type PostgresListener,
  type PostgresLiveBus,
  type PostgresLiveBusOptions,
  type PostgresQueryable,
} from './live-bus-postgres.js';
export { type LiveEvent } from './live-event.js';
