import { css } from 'lit';

/**
 * Styles of {@link ConfirmationController}'s messages; elements that show confirmations add them
 * to their `styles`. The tone colours come from the theme tokens.
 */
export const confirmationStyles = css`
  .confirmations {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin-block-end: var(--_space);
  }
  .confirmation {
    --_tone: var(--_accent);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid color-mix(in srgb, var(--_tone) 45%, var(--_border));
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_tone) 8%, var(--_surface));
    color: var(--_text);
  }
  .confirmation[data-tone='success'] {
    --_tone: var(--_success);
  }
  .confirmation[data-tone='danger'] {
    --_tone: var(--_danger);
  }
  .confirmation p {
    flex: 1 1 12rem;
    margin: 0;
  }
`;
