import { css } from 'lit';

/**
 * Styles of a {@link MenuController} menu (`role="menu"` with `role="menuitem"` buttons); elements
 * with a menu add them to their `styles`. An item with the `danger` class reads as destructive; a
 * `<small>` in an item holds why it is unavailable.
 */
export const menuStyles = css`
  [role='menu'] {
    position: fixed;
    inset: auto;
    margin: 0;
    padding: calc(var(--_space) * 0.5);
    min-inline-size: 13rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 0.5rem 1.5rem color-mix(in srgb, black 18%, transparent);
  }
  [role='menuitem'] {
    display: block;
    inline-size: 100%;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 0;
    border-radius: calc(var(--_radius) * 0.75);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  [role='menuitem']:hover,
  [role='menuitem']:focus-visible {
    background: var(--_surface-raised);
  }
  [role='menuitem'].danger {
    color: var(--_danger);
  }
  /* Muted text rather than opacity keeps the reason readable. */
  [role='menuitem'][aria-disabled='true'] {
    color: var(--_text-muted);
    cursor: not-allowed;
  }
  [role='menuitem'] small {
    display: block;
    white-space: normal;
  }
`;
