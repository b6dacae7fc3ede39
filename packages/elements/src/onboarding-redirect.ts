/**
 * The script a partner's onboarding redirect page loads:
 * `<script type="module" src="…/@hub/elements/onboarding-redirect.js"></script>`.
 * It hands the Hub's result to the portal that opened the popup (or, without a popup, sends the
 * tab back to it) — see `docs/onboarding.md`. The portal's origin defaults to this page's own;
 * set `<meta name="hub-onboarding-opener-origin" content="https://portal.example">` when the
 * redirect page lives elsewhere.
 */
import { finishOnboarding } from './base/onboarding-popup.js';

const configured = document
  .querySelector('meta[name="hub-onboarding-opener-origin"]')
  ?.getAttribute('content');

finishOnboarding(window, configured || location.origin);
