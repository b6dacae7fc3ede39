import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@hub/elements/define/hub-help-links.js';

interface Args {
  layout: 'horizontal' | 'vertical';
  docsUrl: string;
  roadmapUrl: string;
  statusUrl: string;
  supportUrl: string;
}

const meta: Meta<Args> = {
  title: 'Components/hub-help-links',
  component: 'hub-help-links',
  args: {
    layout: 'horizontal',
    docsUrl: '',
    roadmapUrl: '',
    statusUrl: '',
    supportUrl: '',
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
  },
  // It needs no provider: the links are the partner's configuration, not the Hub's data.
  render: (args) => html`
    <hub-help-links
      layout=${args.layout}
      docs-url=${args.docsUrl}
      roadmap-url=${args.roadmapUrl}
      status-url=${args.statusUrl}
      support-url=${args.supportUrl}
    ></hub-help-links>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** 360dialog's Documentation, Roadmap, Status and Support pages, as in the Client Hub's menu. */
export const Defaults: Story = {};

/** Stacked, for a menu or a settings page. */
export const Vertical: Story = { args: { layout: 'vertical' } };

/** A white-label portal's own documentation and support desk; the others stay 360dialog's. */
export const PartnerOverrides: Story = {
  args: {
    docsUrl: 'https://help.partner.example/whatsapp',
    supportUrl: 'https://help.partner.example/tickets',
  },
};
