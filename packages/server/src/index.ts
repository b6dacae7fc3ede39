export {
  createHubSessions,
  HubSessionError,
  type HubSession,
  type HubSessionErrorReason,
  type HubSessions,
  type HubSessionSecret,
  type HubSessionsOptions,
  type MintedSession,
  type MintSessionInput,
} from './sessions.js';
export {
  isSessionCapability,
  READ_ONLY_CAPABILITIES,
  SESSION_CAPABILITIES,
  type SessionCapability,
} from './capabilities.js';
export {
  createHubProxy,
  type HubProxy,
  type HubProxyOptions,
  type HubProxyRateLimit,
  type HubProxyRequestInfo,
} from './proxy.js';
export { OPERATIONS, type AnswerCheck, type ListQueryRule, type Operation } from './operations.js';
export {
  createMemoryRateLimitStore,
  type RateLimitStore,
  type RateLimitWindow,
} from './rate-limit.js';
