import type { ReactiveControllerHost } from 'lit';
import { readStoredDraft, type TemplateDraft } from '@hub/core';

/**
 * Keeps the unsaved template draft in `localStorage`, one entry per WABA and editor target, so
 * nothing typed is lost to a reload or a failed submit, and offers a kept draft back. Storage is
 * the page's: an entry that is not a draft counts as none (the console says why), and a full or
 * blocked storage only loses the backup, never the form.
 */
export class TemplateDraftStorage {
  private kept: TemplateDraft | undefined;

  /**
   * @param host - The element, updated when a kept draft is offered or no longer is.
   * @param key - The storage key of the current target, or `undefined` while there is none.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly key: () => string | undefined,
  ) {}

  /** A draft from an earlier visit that differs from the form, offered to the user. */
  get offered(): TemplateDraft | undefined {
    return this.kept;
  }

  /** Looks for a kept draft of the current target; it is offered when it differs from `shown`. */
  load(shown: TemplateDraft): void {
    const key = this.key();
    const read = readStoredDraft(key ? this.read(key) : null);
    if (read.status === 'unreadable') {
      console.warn(
        `<hub-template-editor>: the draft kept under "${key}" cannot be read (${read.reason}) and is not offered.`,
        read.issues,
      );
    }
    const draft = read.status === 'draft' ? read.draft : undefined;
    this.offer(draft && JSON.stringify(draft) !== JSON.stringify(shown) ? draft : undefined);
  }

  /** Keeps `draft` as the target's backup; an earlier visit's draft is no longer offered. */
  save(draft: TemplateDraft): void {
    this.offer(undefined);
    const key = this.key();
    if (!key) return;
    try {
      localStorage.setItem(key, JSON.stringify(draft));
    } catch {
      // Storage full or blocked (private mode): the form still works, only the backup is lost.
    }
  }

  /** Hands over the offered draft (to put back in the form) and stops offering it. */
  take(): TemplateDraft | undefined {
    const draft = this.kept;
    this.offer(undefined);
    return draft;
  }

  /** Forgets the target's backup: submitted, or discarded by the user. */
  clear(): void {
    this.offer(undefined);
    const key = this.key();
    if (!key) return;
    try {
      localStorage.removeItem(key);
    } catch {
      // Blocked storage holds nothing to forget.
    }
  }

  private read(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  }

  private offer(draft: TemplateDraft | undefined): void {
    if (draft === this.kept) return;
    this.kept = draft;
    this.host.requestUpdate();
  }
}
