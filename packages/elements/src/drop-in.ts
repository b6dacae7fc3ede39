/**
 * The entry of the drop-in `hub-elements.js` file: every tag registered, with zod set up for a
 * strict Content-Security-Policy first. The drop-in bundles its own zod, so the setting reaches
 * no one else's code.
 *
 * @packageDocumentation
 */
import '@hub/core/strict-csp';
export * from './all.js';
