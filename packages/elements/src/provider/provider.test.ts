import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { CAPABILITIES } from '@hub/core';
import { DEMO_PARTNER_ID, DEMO_PASSWORD, DEMO_USERNAME } from '@hub/emulator';
import { HubElement } from '../base/hub-element.js';
import type { HubContext } from '../base/context.js';
import '../define/hub-provider.js';
import type { HubProvider } from './provider.js';
import {
  EMULATOR_BASE_URL,
  FULL_ACCESS_CLIENT,
  READ_ONLY_CAPABILITIES,
  READ_ONLY_CLIENT,
  emulatedHub,
  emulatedSession,
} from '../test-support/emulated-hub.js';

@customElement('test-context-reader')
class TestContextReader extends HubElement {
  get context(): HubContext | undefined {
    return this.hub;
  }
}

/** What `@hub/server` answers at `GET …/session` for a session of `clientId`, a little later. */
function sessionOf(clientId: string, capabilities: readonly string[]) {
  return async () => {
    // Later than a render, so a test can see the permissions still unknown before it.
    await new Promise((resolve) => setTimeout(resolve, 30));
    return Response.json({ client_id: clientId, capabilities, expires_at: null });
  };
}

/** Routes the page's `fetch` for the duration of a test. */
function stubFetch(route: (request: Request) => Promise<Response> | undefined) {
  const original = window.fetch;
  window.fetch = (input, init) => {
    const request = new Request(input, init);
    return route(request) ?? original(input, init);
  };
  return () => {
    window.fetch = original;
  };
}

