import { can, type Capability } from '../capabilities.js';
import type { HubNumber } from '../schemas/channel.js';
import type { PaymentType } from '../schemas/client.js';

/** What a session's permissions look like to the gates: a set, or unknown while loading. */
export type GrantedCapabilities = ReadonlySet<Capability> | Iterable<Capability> | null | undefined;

/** Why an action is not offered; elements turn the reason into a sentence. */
export type NumberGateReason =
  /** The session lacks the capability. */
  | 'permission'
  /** The client's plan or payment type does not include the feature. */
  | 'plan'
  /** The number's state does not allow it (e.g. already pending deletion). */
  | 'state'
  /** The client reached the number cap the partner set. */
  | 'limit'
  /** A request changing the number is still on its way; a second one would race it. */
  | 'busy'
  /** Still loading what the decision needs. */
  | 'unknown';

/** Whether an action is offered, and if not, why. */
export type Gate = { allowed: true } | { allowed: false; reason: NumberGateReason };

const yes: Gate = { allowed: true };
const no = (reason: NumberGateReason): Gate => ({ allowed: false, reason });

/** The actions a number list and the WABA manager offer on one number. */
export interface NumberActionGates {
  /**
   * Signals: direct clients, and partner clients on the Regular or Premium plan; needs
   * `numbers:read`. A `plan` denial comes before a `permission` one.
   */
  signals: Gate;
  /**
   * Activate Inbox: direct clients only; needs `waba:write`, since activation changes how the
   * client's WhatsApp account handles messages. A `plan` denial comes before a `permission` one.
   */
  activateInbox: Gate;
  /**
   * Cancel subscription: needs `numbers:cancel`; not for a number already pending deletion, nor
   * while a cancellation or its undo is on its way.
   */
  cancel: Gate;
  /** Undo a cancellation: needs `numbers:cancel`; only while pending deletion and not busy. */
  revokeCancellation: Gate;
  /**
   * Request a new display name: needs `numbers:displayName`; not while a change is under review,
   * nor while another change to the number is on its way.
   */
  editDisplayName: Gate;
}

/**
 * Whether the session has `capability`: `permission` when it lacks it, `unknown` while the
 * permissions are still loading, so a UI can tell "checking" from "denied".
 */
export function capabilityGate(permissions: GrantedCapabilities, capability: Capability): Gate {
  if (!permissions) return no('unknown');
  return can(permissions, capability) ? yes : no('permission');
}

/** What the caller knows about requests that are still on their way. */
export interface NumberActionContext {
  /** A change to this number was sent and has not been answered (`client.numbers.inFlight`). */
  busy?: boolean;
}

/**
 * Decides which actions to offer on `number`, from the client's payment type and the session's
 * capabilities. Unknown inputs deny (fail closed); the Hub enforces every call anyway.
 */
export function numberActionGates(
  number: HubNumber,
  paymentType: PaymentType | undefined,
  permissions: GrantedCapabilities,
  context: NumberActionContext = {},
): NumberActionGates {
  const need = (capability: Capability): Gate => capabilityGate(permissions, capability);
  const and = (first: Gate, second: Gate): Gate => (first.allowed ? second : first);
  const pending = number.status === 'pending_deletion';
  const planKnown = paymentType !== undefined && paymentType !== 'unknown';
  const plan = (included: boolean): Gate =>
    !planKnown ? no('unknown') : included ? yes : no('plan');
  return {
    signals: and(
      plan(paymentType === 'direct' || number.plan === 'regular' || number.plan === 'premium'),
      need('numbers:signals'),
    ),
    activateInbox: and(plan(paymentType === 'direct'), need('waba:write')),
    cancel: and(need('numbers:cancel'), context.busy ? no('busy') : pending ? no('state') : yes),
    revokeCancellation: and(
      need('numbers:cancel'),
      context.busy ? no('busy') : pending ? yes : no('state'),
    ),
    editDisplayName: and(
      need('numbers:displayName'),
      context.busy ? no('busy') : pending || displayNameUnderReview(number) ? no('state') : yes,
    ),
  };
}

/** True while Meta reviews a requested display name. */
export function displayNameUnderReview(number: HubNumber): boolean {
  return (
    number.status === 'new_name_requested' ||
    number.displayNameStatus?.toLowerCase() === 'pending_review'
  );
}

/**
 * Whether the partner may add a number for a client: it needs `waba:write` (the number joins the
 * client's WhatsApp Business Account) and room under the client's number cap, when one is set.
 */
export function addNumberGate(
  permissions: GrantedCapabilities,
  client: { maxNumbers: number | null } | undefined,
  numberCount: number | undefined,
): Gate {
  if (!permissions) return no('unknown');
  if (!can(permissions, 'waba:write')) return no('permission');
  if (!client || numberCount === undefined) return no('unknown');
  if (client.maxNumbers !== null && numberCount >= client.maxNumbers) return no('limit');
  return yes;
}
