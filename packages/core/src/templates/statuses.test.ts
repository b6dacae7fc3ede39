import { describe, expect, it } from 'vitest';
import {
  TEMPLATE_STATUSES,
  getTemplateStatusInfo,
  templateReviewSettled,
  templateStatusAllows,
} from './statuses.js';

describe('the status table', () => {
  it('gives every status its actions and flags', () => {
    const table = Object.fromEntries(
      TEMPLATE_STATUSES.map((s) => [
        s.status,
        [s.actions.join(' '), s.sendable, s.reviewing, s.approved, s.editLimited],
      ]),
    );
    // [actions, sendable, reviewing, approved content, edit-limited]
    expect(table).toEqual({
      CREATED: ['delete', false, true, false, false],
      SUBMITTED: ['delete', false, true, false, false],
      PENDING: ['delete', false, true, false, false],
      APPROVED: ['edit delete', true, false, true, true],
      REJECTED: ['edit delete appeal', false, false, false, false],
      PAUSED: ['edit delete', false, false, true, false],
      DISABLED: ['edit', false, false, true, false],
      IN_APPEAL: ['delete', false, true, false, false],
      PENDING_DELETION: ['', false, false, false, false],
      DELETED: ['', false, false, false, false],
      ARCHIVED: ['delete', false, false, false, false],
      UNARCHIVED: ['delete', false, false, false, false],
      FLAGGED: ['delete', false, false, false, false],
      LIMIT_EXCEEDED: ['delete', false, false, false, false],
      LOCKED: ['delete', false, false, false, false],
      REINSTATED: ['edit delete', true, false, true, true],
    });
  });

  it('reads statuses in any case and knows nothing of unknown ones', () => {
    expect(getTemplateStatusInfo('paused')?.status).toBe('PAUSED');
    expect(getTemplateStatusInfo('SOMETHING_NEW')).toBeUndefined();
    expect(templateStatusAllows('approved', 'edit')).toBe(true);
    expect(templateStatusAllows('disabled', 'delete')).toBe(false);
    expect(templateStatusAllows('SOMETHING_NEW', 'delete')).toBe(false);
  });

  it('settles a review when the status stops changing by itself', () => {
    expect(templateReviewSettled('pending')).toBe(false);
    expect(templateReviewSettled('CREATED')).toBe(false);
    expect(templateReviewSettled('IN_APPEAL')).toBe(false);
    expect(templateReviewSettled('APPROVED')).toBe(true);
    expect(templateReviewSettled('REJECTED')).toBe(true);
    expect(templateReviewSettled('DISABLED')).toBe(true);
    expect(templateReviewSettled('REINSTATED')).toBe(true);
    // Nobody polls a status this version cannot wait out.
    expect(templateReviewSettled('SOMETHING_NEW')).toBe(true);
  });
});
