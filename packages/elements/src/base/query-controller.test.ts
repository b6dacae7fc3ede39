import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { customElement, property } from 'lit/decorators.js';
import type { HubNumber, NumberStatus, Page } from '@hub/core';
import { HubElement } from './hub-element.js';
import { HubQueryController } from './query-controller.js';
import { allNumbersQuery, forProviderClient } from './queries.js';
import { loadingView, errorView, emptyView } from './status-views.js';
import '../define/hub-provider.js';
import type { HubProvider } from '../provider/provider.js';
import { FULL_ACCESS_CLIENT, READ_ONLY_CLIENT, emulatedHub } from '../test-support/emulated-hub.js';

@customElement('test-number-count')
class TestNumberCount extends HubElement {
  readonly query = new HubQueryController<Page<HubNumber>>(this, () => {
    const client = this.hub?.client;
    const clientId = this.hub?.clientId;
    if (!client || !clientId) return undefined;
    const params = { filters: { clientId } };
    return {
      client,
      key: client.numbers.keys.list(params),
      fetch: (options) => client.numbers.list(params, options),
    };
  });

  override render() {
    switch (this.query.status) {
      case 'idle':
        return html`<p>idle</p>`;
      case 'loading':
        return loadingView('Loading numbers…');
      case 'error':
        return errorView(this.errorMessage(this.query.error), 'Retry', () => this.query.refresh());
      default:
        return this.query.data?.items.length
          ? html`<p class="count">${this.query.data.items.length}</p>`
          : emptyView('No numbers');
    }
  }
}

@customElement('test-all-numbers')
class TestAllNumbers extends HubElement {
  readonly query = new HubQueryController(this, () => forProviderClient(this.hub, allNumbersQuery));

  override render() {
    const page = this.query.data;
    if (!page) return html`<p>none</p>`;
    return html`<p>
      ${page.items.length} of ${page.total}${this.query.partial ? ', loading more' : ''}
    </p>`;
  }
}

/** Counts the numbers of one status: what it reads depends on a property. */
@customElement('test-status-count')
class TestStatusCount extends HubElement {
  @property() status: NumberStatus = 'running';

  readonly query = new HubQueryController<Page<HubNumber>>(this, () => {
    const client = this.hub?.client;
    if (!client) return undefined;
    const params = { filters: { status: this.status } };
    return {
      client,
      key: client.numbers.keys.list(params),
      fetch: (options) => client.numbers.list(params, options),
    };
  });

  override render() {
    return html`<p>${this.query.data?.items.length ?? '…'}</p>`;
  }
}

