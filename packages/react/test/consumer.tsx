// A TypeScript consumer of @hub/react, compiled by `npm run typecheck` and never run: the props and
// event details are typed, and the `@ts-expect-error` lines fail the typecheck once a mistake
// stops being an error.
import { useRef } from 'react';
import type { HubClient } from '@hub/core';
import type { HubNumberList as HubNumberListElement } from '@hub/elements';
import { HubNumberList, HubProvider, HubTemplateEditor, type HubEvent } from '@hub/react';
import type {} from '@hub/react/jsx';

declare const client: HubClient;
declare function navigate(path: string): void;

export function WithComponents() {
  const list = useRef<HubNumberListElement>(null);
  return (
    <HubProvider
      client={client}
      clientId="bNapo1CL"
      appearance="dark"
      permissions={['numbers:read']}
    >
      <HubNumberList
        ref={list}
        manage="inline"
        statusFilter={['running']}
        onHubNumberManage={(event) => navigate(`/numbers/${event.detail.numberId}`)}
        onHubInboxActivate={(event: HubEvent<'hub-inbox-activate'>) => event.detail.url?.length}
      />
      {/* @ts-expect-error `manage` is 'event' or 'inline'. */}
      <HubNumberList manage="sideways" />
      {/* @ts-expect-error `reviewPollMs` is a number. */}
      <HubTemplateEditor reviewPollMs="fast" />
      <HubTemplateEditor
        mode="copy"
        onHubTemplateSubmitted={(event) => navigate(event.detail.template.name)}
        // @ts-expect-error a cancel's detail has no template.
        onHubTemplateCancel={(event) => navigate(event.detail.template.name)}
      />
      {/* @ts-expect-error deprecated event names have no prop. */}
      <HubNumberList onHubAddNumber={() => {}} />
    </HubProvider>
  );
}

export function WithTags() {
  return (
    <hub-provider client-id="bNapo1CL" session-url="/session" class="hub">
      <hub-number-list
        manage="event"
        onhub-number-manage={(event) => navigate(`/numbers/${event.detail.numberId}`)}
      />
      {/* @ts-expect-error `manage` is 'event' or 'inline'. */}
      <hub-number-list manage="sideways" />
      <hub-template-list
        waba-account-id="bNapoWA"
        // @ts-expect-error a created template's detail has no `template`.
        onhub-template-create={(event) => navigate(event.detail.template.name)}
      />
      {/* @ts-expect-error `no-button` is a boolean attribute. */}
      <hub-add-number no-button="yes" />
      <hub-billing months={6} />
    </hub-provider>
  );
}
