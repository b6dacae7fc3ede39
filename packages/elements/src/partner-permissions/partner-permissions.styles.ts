import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  section {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .section-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  .intro,
  .summary {
    margin: var(--_space) 0;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--hub-partner-permissions-gap, var(--_space));
  }
  li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding: var(--_space) 0;
    border-block-start: 1px solid var(--_border);
  }
  .number {
    display: grid;
  }
  .mono {
    font-family: var(--_font-mono);
  }
  .hint {
    color: var(--_text-muted);
  }
  .actions {
    margin-block-start: calc(var(--_space) * 1.5);
  }
`;
