import { css } from 'lit';

/**
 * Building blocks shared by Hub Elements: buttons, badges, form fields, status views and the
 * visually-hidden utility. Everything is drawn from the private `--_*` tokens.
 */
export const shared = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 0.75);
    min-block-size: 2.25em;
    padding: 0 calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 500;
    cursor: pointer;
    white-space: nowrap;
  }
  .btn:hover:not(:disabled) {
    background: var(--_surface-raised);
  }
  .btn:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  .btn-primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .btn-primary:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_accent) 88%, var(--_text));
  }
  .btn-danger {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_surface);
  }
  .btn-danger:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_danger) 88%, var(--_text));
  }
  .btn-ghost {
    border-color: transparent;
    background: transparent;
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.125em 0.6em;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_tone, var(--_text-muted)) 14%, var(--_surface));
    color: color-mix(in srgb, var(--_tone, var(--_text-muted)) 80%, var(--_text));
    font-size: 0.85em;
    font-weight: 600;
    white-space: nowrap;
  }
  .badge::before {
    content: '';
    inline-size: 0.5em;
    block-size: 0.5em;
    border-radius: 50%;
    background: var(--_tone, var(--_text-muted));
  }
  [data-tone='success'] {
    --_tone: var(--_success);
  }
  [data-tone='warning'] {
    --_tone: var(--_warning);
  }
  [data-tone='danger'] {
    --_tone: var(--_danger);
  }
  [data-tone='accent'] {
    --_tone: var(--_accent);
  }

  input,
  select,
  textarea {
    box-sizing: border-box;
    min-block-size: 2.25em;
    padding: calc(var(--_space) * 0.5) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }

  .state {
    display: grid;
    justify-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 4) calc(var(--_space) * 2);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_text-muted);
    text-align: center;
  }
  .state-title {
    margin: 0;
    color: var(--_text);
    font-weight: 600;
  }
  .state p {
    margin: 0;
    max-inline-size: 40em;
  }
  .state-error {
    border-style: solid;
    border-color: color-mix(in srgb, var(--_danger) 50%, var(--_border));
  }

  .skeleton {
    display: grid;
    gap: var(--_space);
  }
  .skeleton-line {
    block-size: 1.25em;
    border-radius: var(--_radius);
    background: linear-gradient(
      90deg,
      var(--_surface-raised) 25%,
      color-mix(in srgb, var(--_surface-raised) 60%, var(--_surface)) 50%,
      var(--_surface-raised) 75%
    );
    background-size: 200% 100%;
    animation: hub-shimmer 1.4s ease-in-out infinite;
  }
  @keyframes hub-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-line {
      animation: none;
    }
  }
`;
