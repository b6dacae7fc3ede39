import { ProxyRefusal } from './envelope.js';
import type { HubSession } from './sessions.js';
import type { Operation } from './operations.js';

/** The business-profile fields the Messaging API answers (Meta's names). */
const profileFields = [
  'about',
  'address',
  'description',
  'email',
  'profile_picture_url',
  'websites',
  'vertical',
  'messaging_product',
];

/** Decodes one query component as `URLSearchParams` does (`+` is a space); 400 when invalid. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    throw new ProxyRefusal(400, 'The query string is not valid percent-encoding.');
  }
}

/**
 * The query as decoded pairs. A name given twice, in whatever spelling or encoding, is refused:
 * two values for one name are read differently by different servers.
 */
function pairs(search: string): Map<string, string> {
  const found = new Map<string, string>();
  if (search === '' || search === '?') return found;
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (part === '') throw new ProxyRefusal(400, 'The query string has an empty parameter.');
    const at = part.indexOf('=');
    const name = decode(at === -1 ? part : part.slice(0, at));
    const value = at === -1 ? '' : decode(part.slice(at + 1));
    if (found.has(name)) {
      throw new ProxyRefusal(400, `The query parameter "${name}" is given more than once.`);
    }
    found.set(name, value);
  }
  return found;
}

const count = (name: string, value: string, max: number): string => {
  if (!/^\d{1,12}$/.test(value) || Number(value) > max) {
    throw new ProxyRefusal(400, `The query parameter "${name}" must be a whole number.`);
  }
  return String(Number(value));
};

function refuseOthers(given: Map<string, string>, allowed: readonly string[]): void {
  for (const name of given.keys()) {
    if (!allowed.includes(name)) {
      throw new ProxyRefusal(403, `The query parameter "${name}" is not allowed for this session.`);
    }
  }
}

/**
 * Checks the query of `operation` and rebuilds it from the checked values, so what reaches the
 * Hub is exactly what was checked. List filters get the session's client forced into them.
 */
export function scopedQuery(
  operation: Operation,
  search: string,
  session: HubSession,
): URLSearchParams {
  const given = pairs(search);
  const out = new URLSearchParams();
  const rule = operation.query;
  if (rule === 'none') {
    refuseOthers(given, []);
    return out;
  }
  if (rule === 'profileFields') {
    refuseOthers(given, ['fields']);
    const fields = given.get('fields');
    if (fields !== undefined) {
      if (!fields.split(',').every((field) => profileFields.includes(field))) {
        throw new ProxyRefusal(400, 'The query parameter "fields" names an unknown field.');
      }
      out.set('fields', fields);
    }
    return out;
  }
  if (rule === 'commerceSwitches') {
    refuseOthers(given, ['is_cart_enabled', 'is_catalog_visible']);
    for (const [name, value] of given) {
      if (value !== 'true' && value !== 'false') {
        throw new ProxyRefusal(400, `The query parameter "${name}" must be true or false.`);
      }
      out.set(name, value);
    }
    return out;
  }
  if (rule === 'usage') {
    refuseOthers(given, ['start_date', 'end_date', 'granularity']);
    for (const name of ['start_date', 'end_date'] as const) {
      const value = given.get(name);
      if (value !== undefined) out.set(name, count(name, value, 99_999_999_999));
    }
    const granularity = given.get('granularity');
    if (granularity !== undefined) {
      if (granularity !== 'DAY' && granularity !== 'MONTH') {
        throw new ProxyRefusal(400, 'The query parameter "granularity" must be DAY or MONTH.');
      }
      out.set('granularity', granularity);
    }
    return out;
  }
  refuseOthers(given, ['filters', 'limit', 'offset', 'sort']);
  const filters = parseFilters(given.get('filters'), rule.filters);
  if (rule.scopeFilter) {
    const sent = filters[rule.scopeFilter];
    if (sent !== undefined && sent !== session.clientId) {
      throw new ProxyRefusal(403, 'This session can only list its own client.');
    }
    filters[rule.scopeFilter] = session.clientId;
  }
  if (Object.keys(filters).length > 0) out.set('filters', JSON.stringify(filters));
  for (const name of ['limit', 'offset'] as const) {
    const value = given.get(name);
    if (value !== undefined) out.set(name, count(name, value, 1_000_000));
  }
  const sort = given.get('sort');
  if (sort !== undefined) {
    if (!/^-?[a-z_]+(\.[a-z_]+)*$/.test(sort) || sort.length > 64) {
      throw new ProxyRefusal(400, 'The query parameter "sort" is not a field name.');
    }
    out.set('sort', sort);
  }
  return out;
}

/** `filters` as a flat object of allowed keys and plain values; 400/403 otherwise. */
function parseFilters(
  text: string | undefined,
  allowed: readonly string[],
): Record<string, string | number | boolean> {
  if (text === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ProxyRefusal(400, 'The query parameter "filters" is not JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ProxyRefusal(400, 'The query parameter "filters" must be a JSON object.');
  }
  const filters: Record<string, string | number | boolean> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (!allowed.includes(key)) {
      throw new ProxyRefusal(403, `The filter "${key}" is not allowed for this session.`);
    }
    if (!['string', 'number', 'boolean'].includes(typeof entry)) {
      throw new ProxyRefusal(400, `The filter "${key}" must be a string, number or boolean.`);
    }
    filters[key] = entry as string | number | boolean;
  }
  return filters;
}
