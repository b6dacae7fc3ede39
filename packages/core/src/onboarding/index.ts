export {
  DEFAULT_ONBOARDING_ORIGIN,
  permissionUrl,
  type PermissionUrlOptions,
} from './permission-url.js';
export {
  parseOnboardingResult,
  type OnboardingParse,
  type OnboardingResult,
  type OnboardingResultError,
} from './result.js';
export {
  acceptOnboardingResult,
  createOnboardingStates,
  type OnboardingStates,
  type OnboardingStorage,
} from './state.js';
export * from './add-number.js';
