import { useState } from 'react';
import {
  HubActivityChart,
  HubNumberList,
  HubProvider,
  HubTemplateList,
  type HubEvent,
} from '@hub/react';
import { CLIENT_ID, WABA_ID, emulatedClient } from './hub.js';

const client = emulatedClient();

/** The portal's own routing would go here; the example shows what it would route to. */
export function App() {
  const [lastEvent, setLastEvent] = useState('Nothing chosen yet.');

  const manageNumber = (event: HubEvent<'hub-number-manage'>) => {
    setLastEvent(`hub-number-manage ${event.detail.numberId}`);
  };

  return (
    <HubProvider client={client} clientId={CLIENT_ID} appearance="light">
      <main>
        <h1>Your WhatsApp account</h1>
        <p className="last-event" role="status">
          {lastEvent}
        </p>
        <HubActivityChart
          variant="summary"
          onHubActivityOpen={(event) => setLastEvent(`hub-activity-open ${event.detail.metric}`)}
        />
        <h2>Phone numbers</h2>
        <HubNumberList onHubNumberManage={manageNumber} />
        <h2>Message templates</h2>
        <HubTemplateList
          wabaAccountId={WABA_ID}
          onHubTemplateSelect={(event) =>
            setLastEvent(`hub-template-select ${event.detail.template.name}`)
          }
        />
      </main>
    </HubProvider>
  );
}
