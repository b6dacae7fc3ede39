import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { HubClient } from '@hub/core';
import '@hub/elements/define/hub-provider.js';
import '@hub/elements/define/hub-partner-change.js';
import {
  FULL_ACCESS_CLIENT,
  emulatedHub,
} from '../packages/elements/src/test-support/emulated-hub.js';

interface Args {
  appearance: 'auto' | 'light' | 'dark';
  partnerName: string;
  requestUrl: string;
  /** A listener cancels the hand-off and logs it; off, the element opens `request-url`. */
  handleEvents: boolean;
}

let client: HubClient | undefined;

const meta: Meta<Args> = {
  title: 'Components/hub-partner-change',
  component: 'hub-partner-change',
  args: {
    appearance: 'auto',
    partnerName: 'Acme Messaging',
    requestUrl: 'https://hub.360dialog.com/',
    handleEvents: true,
  },
  argTypes: { appearance: { control: 'inline-radio', options: ['auto', 'light', 'dark'] } },
  render: (args) => html`
    <hub-provider
      .client=${(client ??= emulatedHub().client)}
      client-id=${FULL_ACCESS_CLIENT}
      appearance=${args.appearance}
    >
      <hub-partner-change
        partner-name=${args.partnerName}
        request-url=${args.requestUrl}
        @hub-partner-change-request=${(event: CustomEvent) => {
          if (!args.handleEvents) return;
          event.preventDefault();
          console.info(event.type, event.detail);
        }}
      ></hub-partner-change>
    </hub-provider>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The partner by name and ID, and the hand-off to the Client Hub. */
export const Default: Story = {};

/** No `partner-name`: only the partner ID is known. */
export const NameUnknown: Story = { args: { partnerName: '' } };

/** An unsafe `request-url` with the hand-off not handled: the element refuses it and says so. */
export const UnsafeAddress: Story = {
  args: { requestUrl: 'javascript:alert(1)', handleEvents: false },
};

/** The dark theme. */
export const Dark: Story = { args: { appearance: 'dark' } };