const shadowText = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('HubQueryController', () => {
  it('is idle without a client, then shows loading and the result', async () => {
    // Long enough that the loading state cannot fall between two polls of waitUntil.
    const { client } = emulatedHub({ faults: [{ latencyMs: 250 }] });
    const provider = await fixture<HubProvider>(html`
      <hub-provider client-id=${FULL_ACCESS_CLIENT}
        ><test-number-count></test-number-count
      ></hub-provider>
    `);
    const el = provider.querySelector('test-number-count') as TestNumberCount;
    expect(shadowText(el)).to.equal('idle');
    provider.client = client;
    await waitUntil(() => el.query.status === 'loading', 'never loading', { interval: 5 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=status]')?.textContent).to.contain(
      'Loading numbers',
    );
    await waitUntil(() => el.query.status === 'success', 'never loaded');
    await el.updateComplete;
    expect(Number(el.shadowRoot!.querySelector('.count')?.textContent)).to.be.greaterThan(0);
  });

  it('reuses what another element has just read, and reads again after a change or a retry', async () => {
    const reads: string[] = [];
    const { client } = emulatedHub({
      onRequest: ({ url }) => {
        if (url.includes('/channels')) reads.push(url);
      },
    });
    const provider = await fixture<HubProvider>(html`
      <hub-provider .client=${client} client-id=${FULL_ACCESS_CLIENT}
        ><test-number-count></test-number-count
      ></hub-provider>
    `);
    const first = provider.querySelector('test-number-count') as TestNumberCount;
    await waitUntil(() => first.query.status === 'success', 'first never loaded');
    expect(reads).to.have.length(1);

    // Mounted a moment later, as a page's elements are: it shows the list without asking again.
    const second = document.createElement('test-number-count') as TestNumberCount;
    provider.append(second);
    await second.updateComplete;
    expect(second.query.status).to.equal('success');
    expect(shadowText(second)).to.equal(shadowText(first));
    // No read is on its way either: the cache was not asked to refresh the list.
    const key = client.numbers.keys.list({ filters: { clientId: FULL_ACCESS_CLIENT } });
    expect(client.cache.get(key)?.fetching).to.equal(false);
    expect(reads).to.have.length(1);

    // A change invalidates the list: it is read again at once, young as it was.
    client.cache.invalidate(['numbers']);
    await waitUntil(() => reads.length === 2, 'the invalidated list was not read again');
    await waitUntil(() => !first.query.fetching, 'the new read never ended');

    // Retry always asks the Hub.
    second.query.refresh();
    await waitUntil(() => reads.length === 3, 'refresh did not read again');
  });

  it('sends its read when it connects, before the provider or any element has rendered', async () => {
    const rendered: boolean[] = [];
    const provider = document.createElement('hub-provider') as HubProvider;
    const { client } = emulatedHub({
      onRequest: ({ url }) => {
        if (!url.includes('/channels')) return;
        rendered.push(
          provider.hasUpdated,
          ...[...provider.children].map((el) => (el as TestNumberCount).hasUpdated),
        );
      },
    });
    provider.client = client;
    provider.clientId = FULL_ACCESS_CLIENT;
    const first = document.createElement('test-number-count') as TestNumberCount;
    const second = document.createElement('test-all-numbers') as TestAllNumbers;
    provider.append(first, second);
    document.body.append(provider);
    try {
      // Both reads have left while the page was still being put together: nothing had rendered.
      expect(rendered).to.deep.equal([false, false, false, false, false, false]);
      await waitUntil(() => first.query.status === 'success' && !second.query.partial);
      // And not again at their first render.
      expect(rendered).to.have.length(6);
    } finally {
      provider.remove();
    }
  });

  it('drops the read it made on connecting when a property set right after changes what to read', async () => {
    // A request's signal follows the one it was sent with.
    const reads: Request[] = [];
    const { client } = emulatedHub({ onRequest: (request) => reads.push(request) });
    const provider = document.createElement('hub-provider') as HubProvider;
    provider.client = client;
    provider.clientId = FULL_ACCESS_CLIENT;
    const el = document.createElement('test-status-count') as TestStatusCount;
    provider.append(el);
    document.body.append(provider);
    try {
      // As a framework binding does: the property arrives after the element is in the page.
      el.status = 'pending_deletion';
      await waitUntil(() => el.query.status === 'success', 'never read');
      expect(
        reads.map((read) => decodeURIComponent(read.url).match(/"status":"(\w+)"/)?.[1]),
      ).to.deep.equal(['running', 'pending_deletion']);
      expect(reads[0]!.signal.aborted).to.equal(true);
      expect(reads[1]!.signal.aborted).to.equal(false);
    } finally {
      provider.remove();
    }
  });

  it('shows a readable error with a working retry', async () => {
    const { client, emulator } = emulatedHub({
      faults: [{ route: /\/channels/, errorRate: 1, errorStatus: 503, times: 3 }],
    });
    const el = (
      await fixture<HubProvider>(html`
        <hub-provider .client=${client} client-id=${FULL_ACCESS_CLIENT}>
          <test-number-count></test-number-count>
        </hub-provider>
      `)
    ).querySelector('test-number-count') as TestNumberCount;
    await waitUntil(() => el.query.status === 'error', 'never failed', { timeout: 8000 });
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('The Hub ran into a problem');
    expect(emulator.requests.filter((r) => r.path.includes('/channels')).length).to.equal(3);
    alert.querySelector('button')!.click();
    await waitUntil(() => el.query.status === 'success', 'retry did not recover');
  });

  it('moves its subscription when the client ID changes and refreshes after invalidation', async () => {
    const { client, emulator } = emulatedHub();
    const provider = await fixture<HubProvider>(html`
      <hub-provider .client=${client} client-id=${FULL_ACCESS_CLIENT}>
        <test-number-count></test-number-count>
      </hub-provider>
    `);
    const el = provider.querySelector('test-number-count') as TestNumberCount;
    await waitUntil(() => el.query.status === 'success');
    const first = el.query.data!.items.map((n) => n.clientId);
    expect(new Set(first)).to.deep.equal(new Set([FULL_ACCESS_CLIENT]));

    provider.clientId = READ_ONLY_CLIENT;
    await waitUntil(() => el.query.data?.items.every((n) => n.clientId === READ_ONLY_CLIENT));

    const before = emulator.requests.length;
    client.cache.invalidate(['numbers']);
    await waitUntil(() => emulator.requests.length > before, 'invalidation did not refetch');
  });
});

describe('allNumbersQuery', () => {
  it('renders the first page of a long list while the rest arrives, then the whole list', async () => {
    // 9,800 seeded numbers give the client 1,400: a first page of 100, then pages of 1,000, each
    // answered after 300 ms.
    const { client } = emulatedHub({
      numbers: 9_800,
      faults: [{ route: /\/channels/, latencyMs: 300 }],
    });
    const el = (
      await fixture<HubProvider>(html`
        <hub-provider .client=${client} client-id=${FULL_ACCESS_CLIENT}>
          <test-all-numbers></test-all-numbers>
        </hub-provider>
      `)
    ).querySelector('test-all-numbers') as TestAllNumbers;
    await waitUntil(() => shadowText(el) === '100 of 1400, loading more', 'no first page', {
      interval: 5,
    });
    expect(el.query.status).to.equal('success');
    await waitUntil(() => shadowText(el) === '1400 of 1400', 'never complete');
    expect(el.query.partial).to.equal(false);
  });
});

describe('status views', () => {
  it('render an accessible empty state', async () => {
    const el = await fixture(html`<div>${emptyView('Nothing here', 'Add one to start.')}</div>`);
    expect(el.textContent).to.contain('Nothing here');
    await expect(el).to.be.accessible();
  });
});
