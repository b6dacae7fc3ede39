/**
 * The entry of the drop-in `hub-elements.js` file. It registers `<hub-provider>` at once and each
 * other Hub Element tag the first time the page uses it (see {@link discover}), loading that
 * element's code from the files beside it, and sets zod up for a strict Content-Security-Policy
 * first. The drop-in bundles its own zod, so the setting reaches no one else's code.
 *
 * For the element classes, import `@hub/elements` with a bundler.
 *
 * @packageDocumentation
 */
import '@hub/core/strict-csp';
// Every page with Hub Elements has a provider: it comes with the drop-in (one step, with lit and
// the client), and the elements the page shows follow in parallel, finding it registered.
import './define/hub-provider.js';
import { autoload } from './autoload.js';

export { discover, HUB_TAGS } from './autoload.js';
export { registerMessages, translate } from './base/localize.js';
// The portal's onboarding redirect page hands the Hub's result back with it (see docs/onboarding.md).
export { finishOnboarding } from './base/onboarding-popup.js';

autoload();
