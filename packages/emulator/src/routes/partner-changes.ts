import type { Route, RouteContext } from '../context.js';
import { listPage } from '../list.js';
import { HubHttpError, json } from '../respond.js';
import type { PartnerChangeRecord } from '../state.js';

/**
 * Requests of three clients of other partners: a whole account waiting for approval, a selective
 * change of two numbers, and one already done. Fixed, so a fresh emulator always shows them.
 */
function seededRequests(partnerId: string): PartnerChangeRecord[] {
  return [
    {
      id: 'pcrFull01',
      status: 'pending',
      is_full_migration: true,
      source_client_id: 'gAlTe1CL',
      target_client_id: null,
      source_partner_id: 'oLdPar1PA',
      target_partner_id: partnerId,
      channels: ['gAl1aCH', 'gAl2bCH', 'gAl3cCH'],
      created_at: '2026-11-30T08:15:00Z',
      updated_at: '2026-11-30T08:15:00Z',
    },
    {
      id: 'pcrSel02',
      status: 'created',
      is_full_migration: false,
      source_client_id: 'fIoRi2CL',
      target_client_id: 'fIoRn2CL',
      source_partner_id: 'oLdPar2PA',
      target_partner_id: partnerId,
      channels: ['fIo1aCH', 'fIo2bCH'],
      created_at: '2026-11-24T14:40:00Z',
      updated_at: '2026-11-24T14:40:00Z',
    },
    {
      id: 'pcrDone03',
      status: 'completed',
      is_full_migration: true,
      source_client_id: 'pAsTa3CL',
      target_client_id: null,
      source_partner_id: 'oLdPar1PA',
      target_partner_id: partnerId,
      channels: ['pAs1aCH'],
      created_at: '2026-10-02T10:00:00Z',
      updated_at: '2026-10-05T09:30:00Z',
    },
  ];
}

function requestsOf(ctx: RouteContext): PartnerChangeRecord[] {
  return ctx.state.partnerChangeRequests ?? seededRequests(ctx.state.partnerId);
}

/**
 * The two documented partner-change endpoints (PCR): the list and the auto-approve setting. The
 * approve call's path is not readable in the reference and no decline call is documented, so
 * neither is served: such requests get the emulator's 404, as any unknown path.
 */
export const partnerChangeRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/partners/:partner_id/selective_partner_change_requests',
    handle: (ctx) =>
      json(
        listPage(requestsOf(ctx), ctx.url, {
          itemsKey: 'partner_change_requests',
          // The reference's filter schema (PublicV2PCRListFilterIn).
          filters: [
            'q',
            'id',
            'status',
            'created_at',
            'is_full_migration',
            'source_client_id',
            'target_client_id',
            'source_partner_id',
            'target_partner_id',
          ],
          sort: ['created_at'],
          defaultSort: '-created_at',
          search: (item) => `${item.id} ${item.source_client_id}`,
        }),
      ),
  },
  {
    method: 'PATCH',
    pattern: '/partners/:partner_id/settings/partner_change_request',
    async handle(ctx) {
      const body = await ctx.body();
      const extra = Object.keys(body ?? {}).filter((key) => key !== 'auto_approve');
      if (typeof body?.auto_approve !== 'boolean' || extra.length > 0) {
        throw new HubHttpError(400, 'Wrong payload', [
          ...(typeof body?.auto_approve === 'boolean'
            ? []
            : ['auto_approve: this field is required and must be a boolean']),
          ...extra.map((key) => `${key}: unknown field`),
        ]);
      }
      ctx.state.partnerChangeAutoApprove = body.auto_approve;
      ctx.changed();
      return json({ auto_approve: body.auto_approve });
    },
  },
];
