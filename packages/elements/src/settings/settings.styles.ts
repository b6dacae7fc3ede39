import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .sections {
    display: grid;
    gap: var(--hub-settings-gap, calc(var(--_space) * 2));
  }
  section {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  section[hidden] {
    display: none;
  }
  h2 {
    margin: 0 0 var(--_space);
    font-size: 1.1em;
  }
`;
