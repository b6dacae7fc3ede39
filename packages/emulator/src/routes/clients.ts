import type { Route } from '../context.js';
import { listPage } from '../list.js';
import { json } from '../respond.js';

/** The filter keys the Hub documents for clients; anything else is a 400 there. */
const filters = ['name', 'status', 'contact_info.email', 'id'];

/** `GET /partners/{partner_id}/clients`. */
export const clientRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/partners/:partner_id/clients',
    handle: (ctx) =>
      json(
        listPage(ctx.state.clients, ctx.url, {
          itemsKey: 'clients',
          filters,
          sort: ['id', 'name', 'created_at', 'modified_at'],
          defaultSort: '-created_at',
        }),
      ),
  },
];