describe('<hub-provider>', () => {
  it('provides its client, client ID, locale and appearance to descendants', async () => {
    const { client } = emulatedHub();
    const provider = await fixture<HubProvider>(html`
      <hub-provider
        .client=${client}
        client-id=${FULL_ACCESS_CLIENT}
        locale="de-DE"
        appearance="dark"
      >
        <div><test-context-reader></test-context-reader></div>
      </hub-provider>
    `);
    const reader = provider.querySelector('test-context-reader') as TestContextReader;
    expect(reader.context?.client).to.equal(client);
    expect(reader.context?.clientId).to.equal(FULL_ACCESS_CLIENT);
    expect(reader.context?.locale).to.equal('de-DE');
    expect(reader.context?.appearance).to.equal('dark');
  });

  it('gives a complete context as it connects, and waits for its first update otherwise', async () => {
    const make = (baseUrl: string | undefined) => {
      const provider = document.createElement('hub-provider') as HubProvider;
      provider.partnerId = DEMO_PARTNER_ID;
      provider.sessionUrl = '/session-token';
      provider.clientId = FULL_ACCESS_CLIENT;
      if (baseUrl) provider.baseUrl = baseUrl;
      const reader = document.createElement('test-context-reader') as TestContextReader;
      provider.append(reader);
      return { provider, reader };
    };
    const complete = make('/hub-api');
    // As a framework binding does: the base URL arrives just after the provider is in the page.
    const late = make(undefined);
    document.body.append(complete.provider, late.provider);
    try {
      // The elements inside can read at once…
      // (Clients are compared by identity: a failure message must not print one.)
      expect(complete.reader.context?.client !== undefined, 'a client at once').to.equal(true);
      expect(complete.reader.context?.clientId).to.equal(FULL_ACCESS_CLIENT);
      // …but not with a client that would send them to another base URL.
      expect(late.reader.context?.client === undefined, 'no client yet').to.equal(true);
      late.provider.baseUrl = '/hub-api';
      await late.provider.updateComplete;
      expect(late.reader.context?.client !== undefined, 'a client after').to.equal(true);
      // The first update keeps the client given at connection.
      const given = complete.reader.context?.client;
      await complete.provider.updateComplete;
      expect(complete.reader.context?.client === given, 'the same client').to.equal(true);
    } finally {
      complete.provider.remove();
      late.provider.remove();
    }
  });

  it('grants every capability with a partner API key, without asking anyone', async () => {
    const { client, emulator } = emulatedHub();
    const provider = await fixture<HubProvider>(html`
      <hub-provider .client=${client} client-id=${FULL_ACCESS_CLIENT}>
        <test-context-reader></test-context-reader>
      </hub-provider>
    `);
    const reader = provider.querySelector('test-context-reader') as TestContextReader;
    await waitUntil(() => reader.context?.permissions, 'permissions never arrived');
    expect([...reader.context!.permissions!]).to.have.members([...CAPABILITIES]);
    expect(emulator.requests.some((r) => r.path.endsWith('/session'))).to.equal(false);
  });

  it('uses the capabilities the client was created with', async () => {
    const { client } = emulatedHub({ capabilities: READ_ONLY_CAPABILITIES });
    const provider = await fixture<HubProvider>(html`
      <hub-provider .client=${client} client-id=${FULL_ACCESS_CLIENT}>
        <test-context-reader></test-context-reader>
      </hub-provider>
    `);
    const reader = provider.querySelector('test-context-reader') as TestContextReader;
    await waitUntil(() => reader.context?.permissions, 'permissions never arrived');
    expect([...reader.context!.permissions!]).to.have.members([...READ_ONLY_CAPABILITIES]);
  });

  it('loads a session’s capabilities from GET …/session, and reloads them when the client changes', async () => {
    const { client, sessionRequests } = emulatedSession(
      sessionOf(FULL_ACCESS_CLIENT, ['numbers:read', 'numbers:cancel', 'not:a-capability']),
    );
    const provider = await fixture<HubProvider>(html`
      <hub-provider .client=${client} client-id=${FULL_ACCESS_CLIENT}>
        <test-context-reader></test-context-reader>
      </hub-provider>
    `);
    const reader = provider.querySelector('test-context-reader') as TestContextReader;
    await waitUntil(() => reader.context?.permissions, 'permissions never arrived');
    // Names the SDK does not know grant nothing.
    expect([...reader.context!.permissions!]).to.have.members(['numbers:read', 'numbers:cancel']);
    expect(sessionRequests).to.have.length(1);
    expect(sessionRequests[0]!.headers.get('authorization')).to.match(/^Bearer emu\./);

    // The session belongs to one client: shown another, the elements may do nothing there.
    provider.clientId = READ_ONLY_CLIENT;
    await provider.updateComplete;
    expect(reader.context?.permissions, 'unknown while the new client loads').to.equal(undefined);
    await waitUntil(
      () => reader.context?.permissions,
      'permissions of the new client never arrived',
    );
    expect(reader.context!.permissions!.size).to.equal(0);
    expect(sessionRequests).to.have.length(2);
  });

  it('uses permissions set by the portal instead of asking the session', async () => {
    const { client, sessionRequests } = emulatedSession(
      sessionOf(FULL_ACCESS_CLIENT, [...CAPABILITIES]),
    );
    const provider = await fixture<HubProvider>(html`
      <hub-provider
        .client=${client}
        client-id=${FULL_ACCESS_CLIENT}
        .permissions=${['templates:read'] as const}
      >
        <test-context-reader></test-context-reader>
      </hub-provider>
    `);
    const reader = provider.querySelector('test-context-reader') as TestContextReader;
    expect([...reader.context!.permissions!]).to.deep.equal(['templates:read']);
    expect(sessionRequests).to.have.length(0);
  });

  it('lets a nested provider inherit what it does not set', async () => {
    const { client } = emulatedHub();
    const outer = await fixture<HubProvider>(html`
      <hub-provider .client=${client} client-id=${FULL_ACCESS_CLIENT} locale="fr" appearance="dark">
        <hub-provider client-id=${READ_ONLY_CLIENT}>
          <test-context-reader></test-context-reader>
        </hub-provider>
      </hub-provider>
    `);
    const reader = outer.querySelector('test-context-reader') as TestContextReader;
    await waitUntil(() => reader.context?.clientId === READ_ONLY_CLIENT);
    expect(reader.context?.client).to.equal(client);
    expect(reader.context?.locale).to.equal('fr');
    expect(reader.context?.appearance).to.equal('dark');
  });

  it('builds a client from attributes that authenticates with tokens from session-url', async () => {
    const { emulator } = emulatedHub();
    const sessionRequests: unknown[] = [];
    const hubSessionTokens: (string | undefined)[] = [];
    const restore = stubFetch((request) => {
      if (new URL(request.url).pathname === '/portal-session') {
        return (async () => {
          sessionRequests.push(await request.json());
          const login = await emulator.handle(
            new Request(`${EMULATOR_BASE_URL}/token`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ username: DEMO_USERNAME, password: DEMO_PASSWORD }),
            }),
          );
          const { access_token } = (await login.json()) as { access_token: string };
          return Response.json({ token: access_token });
        })();
      }
      // @hub/server's session endpoint, which the Hub (the emulator) does not have.
      if (request.url === `${EMULATOR_BASE_URL}/session`) {
        const token = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
        hubSessionTokens.push(token);
        if (!token || !emulator.tokens.valid(token, Date.now())) {
          return Promise.resolve(new Response('{}', { status: 401 }));
        }
        return Promise.resolve(
          Response.json({ client_id: FULL_ACCESS_CLIENT, capabilities: ['numbers:read'] }),
        );
      }
      if (request.url.startsWith(EMULATOR_BASE_URL)) return emulator.handle(request);
      return undefined;
    });
    try {
      const provider = await fixture<HubProvider>(html`
        <hub-provider
          base-url=${EMULATOR_BASE_URL}
          partner-id=${DEMO_PARTNER_ID}
          client-id=${FULL_ACCESS_CLIENT}
          session-url="/portal-session"
        >
          <test-context-reader></test-context-reader>
        </hub-provider>
      `);
      const reader = provider.querySelector('test-context-reader') as TestContextReader;
      await waitUntil(() => reader.context?.permissions, 'permissions never arrived');
      expect(sessionRequests).to.deep.equal([{ clientId: FULL_ACCESS_CLIENT }]);
      // The session's own token, issued through the portal's endpoint, authorized the request.
      expect(hubSessionTokens).to.have.length(1);
      expect([...reader.context!.permissions!]).to.deep.equal(['numbers:read']);
    } finally {
      restore();
    }
  });

  it('emits hub-session-error with a readable message when the session endpoint fails', async () => {
    const restore = stubFetch((request) =>
      new URL(request.url).pathname === '/broken-session'
        ? Promise.resolve(new Response('nope', { status: 503 }))
        : undefined,
    );
    try {
      const provider = await fixture<HubProvider>(html`
        <hub-provider
          base-url=${EMULATOR_BASE_URL}
          partner-id=${DEMO_PARTNER_ID}
          client-id=${FULL_ACCESS_CLIENT}
          session-url="/broken-session"
        ></hub-provider>
      `);
      const event = await oneEvent(provider, 'hub-session-error');
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.message).to.contain('Could not start a secure session');
      expect(event.detail.message).to.contain('HTTP 503');
    } finally {
      restore();
    }
  });

  it('applies the colour scheme the appearance asks for', async () => {
    const provider = await fixture<HubProvider>(
      html`<hub-provider appearance="dark"></hub-provider>`,
    );
    expect(getComputedStyle(provider).colorScheme).to.equal('dark');
    provider.appearance = 'light';
    await provider.updateComplete;
    expect(getComputedStyle(provider).colorScheme).to.equal('light');
  });

  it('lets partner tokens set anywhere win over the built-in defaults', async () => {
    const provider = await fixture<HubProvider>(html`
      <div style="--hub-color-text: rgb(1, 2, 3)">
        <hub-provider appearance="dark"><test-context-reader></test-context-reader></hub-provider>
      </div>
    `);
    const reader = provider.querySelector('test-context-reader')!;
    expect(getComputedStyle(reader).color).to.equal('rgb(1, 2, 3)');
  });

  it('switches the default colours with the appearance', async () => {
    const provider = await fixture<HubProvider>(html`
      <hub-provider appearance="light"><test-context-reader></test-context-reader></hub-provider>
    `);
    const reader = provider.querySelector('test-context-reader')!;
    const light = getComputedStyle(reader).color;
    provider.appearance = 'dark';
    await provider.updateComplete;
    expect(getComputedStyle(reader).color).not.to.equal(light);
  });
});
