import { css } from 'lit';

/**
 * The design tokens every Hub Element reads, resolved once per element into private `--_*`
 * properties.
 *
 * Hub Elements never set a `--hub-*` property themselves, so a partner's value wins wherever it is
 * declared (`:root`, `hub-provider`, or one element). Light and dark defaults come from
 * `light-dark()`, which follows the inherited `color-scheme` (set by `<hub-provider appearance>`
 * or by the partner's page).
 */
export const tokens = css`
  :host {
    --_text: var(--hub-color-text, light-dark(#1d2127, #e8eaee));
    --_text-muted: var(--hub-color-text-muted, light-dark(#5b6270, #a3a9b5));
    --_surface: var(--hub-color-surface, light-dark(#ffffff, #17191d));
    --_surface-raised: var(--hub-color-surface-raised, light-dark(#f4f5f7, #22252b));
    --_border: var(--hub-color-border, light-dark(#d5d8de, #3a3f48));
    --_accent: var(--hub-color-accent, light-dark(#2f5bd3, #8aa8ff));
    --_on-accent: var(--hub-color-on-accent, light-dark(#ffffff, #0e1320));
    --_success: var(--hub-color-success, light-dark(#1d7a3d, #62d08a));
    --_warning: var(--hub-color-warning, light-dark(#8a5a00, #f0bf50));
    --_danger: var(--hub-color-danger, light-dark(#b3261e, #ff8a80));
    --_focus-ring: var(--hub-color-focus-ring, var(--_accent));
    --_font: var(--hub-font-family, inherit);
    --_font-mono: var(--hub-font-family-mono, ui-monospace, 'SFMono-Regular', Menlo, monospace);
    --_font-size: var(--hub-font-size, 0.875rem);
    --_radius: var(--hub-radius, 0.375rem);
    --_space: var(--hub-spacing, 0.5rem);

    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
  }

  :focus-visible {
    outline: 2px solid var(--_focus-ring);
    outline-offset: 2px;
  }

  [hidden] {
    display: none !important;
  }
`;
