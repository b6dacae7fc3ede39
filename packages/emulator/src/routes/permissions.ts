import { findClient, type Route } from '../context.js';
import { json } from '../respond.js';

/** `GET /partners/{partner_id}/clients/{client_id}/permissions` (assumed endpoint, see docs/api-assumptions.md). */
export const permissionRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/partners/:partner_id/clients/:client_id/permissions',
    handle(ctx) {
      const client = findClient(ctx, ctx.params.client_id!);
      return json({ client_id: client.id, permissions: ctx.state.permissions[client.id] ?? [] });
    },
  },
];
