import type { QueryFetchOptions, QueryKey } from '../cache.js';
import type { HubTransport } from '../http.js';
import { listQuery, paginate, toPage, type ListParams, type Page } from '../pagination.js';
import { parseItems } from '../schemas/common.js';
import {
  PARTNER_CHANGE_ITEMS_KEY,
  partnerChangeListSchema,
  partnerChangeSchema,
  partnerChangeSettingsSchema,
  toPartnerChangeRequest,
  type PartnerChangeRequest,
} from '../schemas/partner-change.js';

/** Fields `partnerChanges.list` can sort by (the reference's example is `created_at`). */
export type PartnerChangeSortField = 'createdAt';

/** Parameters of `partnerChanges.list`. */
export type PartnerChangeListParams = ListParams<PartnerChangeSortField>;

/**
 * Partner-change requests: clients of other partners asking to move to this partner. A
 * partner-level resource: through `@hub/server` only a partner-staff session reaches it.
 *
 * Only listing and the auto-approve setting are used. The reference names an approve call by
 * `pcr_id` without a readable path, and shows no decline call and no way to read the current
 * auto-approve setting, so approving and declining stay in the Partner Hub.
 */
export interface PartnerChangesResource {
  /** Incoming requests, newest first unless `sort` says otherwise. */
  list(
    params?: PartnerChangeListParams,
    options?: QueryFetchOptions,
  ): Promise<Page<PartnerChangeRequest>>;
  iterate(params?: PartnerChangeListParams): AsyncGenerator<PartnerChangeRequest, void, undefined>;
  /** Approves every incoming request automatically (`true`) or not; returns the new setting. */
  setAutoApprove(autoApprove: boolean): Promise<boolean>;
  /** Cache keys of this resource. */
  readonly keys: { list(params?: PartnerChangeListParams): QueryKey };
}

const sortFields: Record<PartnerChangeSortField, string> = { createdAt: 'created_at' };

const keys = {
  list: (params: PartnerChangeListParams = {}): QueryKey => ['partnerChanges', 'list', params],
};

/** Creates the partner-change resource on a transport (what `client.partnerChanges` is). */
export function createPartnerChangesResource(transport: HubTransport): PartnerChangesResource {
  const fetchPage = (params: PartnerChangeListParams, options?: QueryFetchOptions) =>
    transport.read(
      keys.list(params),
      {
        route: 'selective_partner_change_requests',
        query: listQuery({}, { ...params, sort: params.sort ?? '-createdAt' }, sortFields),
        schema: partnerChangeListSchema,
      },
      (wire) => {
        const { items, skipped } = parseItems(wire[PARTNER_CHANGE_ITEMS_KEY], partnerChangeSchema);
        return toPage(items.map(toPartnerChangeRequest), wire, skipped);
      },
      options,
    );
  return {
    keys,
    list: (params = {}, options) => fetchPage(params, options),
    iterate: (params = {}) => paginate((offset) => fetchPage({ ...params, offset })),
    async setAutoApprove(autoApprove) {
      const answer = await transport.request({
        method: 'PATCH',
        route: 'settings/partner_change_request',
        body: { auto_approve: autoApprove },
        schema: partnerChangeSettingsSchema,
      });
      return answer.auto_approve;
    },
  };
}
