export {
  createEmulator,
  createEmulatorFetch,
  type Emulator,
  type EmulatorRequestRecord,
} from './handler.js';
export {
  DEMO_API_KEY,
  DEMO_PARTNER_ID,
  DEMO_PASSWORD,
  DEMO_USERNAME,
  type EmulatorOptions,
} from './options.js';
export type {
  ChannelWebhookEvent,
  EmulatorWebhooks,
  TemplateWebhookEvent,
  WebhookDeliveryOptions,
  WebhookDeliveryRecord,
  WebhookEvent,
  WebhookEventName,
} from './webhooks.js';
export { FaultInjector, type FaultPlan, type FaultRule } from './faults.js';
export { TokenStore } from './auth.js';
export { createSeedState, CURATED_NUMBERS } from './seed/index.js';
export { demoPaymentType } from './seed/clients.js';
export { CHANNEL_STATUSES } from './seed/numbers.js';
export { parseState } from './persist.js';
export type * from './state.js';
