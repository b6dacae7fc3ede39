import type { Route } from '../context.js';
import { listPage } from '../list.js';
import { json } from '../respond.js';

const filters = [
  'id',
  'name',
  'status',
  'meta_info.business_vertical',
  'meta_info.timezone',
  'contact_info.email',
  'contact_info.country',
  'contact_info.phone',
  'contact_info.language',
  'contact_user.email',
  'contact_user.name',
];

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
          sort: ['id', 'name', 'status', 'created_at', 'modified_at'],
          defaultSort: '-created_at',
        }),
      ),
  },
];
