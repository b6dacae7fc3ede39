import { css } from 'lit';

/** Styles of `<hub-template-preview>`: a WhatsApp-like chat with one incoming bubble. */
export const styles = css`
  :host {
    --_chat: var(--hub-template-preview-background, light-dark(#efeae2, #0b141a));
    --_bubble: var(--hub-template-preview-bubble, light-dark(#ffffff, #202c33));
    --_bubble-text: var(--hub-template-preview-text, light-dark(#111b21, #e9edef));
    --_meta: var(--hub-template-preview-meta, light-dark(#54656f, #8696a0));
    --_link: var(--hub-template-preview-link, light-dark(#027eb5, #53bdeb));
    --_width: var(--hub-template-preview-width, 20rem);
    display: block;
  }
  .chat {
    margin: 0;
    padding: calc(var(--_space) * 2);
    border-radius: var(--_radius);
    background: var(--_chat);
  }
  .message {
    display: grid;
    gap: 2px;
    max-inline-size: var(--_width);
  }
  .bubble {
    padding: 0.375rem 0.5rem 0.25rem;
    border-radius: 0.5rem;
    border-start-start-radius: 0;
    background: var(--_bubble);
    color: var(--_bubble-text);
    box-shadow: 0 1px 0.5px rgb(11 20 26 / 13%);
    overflow-wrap: anywhere;
    line-height: 1.35;
  }
  .header-text {
    margin: 0 0 0.25rem;
    font-weight: 700;
  }
  .media {
    display: grid;
    place-items: center;
    gap: 0.25rem;
    block-size: 8rem;
    margin: -0.125rem -0.25rem 0.375rem;
    border-radius: 0.375rem;
    background: color-mix(in srgb, var(--_meta) 10%, var(--_bubble));
    color: var(--_meta);
    font-weight: 600;
  }
  .media-icon {
    font-size: 2rem;
    line-height: 1;
  }
  .offer {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    margin-block-end: 0.375rem;
    padding: 0.375rem 0.5rem;
    border-radius: 0.375rem;
    background: color-mix(in srgb, var(--_meta) 8%, var(--_bubble));
  }
  .offer strong {
    display: block;
  }
  .offer small {
    color: var(--_meta);
  }
  .body p,
  .body blockquote,
  .body ul,
  .body ol {
    margin: 0;
  }
  .body ul,
  .body ol {
    padding-inline-start: 1.25rem;
  }
  .body blockquote {
    padding-inline-start: 0.5rem;
    border-inline-start: 3px solid var(--_meta);
    color: var(--_meta);
  }
  code {
    font-family: var(--_font-mono);
    font-size: 0.95em;
  }
  .code {
    padding: 0 0.2em;
    border-radius: 0.2em;
    background: color-mix(in srgb, var(--_meta) 18%, var(--_bubble));
  }
  .footer {
    margin: 0.25rem 0 0;
    color: var(--_meta);
    font-size: 0.85em;
  }
  .time {
    display: block;
    color: var(--_meta);
    font-size: 0.7em;
    text-align: end;
  }
  .buttons {
    display: grid;
    gap: 2px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .button {
    display: flex;
    gap: 0.375rem;
    align-items: center;
    justify-content: center;
    padding: 0.5rem;
    border-radius: 0.5rem;
    background: var(--_bubble);
    color: var(--_link);
    box-shadow: 0 1px 0.5px rgb(11 20 26 / 13%);
    font-weight: 500;
    text-align: center;
  }
  .note {
    margin: var(--_space) 0 0;
    color: var(--_meta);
    font-size: 0.8em;
  }
  .cards {
    display: flex;
    gap: 0.5rem;
    margin: 0.375rem 0 0;
    padding: 0 0 0.25rem;
    overflow-x: auto;
    list-style: none;
    scroll-snap-type: x mandatory;
  }
  .card {
    flex: 0 0 14rem;
    display: grid;
    align-content: start;
    gap: 2px;
    scroll-snap-align: start;
  }
  .card .bubble {
    border-start-start-radius: 0.5rem;
  }
`;
