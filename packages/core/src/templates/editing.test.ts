import { describe, expect, it } from 'vitest';
import { HubError } from '../errors.js';
import type { MessageTemplate } from '../schemas/template.js';
import {
  draftForMode,
  draftToCreateInput,
  draftToUpdateInput,
  submitErrorIssues,
  templateEditRules,
  templateToDraft,
  type TemplateEditorMode,
  type TemplateFormMode,
} from './editing.js';

const STATUSES = [
  'CREATED',
  'SUBMITTED',
  'PENDING',
  'APPROVED',
  'REJECTED',
  'PAUSED',
  'DISABLED',
  'IN_APPEAL',
  'PENDING_DELETION',
  'DELETED',
  'ARCHIVED',
  'UNARCHIVED',
  'FLAGGED',
  'LIMIT_EXCEEDED',
  'LOCKED',
  'REINSTATED',
  'SOMETHING_NEW',
];

/** One rule as a short string: `-` open, otherwise the reason. */
function summary(mode: TemplateFormMode, status: string, canWrite = true) {
  const rules = templateEditRules({ mode, status, canWrite });
  const show = (lock: { locked: boolean; reason?: string }) => (lock.locked ? lock.reason : '-');
  return [rules.content, rules.name, rules.language, rules.category, rules.parameterFormat]
    .map(show)
    .join(' ');
}

describe('templateEditRules', () => {
  it('edit: by status (content, name, language, category, parameter format)', () => {
    const approved =
      '- fixed_after_create fixed_after_create category_after_approval edit_sends_content_only';
    const other =
      '- fixed_after_create fixed_after_create edit_sends_content_only edit_sends_content_only';
    const status = 'status status status status status';
    expect(Object.fromEntries(STATUSES.map((s) => [s, summary('edit', s)]))).toEqual({
      CREATED: status,
      SUBMITTED: status,
      PENDING: status,
      APPROVED: approved,
      REJECTED: other,
      PAUSED: approved,
      DISABLED: approved,
      IN_APPEAL: status,
      PENDING_DELETION: status,
      DELETED: status,
      ARCHIVED: status,
      UNARCHIVED: status,
      FLAGGED: status,
      LIMIT_EXCEEDED: status,
      LOCKED: status,
      REINSTATED: approved,
      SOMETHING_NEW: status,
    });
    expect(summary('edit', 'approved')).toBe(approved);
  });

  it('create, copy, add-language and view: the same for every status', () => {
    const expected: Record<Exclude<TemplateFormMode, 'edit'>, string> = {
      create: '- - - - -',
      copy: '- - - - -',
      'add-language': '- shared_by_languages - shared_by_languages -',
      view: 'view view view view view',
    };
    for (const [mode, rules] of Object.entries(expected)) {
      for (const status of STATUSES) {
        expect(summary(mode as TemplateFormMode, status), `${mode} ${status}`).toBe(rules);
      }
    }
  });

  it('without templates:write nothing may change, in every mode but view', () => {
    for (const mode of ['create', 'edit', 'copy', 'add-language'] as const) {
      for (const status of STATUSES) {
        expect(summary(mode, status, false)).toBe(
          'permission permission permission permission permission',
        );
      }
    }
    expect(summary('view', 'APPROVED', false)).toBe('view view view view view');
  });

  it('gives the lock as a code', () => {
    expect(
      templateEditRules({ mode: 'edit', status: 'APPROVED', canWrite: true }).category,
    ).toEqual({ locked: true, reason: 'category_after_approval' });
    expect(templateEditRules({ mode: 'create', canWrite: true }).category).toEqual({
      locked: false,
    });
  });
});

const template: MessageTemplate = {
  id: '1',
  wabaId: 'W',
  name: 'order_update',
  language: 'en_US',
  category: 'UTILITY',
  status: 'APPROVED',
  components: [
    { type: 'BODY', text: 'Order {{1}} ships today.', example: { body_text: [['A1']] } },
    { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'Thanks' }] },
  ],
  rejectedReason: null,
  qualityScore: null,
  namespace: null,
  createdAt: '2026-01-01T00:00:00Z',
  modifiedAt: null,
};

describe('drafts and inputs', () => {
  it('prepares a template for each mode, reading only its content', () => {
    const edit = templateToDraft(template, 'edit');
    expect(edit).toEqual({
      name: 'order_update',
      language: 'en_US',
      category: 'UTILITY',
      header: undefined,
      limitedTimeOffer: undefined,
      body: { text: 'Order {{1}} ships today.', samples: { '1': 'A1' } },
      footer: undefined,
      buttons: [{ type: 'QUICK_REPLY', text: 'Thanks' }],
      carousel: undefined,
    });
    expect(templateToDraft(template, 'copy')).toMatchObject({
      name: 'order_update_copy',
      language: 'en_US',
    });
    expect(templateToDraft(template, 'add-language')).toMatchObject({
      name: 'order_update',
      language: '',
    });
    expect(draftForMode(edit, 'edit')).toBe(edit);
    const modes: TemplateEditorMode[] = ['create', 'edit'];
    for (const mode of modes) expect(draftForMode(edit, mode)).toBe(edit);
  });

  it('turns a draft into a create input and an edit input', () => {
    const draft = {
      ...templateToDraft(template, 'copy'),
      parameterFormat: 'POSITIONAL' as const,
      allowCategoryChange: true,
    };
    const components = [
      { type: 'BODY', text: 'Order {{1}} ships today.', example: { body_text: [['A1']] } },
      { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'Thanks' }] },
    ];
    expect(draftToCreateInput(draft)).toEqual({
      name: 'order_update_copy',
      language: 'en_US',
      category: 'UTILITY',
      components,
      parameterFormat: 'positional',
      allowCategoryChange: true,
    });
    expect(draftToUpdateInput(draft)).toEqual({ components, allowCategoryChange: true });
    expect(draftToUpdateInput(templateToDraft(template, 'edit'))).toEqual({ components });
    expect(draftToCreateInput({ ...draft, parameterFormat: 'NAMED' }).parameterFormat).toBe(
      'named',
    );
  });
});

describe('submitErrorIssues', () => {
  const conflict = new HubError({
    kind: 'conflict',
    developerMessage: 'Content in this language already exists',
  });

  it('puts a conflict on the name, or on the language when adding one', () => {
    expect(submitErrorIssues(conflict, 'create')).toEqual([
      {
        path: ['name'],
        code: 'server.conflict',
        message: 'Content in this language already exists',
        severity: 'error',
      },
    ]);
    expect(submitErrorIssues(conflict, 'add-language')[0]?.path).toEqual(['language']);
  });

  it('puts the details of a refused payload on their fields', () => {
    const refused = new HubError({
      kind: 'invalid_request',
      fieldErrors: [{ path: 'components.0.text', message: 'not allowed' }],
    });
    expect(submitErrorIssues(refused, 'edit')).toEqual([
      {
        path: ['components', 0, 'text'],
        code: 'server',
        message: 'not allowed',
        severity: 'error',
      },
    ]);
  });

  it('has nothing to place for other failures', () => {
    expect(submitErrorIssues(new HubError({ kind: 'network' }), 'create')).toEqual([]);
    expect(submitErrorIssues(new Error('boom'), 'create')).toEqual([]);
  });
});
