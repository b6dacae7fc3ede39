/**
 * Registers every Hub Element tag. This is the entry of the drop-in `hub-elements.js` file.
 *
 * @packageDocumentation
 */
import './define/hub-provider.js';

export * from './index.js';
