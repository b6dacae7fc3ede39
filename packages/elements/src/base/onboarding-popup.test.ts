import { expect } from '@open-wc/testing';
import { finishOnboarding, OnboardingPopup, type RedirectPageWindow } from './onboarding-popup.js';

function memory() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

describe('OnboardingPopup same-tab fallback', () => {
  const original = window.open;
  const start = location.href;
  afterEach(() => {
    window.open = original;
    history.replaceState(null, '', start);
  });

  it('navigates this tab when the popup is blocked, and resumes the result once', async () => {
    window.open = (() => null) as typeof window.open;
    const storage = memory();
    const navigated: string[] = [];
    const flow = new OnboardingPopup({ storage, navigate: (url) => navigated.push(url) });
    const outcome = await flow.open({
      partnerId: 'P1',
      clientId: 'CL1',
      hubOrigin: 'https://hub.test',
    });
    expect(outcome).to.deep.equal({ status: 'redirected' });
    const state = new URL(navigated[0]!).searchParams.get('state')!;
    expect(storage.map.get('hub-onboarding-return')).to.equal(start);

    // What the redirect page does without an opener: back to the stored page, result appended.
    const replaced: string[] = [];
    const redirectPage: RedirectPageWindow = {
      location: {
        search: `?client=CL1&channels=[CH1]&revoked=[CH2]&state=${state}`,
        origin: location.origin,
        replace: (url) => replaced.push(url),
      },
      opener: null,
      close: () => undefined,
    };
    finishOnboarding(redirectPage, location.origin, storage);
    const back = new URL(replaced[0]!);
    expect(back.searchParams.get('channels')).to.equal('[CH1]');

    history.replaceState(null, '', back.href);
    expect(flow.resume('CL1')).to.deep.equal({
      status: 'completed',
      channels: ['CH1'],
      revoked: ['CH2'],
    });
    expect(location.search).to.equal(new URL(start).search);
    history.replaceState(null, '', back.href);
    expect(flow.resume('CL1')).to.deep.equal({ status: 'refused', reason: 'state_mismatch' });
  });

  it('posts the result to the opener at the expected origin only, then closes', () => {
    const posted: [string, string][] = [];
    let closed = false;
    finishOnboarding(
      {
        location: {
          search: '?client=CL1&channels=[CH1]',
          origin: 'https://portal.example',
          replace: () => undefined,
        },
        opener: { postMessage: (message, origin) => posted.push([message, origin]) },
        close: () => {
          closed = true;
        },
      },
      'https://portal.example',
      memory(),
    );
    expect(posted).to.deep.equal([['?client=CL1&channels=[CH1]', 'https://portal.example']]);
    expect(closed).to.equal(true);
  });
});
