import { describe, expect, it } from 'vitest';
import {
  acceptOnboardingResult,
  createOnboardingStates,
  parseOnboardingResult,
  permissionUrl,
} from './index.js';

describe('permissionUrl', () => {
  it('builds the documented permission page with only the given parameters', () => {
    expect(
      permissionUrl({
        partnerId: 'f167CmPA',
        state: 'n0nce',
        redirectUrl: 'https://portal.example/done?x=1',
      }),
    ).toBe(
      'https://hub.360dialog.com/dashboard/app/f167CmPA/permissions?state=n0nce&redirect_url=https%3A%2F%2Fportal.example%2Fdone%3Fx%3D1',
    );
  });

  it('maps every documented option to its query name and honours another origin', () => {
    const url = new URL(
      permissionUrl({
        partnerId: 'P1',
        state: 's',
        clientId: 'CL1',
        connectClientUser: true,
        number: '+4915112345678',
        email: 'a@b.example',
        name: 'Ann',
        partnerPayload: 'cust-9',
        next: 'login',
        planSelection: 'premium',
        origin: 'http://localhost:4010/',
      }),
    );
    expect(url.origin + url.pathname).toBe('http://localhost:4010/dashboard/app/P1/permissions');
    expect([...url.searchParams]).toEqual([
      ['state', 's'],
      ['client_id', 'CL1'],
      ['connect_client_user', 'true'],
      ['number', '+4915112345678'],
      ['email', 'a@b.example'],
      ['name', 'Ann'],
      ['partner', 'cust-9'],
      ['next', 'login'],
      ['plan_selection', 'premium'],
    ]);
  });
});

describe('parseOnboardingResult', () => {
  it('parses client, bracketed channel lists and state', () => {
    expect(parseOnboardingResult('?client=CL1&channels=[CH1,CH2]&revoked=[CH3]&state=abc')).toEqual(
      {
        ok: true,
        result: { clientId: 'CL1', channels: ['CH1', 'CH2'], revoked: ['CH3'], state: 'abc' },
      },
    );
  });

  it('reads percent-encoded brackets, empty lists and absent lists', () => {
    expect(parseOnboardingResult('client=CL1&channels=%5BCH1%5D&revoked=%5B%5D')).toEqual({
      ok: true,
      result: { clientId: 'CL1', channels: ['CH1'], revoked: [] },
    });
    expect(parseOnboardingResult('?client=CL1')).toEqual({
      ok: true,
      result: { clientId: 'CL1', channels: [], revoked: [] },
    });
  });

  it('refuses a result without a client', () => {
    expect(parseOnboardingResult('?channels=[CH1]&state=abc')).toEqual({
      ok: false,
      error: 'missing_client',
    });
    expect(parseOnboardingResult('?client=&channels=[CH1]')).toEqual({
      ok: false,
      error: 'missing_client',
    });
  });

  it('refuses malformed lists and ids', () => {
    for (const search of [
      '?client=CL1&channels=CH1,CH2',
      '?client=CL1&channels=[CH1',
      '?client=CL1&channels=[[CH1]]',
      '?client=CL1&revoked=[CH 1]',
      '?client=CL1&channels=[<script>]',
      '?client=C/L&channels=[CH1]',
    ]) {
      expect(parseOnboardingResult(search), search).toEqual({ ok: false, error: 'malformed' });
    }
  });
});

describe('acceptOnboardingResult', () => {
  it('accepts the pending nonce for the signed-in client once, and refuses a replay', () => {
    const states = createOnboardingStates();
    const state = states.issue();
    expect(state).toMatch(/^[0-9a-f]{32}$/);
    const search = `?client=CL1&channels=[CH1]&state=${state}`;
    expect(acceptOnboardingResult(search, { states, clientId: 'CL1' })).toEqual({
      ok: true,
      result: { clientId: 'CL1', channels: ['CH1'], revoked: [], state },
    });
    expect(acceptOnboardingResult(search, { states, clientId: 'CL1' })).toEqual({
      ok: false,
      error: 'state_mismatch',
    });
  });

  it('refuses a wrong or missing state and another client', () => {
    const states = createOnboardingStates();
    const state = states.issue();
    expect(
      acceptOnboardingResult('?client=CL1&channels=[CH1]&state=forged', {
        states,
        clientId: 'CL1',
      }),
    ).toEqual({ ok: false, error: 'state_mismatch' });
    expect(
      acceptOnboardingResult('?client=CL1&channels=[CH1]', { states, clientId: 'CL1' }),
    ).toEqual({ ok: false, error: 'state_mismatch' });
    expect(
      acceptOnboardingResult(`?client=CL2&channels=[CH1]&state=${state}`, {
        states,
        clientId: 'CL1',
      }),
    ).toEqual({ ok: false, error: 'wrong_client' });
  });

  it('issues a new nonce that replaces the previous one, kept in the given storage', () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    };
    const first = createOnboardingStates(storage).issue();
    const second = createOnboardingStates(storage).issue();
    expect(second).not.toBe(first);
    const afterReload = createOnboardingStates(storage);
    expect(afterReload.consume(first)).toBe(false);
    expect(afterReload.consume(second)).toBe(true);
    expect(map.size).toBe(0);
  });
});
