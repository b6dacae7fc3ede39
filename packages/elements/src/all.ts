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
import './define/hub-partner-permissions.js';
import './define/hub-billing.js';
import './define/hub-help-links.js';
import './define/hub-settings.js';
import './define/hub-add-number.js';
import './define/hub-import-number.js';
import './define/hub-partner-change.js';
import './define/hub-partner-change-requests.js';

import './define/hub-template-list.js';
import './define/hub-template-editor.js';
import './define/hub-template-preview.js';

export * from './index.js';
// A page that loads only the drop-in has no other way to reach core, and its own messages (a
// toast naming a number) should show numbers as the elements do.
export { formatPhoneNumber } from '@hub/core';
// The portal's onboarding redirect page hands the Hub's result back with it (see docs/onboarding.md).
export { finishOnboarding } from './base/onboarding-popup.js';
