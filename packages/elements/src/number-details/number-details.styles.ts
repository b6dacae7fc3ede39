import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  /* A save far down the element is confirmed where the user is: the messages stay in view. */
  .confirmations {
    position: sticky;
    inset-block-start: var(--hub-number-details-confirmations-top, 0);
    z-index: 1;
  }
  .sections {
    display: grid;
    gap: var(--hub-number-details-gap, calc(var(--_space) * 2));
  }
  section {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .section-head {
    display: flex;
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
  dl {
    display: grid;
    grid-template-columns: minmax(9rem, max-content) 1fr;
    align-items: baseline;
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0;
  }
  dt {
    color: var(--_text-muted);
  }
  dd {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin: 0;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .mono {
    font-family: var(--_font-mono);
  }
  .copy {
    min-block-size: 1.9em;
    padding: 0 0.6em;
    font-size: 0.85em;
  }
  .muted,
  .hint {
    color: var(--_text-muted);
  }
  .hint {
    font-size: 0.85em;
  }
  .note {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 3px solid var(--_accent);
    background: var(--_surface-raised);
    border-radius: var(--_radius);
  }
  .name-state {
    flex-basis: 100%;
    margin: 0;
  }
  .error-text {
    color: var(--_danger);
    font-size: 0.85em;
  }
  .toggle {
    display: flex;
    align-items: center;
    gap: var(--_space);
    margin-block: var(--_space);
  }
  .toggle input {
    inline-size: 1.1em;
    block-size: 1.1em;
    min-block-size: auto;
    accent-color: var(--_accent);
  }
  form.profile {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .form-field {
    display: grid;
    gap: calc(var(--_space) * 0.4);
  }
  .form-field label {
    font-weight: 600;
  }
  .form-field textarea {
    min-block-size: 5em;
    resize: vertical;
  }
  .form-row {
    display: flex;
    justify-content: space-between;
    gap: var(--_space);
  }
  .form-actions {
    display: flex;
    justify-content: end;
    gap: var(--_space);
  }
  .name-state .badge {
    /* A requested name can be long: it wraps inside the column instead of widening the page. */
    white-space: normal;
    max-inline-size: 100%;
  }
  .photo-url {
    flex: 1 1 8rem;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .photo {
    inline-size: 3rem;
    block-size: 3rem;
    border-radius: 50%;
    object-fit: cover;
    background: var(--_surface-raised);
  }
  .dialog .form-field {
    margin-block-start: var(--_space);
  }
`;
