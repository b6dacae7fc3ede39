export {
  NUMBER_STATUSES,
  QUALITY_RATINGS,
  MESSAGING_TIERS,
  isKnownNumberStatus,
  numberStatusInfo,
  qualityRatingInfo,
  messagingTierLimit,
  type BadgeTone,
  type KnownNumberStatus,
  type NumberStatusInfo,
  type QualityInfo,
} from './status.js';
export {
  foldText,
  indexNumbers,
  queryNumbers,
  type NumberColumn,
  type NumberIndex,
  type NumberQuery,
  type NumberSort,
} from './query.js';
export {
  addNumberGate,
  capabilityGate,
  displayNameUnderReview,
  numberActionGates,
  type Gate,
  type GrantedCapabilities,
  type NumberActionContext,
  type NumberActionGates,
  type NumberGateReason,
} from './gates.js';
export {
  DISPLAY_NAME_LIMITS,
  displayNameState,
  validateDisplayName,
  type DisplayNameIssue,
  type DisplayNameState,
} from './display-name.js';
export { endOfMonth, overlayNumbers, withCancellationRequested } from './cancellation.js';
export {
  BUSINESS_PROFILE_LIMITS,
  BUSINESS_VERTICALS,
  businessProfileForSave,
  validateBusinessProfile,
  websiteSlots,
  type BusinessProfileDraft,
  type ProfileIssue,
} from './profile.js';
export { allNumbersKey, fetchAllNumbers } from './list-all.js';
export {
  NumberChangeInFlightError,
  type NumberChangeKind,
  type NumberChangesInFlight,
} from './in-flight.js';
