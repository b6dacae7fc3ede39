/**
 * Registers every Hub Element tag. This is the entry of the drop-in `hub-elements.js` file.
 *
 * @packageDocumentation
 */
import './define/hub-provider.js';
import './define/hub-activity-chart.js';
import './define/hub-number-list.js';
import './define/hub-number-details.js';
import './define/hub-funds.js';
import './define/hub-billing.js';

import './define/hub-template-list.js';
import './define/hub-template-editor.js';
import './define/hub-template-preview.js';

export * from './index.js';
