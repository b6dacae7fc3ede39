import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .sections {
    display: grid;
    gap: var(--hub-funds-gap, calc(var(--_space) * 2));
  }
  section {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  section[data-low] {
    border-color: color-mix(in srgb, var(--_warning) 60%, var(--_border));
  }
  .section-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  h2,
  h3 {
    margin: 0;
    font-size: 1.05em;
  }
  h2 {
    font-size: 1.25em;
  }
  .amount {
    margin: 0 0 calc(var(--_space) * 1.5);
    font-size: var(--hub-funds-amount-size, 2em);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
  }
  .amount-label {
    display: block;
    color: var(--_text-muted);
    font-size: var(--_font-size);
    font-weight: 400;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    align-items: baseline;
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0;
  }
  dt {
    color: var(--_text-muted);
  }
  dd {
    margin: 0;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .hint {
    display: block;
    color: var(--_text-muted);
    font-size: 0.85em;
  }
  .note {
    margin: calc(var(--_space) * 1.5) 0 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 3px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    line-height: 1.5;
  }
  .note[data-tone] {
    border-inline-start-color: var(--_tone);
  }
  .partner-note p {
    margin: 0;
  }
  .partner-note .note-title {
    margin-block-end: calc(var(--_space) * 0.5);
    font-weight: 600;
  }
  .renewal-state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-block-start: calc(var(--_space) * 2);
  }
  .error-text {
    margin: var(--_space) 0 0;
    color: var(--_danger);
    font-size: 0.85em;
  }
  .state[part='permission-denied'] p {
    margin: 0;
  }
  [part='outlook-error'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  [part='outlook-error'] p {
    margin: 0;
    color: var(--_danger);
  }
`;
