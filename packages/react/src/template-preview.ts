import * as React from 'react';
import { createComponent } from '@lit/react';
import { HubTemplatePreview as HubTemplatePreviewElement } from '@hub/elements';
import '@hub/elements/define/hub-template-preview.js';

/**
 * `<hub-template-preview>` as a React component. A WhatsApp-style preview of a message template.
 *
 * Props are those of the element class, {@link HubTemplatePreviewElement | HubTemplatePreview} in
 * `@hub/elements`, and are set as properties, so objects and functions pass as they are. Using the
 * component registers the tag.
 *
 * @example
 * ```tsx
 * <HubTemplatePreview template={template} language="en" />
 * ```
 */
export const HubTemplatePreview = createComponent({
  react: React,
  tagName: 'hub-template-preview',
  elementClass: HubTemplatePreviewElement,
  displayName: 'HubTemplatePreview',
});
