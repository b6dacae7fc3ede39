/** What a user can do to a template. */
export type TemplateAction = 'edit' | 'delete' | 'appeal';

/** A template status with what it means for the user. */
export interface TemplateStatusInfo {
  /** The status in upper case, as Meta sends it. */
  readonly status: string;
  /** A short label; WhatsApp Manager's wording where it has one. */
  readonly label: string;
  /** Whether messages can be sent with the template in this status. */
  readonly sendable: boolean;
  /** What the user may do; empty means nothing. */
  readonly actions: readonly TemplateAction[];
  /** Why these actions, and what happens next, in one or two sentences for the user. */
  readonly reason: string;
}

// Meta: only approved templates can be sent; a reinstated one is approved again.
const SENDABLE = new Set(['APPROVED', 'REINSTATED']);

const info = (
  status: string,
  label: string,
  actions: readonly TemplateAction[],
  reason: string,
): TemplateStatusInfo => ({ status, label, sendable: SENDABLE.has(status), actions, reason });

/**
 * Every template status Meta (and the 360dialog Hub, for `CREATED` and `SUBMITTED`) reports, with
 * what the user may do in it and why (reference §11).
 *
 * @example
 * ```ts
 * getTemplateStatusInfo('rejected')?.actions; // ['edit', 'delete', 'appeal']
 * ```
 */
export const TEMPLATE_STATUSES: readonly TemplateStatusInfo[] = [
  info(
    'CREATED',
    'Draft',
    ['edit', 'delete'],
    'Saved in the Hub but not yet submitted to WhatsApp for review.',
  ),
  info(
    'SUBMITTED',
    'Submitted',
    ['delete'],
    'Sent to WhatsApp; it cannot be edited until the review is over.',
  ),
  info(
    'PENDING',
    'In review',
    ['delete'],
    'WhatsApp is reviewing it (up to 24 hours); it can be edited once the review is over.',
  ),
  info(
    'APPROVED',
    'Active',
    ['edit', 'delete'],
    'It can be sent. Edits are limited to 10 per 30 days and one per 24 hours, the category cannot change, and each edit is reviewed again. Deleting it blocks its name for 30 days.',
  ),
  info(
    'REJECTED',
    'Rejected',
    ['edit', 'delete', 'appeal'],
    'It did not pass review. Edit and resubmit it as often as needed, or appeal the decision with a sample (answered within 24 hours).',
  ),
  info(
    'PAUSED',
    'Paused',
    ['edit', 'delete'],
    'Paused after low quality ratings; it cannot be sent until the pause ends. Editing it sends it for review again.',
  ),
  info(
    'DISABLED',
    'Disabled',
    ['edit'],
    'Disabled after repeated low quality. It cannot be sent or deleted; edit it and resubmit it for review.',
  ),
  info(
    'IN_APPEAL',
    'Appeal requested',
    ['delete'],
    'An appeal is being decided (within 24 hours); wait for the result before editing.',
  ),
  info(
    'PENDING_DELETION',
    'Being deleted',
    [],
    'Deleted while messages were still being delivered; WhatsApp keeps delivering them for up to 30 days.',
  ),
  info('DELETED', 'Deleted', [], 'Deleted. An approved template’s name is blocked for 30 days.'),
  info(
    'ARCHIVED',
    'Archived',
    ['delete'],
    'Archived after 12 months without activity and deleted 28 days later unless it is unarchived in WhatsApp Manager.',
  ),
  info(
    'UNARCHIVED',
    'Unarchived',
    ['delete'],
    'Taken out of the archive; it returns to the status it had before.',
  ),
  info(
    'FLAGGED',
    'Flagged',
    ['delete'],
    'Users gave negative feedback and it may be disabled; improve the content to avoid that.',
  ),
  info(
    'LIMIT_EXCEEDED',
    'Limit reached',
    ['delete'],
    'The account has reached its template limit; delete templates to make room.',
  ),
  info('LOCKED', 'Locked', ['delete'], 'Locked by WhatsApp; it cannot be edited.'),
  info(
    'REINSTATED',
    'Reinstated',
    ['edit', 'delete'],
    'No longer flagged or disabled; it is active again.',
  ),
];

const BY_STATUS = new Map(TEMPLATE_STATUSES.map((entry) => [entry.status, entry]));

/**
 * What a status means, looked up case-insensitively (the Hub writes `approved`, Meta `APPROVED`),
 * or `undefined` for a status this version does not know.
 *
 * @example
 * ```ts
 * getTemplateStatusInfo('DISABLED')?.actions.includes('delete'); // false
 * ```
 */
export function getTemplateStatusInfo(status: string): TemplateStatusInfo | undefined {
  return BY_STATUS.get(status.toUpperCase());
}
