import { html, nothing, type TemplateResult } from 'lit';
import type { Gate } from '@hub/core';
import type { Translate } from '../base/badges.js';

/** What the start step shows: the button, and why it is disabled when it is. */
export interface StartOptions {
  label: string;
  gate: Gate;
  t: Translate;
  onStart: () => void;
}

/**
 * The start button. A button the session or the client's number cap does not allow stays in
 * view, disabled, with the reason next to it (and as its description), so nobody wonders
 * where it went.
 */
export function startStep({ label, gate, t, onStart }: StartOptions): TemplateResult {
  const reason = gate.allowed
    ? undefined
    : gate.reason === 'unknown'
      ? t('addNumber.checking')
      : t('addNumber.blocked', { reason: t(`numbers.gate.${gate.reason}`) });
  return html`<div class="start">
    <button
      type="button"
      class="btn btn-primary"
      part="start-button"
      ?disabled=${!gate.allowed}
      aria-describedby=${reason ? 'start-reason' : nothing}
      @click=${onStart}
    >
      ${label}
    </button>
    ${reason ? html`<p class="note" id="start-reason" part="reason">${reason}</p>` : nothing}
  </div>`;
}

/** A step's frame: its heading (focused when the step opens), content and Back / Continue. */
export interface PanelOptions {
  title: string;
  content: TemplateResult;
  /** False keeps "Continue with Facebook" disabled; `hint` then says what is missing. */
  canContinue: boolean;
  hint?: string;
  t: Translate;
  onBack: () => void;
  onContinue: () => void;
}

/** One step of the flow before the Hub's page opens. */
export function panel(options: PanelOptions): TemplateResult {
  const { t } = options;
  const hint = !options.canContinue && options.hint;
  return html`<section class="panel" part="panel" aria-labelledby="panel-title">
    <h2 id="panel-title" tabindex="-1">${options.title}</h2>
    ${options.content} ${hint ? html`<p class="note" id="continue-hint">${hint}</p>` : nothing}
    <div class="actions" part="actions">
      <button type="button" class="btn" @click=${options.onBack}>${t('addNumber.back')}</button>
      <button
        type="button"
        class="btn btn-primary"
        part="continue-button"
        ?disabled=${!options.canContinue}
        aria-describedby=${hint ? 'continue-hint' : nothing}
        @click=${options.onContinue}
      >
        ${t('addNumber.continue')}
      </button>
    </div>
  </section>`;
}

/** What adding a number means: it is charged, and the business signs it up itself. */
export function explainContent(t: Translate): TemplateResult {
  return html`<p>${t('addNumber.charge')}</p>
    <p>${t('addNumber.selfSignup')}</p>`;
}

/** While the Hub's page is open in its window. */
export function waitingStep(title: string, t: Translate, onStop: () => void): TemplateResult {
  return html`<section class="panel" part="panel" aria-labelledby="panel-title" aria-busy="true">
    <h2 id="panel-title" tabindex="-1">${title}</h2>
    <p role="status">${t('addNumber.waiting')}</p>
    <div class="actions" part="actions">
      <button type="button" class="btn" @click=${onStop}>${t('addNumber.stopWaiting')}</button>
    </div>
  </section>`;
}
