import { ProxyRefusal } from './envelope.js';
import { upstreamFailure, type Upstream } from './upstream.js';

/** What can be checked to belong to a client. */
export type OwnedKind = 'channel' | 'waba' | 'template';

/**
 * Answers "does this ID belong to this client?" from the Hub, remembering only the yeses, for a
 * short while: a miss is a denial and is asked again next time, so a new number or template is
 * reachable at once, and nothing is ever allowed from a stale "no".
 */
export interface OwnershipChecker {
  /** Throws a 403 refusal unless the Hub shows that `id` belongs to `clientId`. */
  require(clientId: string, kind: OwnedKind, id: string, wabaId?: string): Promise<void>;
}

const denial = (kind: OwnedKind) =>
  new ProxyRefusal(
    403,
    `This session cannot reach that ${kind === 'waba' ? 'WhatsApp Business Account' : kind === 'channel' ? 'phone number' : 'template'}.`,
  );

async function jsonOf(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new ProxyRefusal(502, 'The Hub answered an access check with something other than JSON.');
  }
}

function items(body: unknown, field: string): Record<string, unknown>[] {
  const list = (body as Record<string, unknown> | null)?.[field];
  return Array.isArray(list) ? (list as Record<string, unknown>[]) : [];
}

/** Creates an ownership checker on `upstream`; `ttlMs` is how long a yes is trusted. */
export function createOwnershipChecker(
  upstream: Upstream,
  ttlMs: number,
  now: () => number,
  maxEntries = 10_000,
): OwnershipChecker {
  const known = new Map<string, number>();
  const pending = new Map<string, Promise<boolean>>();

  async function lookup(
    clientId: string,
    kind: OwnedKind,
    id: string,
    wabaId?: string,
  ): Promise<boolean> {
    let response: Response;
    if (kind === 'channel') {
      const query = new URLSearchParams({
        filters: JSON.stringify({ id, client_id: clientId }),
        limit: '1',
      });
      response = await upstream.send('GET', 'channels', query);
    } else if (kind === 'waba') {
      response = await upstream.send('GET', `waba_accounts/${id}`);
    } else {
      const query = new URLSearchParams({ filters: JSON.stringify({ id }), limit: '1' });
      response = await upstream.send('GET', `waba_accounts/${wabaId}/waba_templates`, query);
    }
    if (response.status === 404 || response.status === 403) {
      await response.body?.cancel();
      return false;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw upstreamFailure(response);
    }
    const body = await jsonOf(response);
    if (kind === 'channel') {
      return items(body, 'partner_channels').some(
        (channel) => channel.id === id && channel.client_id === clientId,
      );
    }
    if (kind === 'waba') {
      const waba = body as Record<string, unknown> | null;
      return waba?.id === id && waba.client_id === clientId;
    }
    return items(body, 'waba_templates').some(
      (template) =>
        template.id === id &&
        (template.waba_account_id === undefined ||
          template.waba_account_id === null ||
          template.waba_account_id === wabaId),
    );
  }

  return {
    async require(clientId, kind, id, wabaId) {
      const key = `${clientId}\u0000${kind}\u0000${wabaId ?? ''}\u0000${id}`;
      const until = known.get(key);
      if (until !== undefined && until > now()) return;
      let check = pending.get(key);
      if (!check) {
        check = lookup(clientId, kind, id, wabaId).finally(() => pending.delete(key));
        pending.set(key, check);
      }
      if (!(await check)) throw denial(kind);
      if (known.size >= maxEntries) known.delete(known.keys().next().value!);
      known.delete(key);
      known.set(key, now() + ttlMs);
    },
  };
}
