/** What a user can do to a template. */
export type TemplateAction = 'edit' | 'delete' | 'appeal';

/**
 * The rules of one template status: what the user may do in it, whether messages can be sent
 * with it, and whether its review is still going. Codes only; the elements own the words.
 */
export interface TemplateStatusInfo {
  /** The status in upper case, as Meta sends it. */
  readonly status: string;
  /** Whether messages can be sent with the template in this status. */
  readonly sendable: boolean;
  /** What the user may do; empty means nothing. */
  readonly actions: readonly TemplateAction[];
  /** The review is not over: the status changes by itself, so waiting for it makes sense. */
  readonly reviewing: boolean;
  /**
   * The content passed review once (active, paused, disabled or reinstated): Meta keeps the
   * category of an approved template, so an edit cannot change it.
   */
  readonly approved: boolean;
  /** Meta limits edits in this status to one per 24 hours and ten per 30 days. */
  readonly editLimited: boolean;
}

type Flag = 'sendable' | 'reviewing' | 'approved' | 'editLimited';

const row = (
  status: string,
  actions: readonly TemplateAction[],
  flags: readonly Flag[] = [],
): TemplateStatusInfo => ({
  status,
  actions,
  sendable: flags.includes('sendable'),
  reviewing: flags.includes('reviewing'),
  approved: flags.includes('approved'),
  editLimited: flags.includes('editLimited'),
});

/**
 * The one table of template statuses: every status Meta (and the 360dialog Hub, for `CREATED`
 * and `SUBMITTED`) reports, with what the user may do in it. The SDK's list and editor, and the
 * emulator's routes, all decide from it (reference §11; `docs/api-assumptions.md` rows 63–63c).
 *
 * - Edit: Meta edits approved, rejected and paused templates (§11.6), and a disabled one may be
 *   edited and resubmitted (§11.1); a reinstated one is approved again. Hub drafts (`CREATED`)
 *   are not at Meta yet, so Meta's edit has nothing to change.
 * - Delete: everything but a disabled template (§11.7) or one already being deleted.
 * - Edit limits apply to approved content only (§11.6).
 *
 * @example
 * ```ts
 * getTemplateStatusInfo('rejected')?.actions; // ['edit', 'delete', 'appeal']
 * ```
 */
export const TEMPLATE_STATUSES: readonly TemplateStatusInfo[] = [
  row('CREATED', ['delete'], ['reviewing']),
  row('SUBMITTED', ['delete'], ['reviewing']),
  row('PENDING', ['delete'], ['reviewing']),
  row('APPROVED', ['edit', 'delete'], ['sendable', 'approved', 'editLimited']),
  row('REJECTED', ['edit', 'delete', 'appeal']),
  row('PAUSED', ['edit', 'delete'], ['approved']),
  row('DISABLED', ['edit'], ['approved']),
  row('IN_APPEAL', ['delete'], ['reviewing']),
  row('PENDING_DELETION', []),
  row('DELETED', []),
  row('ARCHIVED', ['delete']),
  row('UNARCHIVED', ['delete']),
  row('FLAGGED', ['delete']),
  row('LIMIT_EXCEEDED', ['delete']),
  row('LOCKED', ['delete']),
  row('REINSTATED', ['edit', 'delete'], ['sendable', 'approved', 'editLimited']),
];

const BY_STATUS = new Map(TEMPLATE_STATUSES.map((entry) => [entry.status, entry]));

/**
 * The rules of a status, looked up case-insensitively (the Hub writes `approved`, Meta
 * `APPROVED`), or `undefined` for a status this version does not know.
 *
 * @example
 * ```ts
 * getTemplateStatusInfo('DISABLED')?.actions.includes('delete'); // false
 * ```
 */
export function getTemplateStatusInfo(status: string): TemplateStatusInfo | undefined {
  return BY_STATUS.get(status.toUpperCase());
}

/**
 * Whether `status` allows `action`. An unknown status allows nothing: a status added after this
 * version is not one it can vouch for (the Hub decides in the end).
 *
 * @example
 * ```ts
 * templateStatusAllows('paused', 'edit'); // true
 * ```
 */
export function templateStatusAllows(status: string, action: TemplateAction): boolean {
  return getTemplateStatusInfo(status)?.actions.includes(action) ?? false;
}

/**
 * Whether the review of a template in `status` is over, so there is nothing left to wait for:
 * true for every status but the Hub's and Meta's review states (`CREATED`, `SUBMITTED`,
 * `PENDING`, `IN_APPEAL`). An unknown status counts as settled, so nobody polls it forever.
 *
 * @example
 * ```ts
 * templateReviewSettled('PENDING'); // false
 * ```
 */
export function templateReviewSettled(status: string): boolean {
  return !(getTemplateStatusInfo(status)?.reviewing ?? false);
}
