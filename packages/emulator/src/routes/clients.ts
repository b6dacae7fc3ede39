import type { Route } from '../context.js';
import { listPage } from '../list.js';
import { json } from '../respond.js';
import type { ClientRecord } from '../state.js';

/** The filter keys the Hub documents for clients; anything else is a 400 there. */
const filters = ['name', 'status', 'contact_info.email', 'id'];

/**
 * A client as the Hub sends it. The Hub sets the payment type per partner account, so no client
 * carries one: a `payment_type` left in a state by an older emulator is never sent.
 */
function publicClient(client: ClientRecord): ClientRecord {
  const copy = { ...client } as ClientRecord & { payment_type?: unknown };
  delete copy.payment_type;
  return copy;
}

/** `GET /partners/{partner_id}/clients`. */
export const clientRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/partners/:partner_id/clients',
    handle: (ctx) =>
      json(
        listPage(ctx.state.clients.map(publicClient), ctx.url, {
          itemsKey: 'clients',
          filters,
          sort: ['id', 'name', 'created_at', 'modified_at'],
          defaultSort: '-created_at',
        }),
      ),
  },
];
