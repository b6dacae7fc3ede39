import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hub-help-links-gap, calc(var(--_space) * 2));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :host([layout='vertical']) ul {
    flex-direction: column;
    gap: var(--hub-help-links-gap, var(--_space));
  }
  a {
    color: var(--_accent);
  }
  a:focus-visible {
    outline: 2px solid var(--_focus-ring);
    outline-offset: 2px;
  }
`;
