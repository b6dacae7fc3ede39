import { describe, expect, it } from 'vitest';
import {
  IMPORT_CHECKLIST,
  NUMBER_MIGRATION_GUIDE_URL,
  addNumberSteps,
  canLaunchOnboarding,
  nextAddNumberStep,
  previousAddNumberStep,
  type ImportChecklistItem,
} from './add-number.js';

const allowed = { allowed: true } as const;

describe('add-number flow rules', () => {
  it('orders the steps of each mode', () => {
    expect(addNumberSteps('add')).toEqual(['start', 'explain', 'onboarding']);
    expect(addNumberSteps('import')).toEqual(['start', 'checklist', 'onboarding']);
    expect(nextAddNumberStep('add', 'start')).toBe('explain');
    expect(nextAddNumberStep('import', 'start')).toBe('checklist');
    expect(nextAddNumberStep('import', 'checklist')).toBe('onboarding');
    expect(nextAddNumberStep('add', 'onboarding')).toBe('onboarding');
    expect(previousAddNumberStep('import', 'checklist')).toBe('start');
    expect(previousAddNumberStep('add', 'start')).toBe('start');
  });

  it('lists the four import preconditions and the Cloud API migration guide', () => {
    expect(IMPORT_CHECKLIST).toEqual(['registered', 'twoStepOff', 'templates', 'displayName']);
    expect(NUMBER_MIGRATION_GUIDE_URL).toBe(
      'https://docs.360dialog.com/docs/waba-basics/migrating-phone-numbers/migrate-number-from-meta-or-alternate-bsp-to-360dialog-cloud-api',
    );
  });

  it('lets an add continue whenever the gate allows it', () => {
    expect(canLaunchOnboarding('add', allowed, new Set())).toBe(true);
    expect(canLaunchOnboarding('add', { allowed: false, reason: 'limit' }, new Set())).toBe(false);
  });

  it('lets an import continue only with every item ticked and the gate open', () => {
    const some = new Set<ImportChecklistItem>(['registered', 'twoStepOff', 'templates']);
    expect(canLaunchOnboarding('import', allowed, some)).toBe(false);
    const all = new Set<ImportChecklistItem>([
      'registered',
      'twoStepOff',
      'templates',
      'displayName',
    ]);
    expect(canLaunchOnboarding('import', allowed, all)).toBe(true);
    expect(canLaunchOnboarding('import', { allowed: false, reason: 'permission' }, all)).toBe(
      false,
    );
  });
});
