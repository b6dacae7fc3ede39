import type { Gate } from '../numbers/gates.js';

/**
 * The two ways a client brings a number in through the hosted onboarding: sign up a new one, or
 * import one registered with another Business Solution Provider (BSP).
 */
export type AddNumberMode = 'add' | 'import';

/**
 * Where an add-number flow stands. `start`: only the button. `explain`: what adding a number
 * means (add). `checklist`: what must be true before importing (import). `onboarding`: the
 * Hub's hosted page is open.
 */
export type AddNumberStep = 'start' | 'explain' | 'checklist' | 'onboarding';

/**
 * What must be true before a number moves here from another BSP, as 360dialog's migration guide
 * lists it. `registered`: the number is registered for the WhatsApp Business API with the other
 * provider. `twoStepOff`: two-step verification is turned off there. `templates`: only approved,
 * high-quality templates are copied; the others must be created again. `displayName`: the display
 * name, quality rating and messaging limit move with the number; chat history does not.
 */
export const IMPORT_CHECKLIST = ['registered', 'twoStepOff', 'templates', 'displayName'] as const;

/** One item of {@link IMPORT_CHECKLIST}. */
export type ImportChecklistItem = (typeof IMPORT_CHECKLIST)[number];

/**
 * 360dialog's guide to moving a number from Meta or another BSP (the page the Client Hub's
 * "Import from another BSP" links to). After its checklist, the guide sends the client through
 * the ordinary add-number signup: there is no separate migration page or parameter.
 */
export const NUMBER_MIGRATION_GUIDE_URL =
  'https://docs.360dialog.com/docs/waba-basics/migrating-phone-numbers/migrate-number-from-meta-or-alternate-bsp-to-360dialog-cloud-api';

const STEPS: Record<AddNumberMode, readonly AddNumberStep[]> = {
  add: ['start', 'explain', 'onboarding'],
  import: ['start', 'checklist', 'onboarding'],
};

/** The steps of `mode`, in order. */
export function addNumberSteps(mode: AddNumberMode): readonly AddNumberStep[] {
  return STEPS[mode];
}

/** The step after `step` in `mode`; the last step stays where it is. */
export function nextAddNumberStep(mode: AddNumberMode, step: AddNumberStep): AddNumberStep {
  const steps = STEPS[mode];
  const at = steps.indexOf(step);
  return steps[Math.min(at + 1, steps.length - 1)] ?? 'start';
}

/** The step before `step` in `mode`; `start` stays where it is. */
export function previousAddNumberStep(mode: AddNumberMode, step: AddNumberStep): AddNumberStep {
  const steps = STEPS[mode];
  return steps[Math.max(steps.indexOf(step) - 1, 0)] ?? 'start';
}

/**
 * Whether the user may go on to the Hub's page: the add-number gate allows it (session and
 * number cap) and, for an import, every checklist item is ticked.
 */
export function canLaunchOnboarding(
  mode: AddNumberMode,
  gate: Gate,
  ticked: ReadonlySet<ImportChecklistItem>,
): boolean {
  if (!gate.allowed) return false;
  return mode === 'add' || IMPORT_CHECKLIST.every((item) => ticked.has(item));
}
