import { css } from 'lit';

/** Styles of `<hub-add-number>` and `<hub-import-number>`. */
export const styles = css`
  :host {
    display: block;
  }
  :host([no-button]) .start {
    display: none;
  }
  .start {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .note {
    margin: 0;
    color: var(--_text-muted);
  }
  .panel {
    display: grid;
    gap: var(--_space);
    max-inline-size: var(--hub-add-number-max-width, 40rem);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  h2 {
    margin: 0;
    font-size: 1.125em;
  }
  h2:focus {
    outline: none;
  }
  p {
    margin: 0;
  }
  fieldset {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    margin-block-end: calc(var(--_space) * 0.5);
    padding: 0;
    font-weight: 600;
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.75);
  }
  .check input {
    flex: none;
    inline-size: 1.125em;
    block-size: 1.125em;
    margin-block-start: 0.15em;
    accent-color: var(--_accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space);
  }
  a {
    color: var(--_accent);
  }
  .confirmations {
    margin-block-end: var(--_space);
  }
`;
