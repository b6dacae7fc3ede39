import * as React from 'react';
import { createComponent } from '@lit/react';
import { HubTemplateEditor as HubTemplateEditorElement } from '@hub/elements';
import '@hub/elements/define/hub-template-editor.js';
import { templateEditorEvents } from './events.js';

/**
 * `<hub-template-editor>` as a React component. Creates, edits, copies and translates message
 * templates, with live validation and preview.
 *
 * Props are those of the element class, {@link HubTemplateEditorElement | HubTemplateEditor} in
 * `@hub/elements`, and are set as properties, so objects and functions pass as they are. Each
 * `onHub…` prop listens to the `hub-…` event of that name, its `detail` typed. Using the component
 * registers the tag.
 *
 * @example
 * ```tsx
 * <HubTemplateEditor wabaAccountId={wabaId} onHubTemplateSubmitted={(e) => navigate(`/templates/${e.detail.template.name}`)} />
 * ```
 */
export const HubTemplateEditor = createComponent({
  react: React,
  tagName: 'hub-template-editor',
  elementClass: HubTemplateEditorElement,
  events: templateEditorEvents,
  displayName: 'HubTemplateEditor',
});
