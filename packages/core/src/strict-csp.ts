/**
 * Import this module first, before `@hub/core` or `@hub/elements`, in an app served under a
 * Content-Security-Policy without `'unsafe-eval'`:
 *
 * ```ts
 * import '@hub/core/strict-csp';
 * import '@hub/elements/all.js';
 * ```
 *
 * zod, which validates every answer of the Hub, probes once whether `new Function` is allowed
 * when the first object schema is built. The probe's failure is caught, so nothing breaks, but the
 * browser still reports it as a `securitypolicyviolation` (and sends it to `report-to`). This
 * module turns zod's compiled fast path off before any schema exists, so nothing is probed. The
 * setting is zod's global one: it applies to the app's own zod schemas as well, which under such a
 * policy could not compile anyway. The drop-in `hub-elements.js` does this by itself.
 *
 * @packageDocumentation
 */
import { config } from 'zod';

config({ jitless: true });
