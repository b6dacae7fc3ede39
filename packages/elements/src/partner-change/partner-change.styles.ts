import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  dt {
    color: var(--_text-muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  p {
    margin: 0 0 calc(var(--_space) * 1.5);
    line-height: 1.5;
  }
  .error-text {
    margin: var(--_space) 0 0;
    color: var(--_danger);
    font-size: 0.85em;
  }
`;
