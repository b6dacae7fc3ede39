/**
 * React components for Hub Elements: one per `<hub-*>` element, made with `@lit/react`. Props are
 * the element's properties, typed from its class; `onHub…` props listen to its `hub-*` events,
 * typed from `HubEventMap`. Each component registers its own tag (and the tags it renders), so an
 * app bundles only the elements it uses.
 *
 * ```tsx
 * import { HubNumberList, HubProvider } from '@hub/react';
 *
 * <HubProvider baseUrl="/hub-api" partnerId="yourPA" clientId="someCL" sessionUrl="/session">
 *   <HubNumberList onHubNumberManage={(e) => navigate(`/numbers/${e.detail.numberId}`)} />
 * </HubProvider>;
 * ```
 *
 * Using the tags themselves in React 19 JSX? `import type {} from '@hub/react/jsx'` types them
 * (importing anything from `@hub/react` does too).
 *
 * @packageDocumentation
 */
export { HubProvider } from './provider.js';
export { HubActivityChart } from './activity-chart.js';
export { HubAddNumber } from './add-number.js';
export { HubBilling } from './billing.js';
export { HubFunds } from './funds.js';
export { HubHelpLinks } from './help-links.js';
export { HubImportNumber } from './import-number.js';
export { HubNumberDetails } from './number-details.js';
export { HubNumberList } from './number-list.js';
export { HubPartnerChange } from './partner-change.js';
export { HubPartnerChangeRequests } from './partner-change-requests.js';
export { HubPartnerPermissions } from './partner-permissions.js';
export { HubSettings } from './settings.js';
export { HubTemplateEditor } from './template-editor.js';
export { HubTemplateList } from './template-list.js';
export { HubTemplatePreview } from './template-preview.js';
export type { HubEvent } from '@hub/elements';
// The tags' JSX typings come with the components: an app that mixes both needs one import.
export type {} from './jsx.js';
