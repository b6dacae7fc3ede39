/**
 * The 360dialog Hub's web app, where clients request a partner change (Client Hub: Profile,
 * Organization settings) and partners approve one (Partner Hub). Deeper paths to those pages are
 * not public, so the hand-offs open the app itself; see `docs/api-assumptions.md`.
 */
export const HUB_WEB_URL = 'https://hub.360dialog.com/';
