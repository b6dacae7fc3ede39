import { describe, expect, it } from 'vitest';
import type { MessageTemplate } from '../schemas/template.js';
import {
  filterTemplates,
  groupTemplatesByName,
  sortTemplateGroups,
  templateLanguagesIn,
  templateListActions,
} from './list.js';

function template(over: Partial<MessageTemplate>): MessageTemplate {
  return {
    id: over.id ?? `${over.name}-${over.language}`,
    wabaId: 'W',
    name: 'order_update',
    language: 'en_US',
    category: 'UTILITY',
    status: 'APPROVED',
    components: [{ type: 'BODY', text: 'Your order {{1}} has shipped.' }],
    rejectedReason: null,
    qualityScore: null,
    namespace: null,
    createdAt: '2026-01-01T00:00:00Z',
    modifiedAt: null,
    ...over,
  };
}

const templates = [
  template({ name: 'order_update', language: 'en_US', modifiedAt: '2026-03-01T00:00:00Z' }),
  template({ name: 'spring_sale', category: 'MARKETING', status: 'REJECTED' }),
  template({ name: 'order_update', language: 'de', status: 'PENDING' }),
  template({
    name: 'welcome',
    language: 'ar',
    status: 'paused',
    components: [{ type: 'BODY', text: 'Welcome aboard' }],
    modifiedAt: '2026-04-01T00:00:00Z',
  }),
];

describe('filterTemplates', () => {
  it('matches every word against name, language label and body, case-insensitively', () => {
    expect(filterTemplates(templates, { query: 'ORDER german' }).map((t) => t.language)).toEqual([
      'de',
    ]);
    expect(filterTemplates(templates, { query: 'aboard' }).map((t) => t.name)).toEqual(['welcome']);
    expect(filterTemplates(templates, { query: 'nothing-like-this' })).toEqual([]);
  });

  it('filters by status, category and language; empty filters match everything', () => {
    expect(filterTemplates(templates, { status: 'PAUSED' })).toHaveLength(1);
    expect(filterTemplates(templates, { category: 'marketing' })).toHaveLength(1);
    expect(filterTemplates(templates, { language: 'en_US' })).toHaveLength(2);
    expect(filterTemplates(templates, { status: '', query: ' ' })).toHaveLength(4);
  });
});

describe('groupTemplatesByName', () => {
  it('puts every language under its name, sorted by code, with the latest update', () => {
    const groups = groupTemplatesByName(templates);
    expect(groups.map((g) => g.name)).toEqual(['order_update', 'spring_sale', 'welcome']);
    expect(groups[0]!.templates.map((t) => t.language)).toEqual(['de', 'en_US']);
    expect(groups[0]!.updatedAt).toBe('2026-03-01T00:00:00Z');
  });
});

describe('sortTemplateGroups', () => {
  const groups = groupTemplatesByName(templates);
  it('sorts by name, by latest update, by attention-needing status and by category', () => {
    expect(sortTemplateGroups(groups, 'name').map((g) => g.name)).toEqual([
      'order_update',
      'spring_sale',
      'welcome',
    ]);
    expect(sortTemplateGroups(groups, 'updated').map((g) => g.name)).toEqual([
      'welcome',
      'order_update',
      'spring_sale',
    ]);
    expect(sortTemplateGroups(groups, 'status').map((g) => g.name)).toEqual([
      'spring_sale',
      'welcome',
      'order_update',
    ]);
    expect(sortTemplateGroups(groups, 'category')[0]!.name).toBe('spring_sale');
  });
});

describe('templateListActions', () => {
  it('offers only viewing without write access', () => {
    expect(templateListActions(template({}), false)).toEqual(['view']);
  });
  it('follows what the status allows', () => {
    expect(templateListActions(template({ status: 'APPROVED' }), true)).toEqual([
      'view',
      'edit',
      'copy',
      'add-language',
      'delete',
    ]);
    expect(templateListActions(template({ status: 'PENDING' }), true)).toEqual([
      'view',
      'copy',
      'add-language',
      'delete',
    ]);
    expect(templateListActions(template({ status: 'DISABLED' }), true)).not.toContain('delete');
    expect(templateListActions(template({ status: 'PENDING_DELETION' }), true)).toEqual(['view']);
  });
});

it('lists the distinct languages', () => {
  expect(templateLanguagesIn(templates)).toEqual(['ar', 'de', 'en_US']);
});
