import { css } from 'lit';

/**
 * Styles of {@link DialogController}'s dialog; elements that ask for confirmation add them to their
 * `styles`. Colours, radius and spacing come from the `--hub-*` tokens; partners restyle the rest
 * through `::part(dialog)` and the `dialog-*` parts.
 */
export const dialogStyles = css`
  .dialog {
    box-sizing: border-box;
    max-inline-size: min(32rem, calc(100vw - var(--_space) * 4));
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 0.5rem 2rem color-mix(in srgb, black 25%, transparent);
  }
  .dialog::backdrop {
    background: color-mix(in srgb, black 45%, transparent);
  }
  .dialog-title {
    margin: 0 0 var(--_space);
    font-size: 1.15em;
  }
  .dialog-body p {
    margin: 0 0 var(--_space);
    line-height: 1.5;
  }
  .dialog-body input,
  .dialog-body textarea {
    inline-size: 100%;
  }
  .dialog-error {
    margin: var(--_space) 0 0;
    color: var(--_danger);
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: end;
    gap: var(--_space);
    margin-block-start: calc(var(--_space) * 2);
  }
  /* Inactive while the confirmed action runs, yet focusable, so the focus is not lost. */
  .dialog-actions .btn[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
`;
