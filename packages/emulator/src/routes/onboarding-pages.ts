import type { ChannelRecord, EmulatorState } from '../state.js';
import type { WebhookEmitter } from '../webhooks.js';
import {
  addHostedNumber,
  saveSharing,
  unsharedChannels,
  type AddNumberRefusal,
} from './sharing.js';

/*
 * The Hub's Integrated Onboarding pages, played at the emulator's origin
 * (`/dashboard/app/{partner_id}/permissions`, hub-api.md §16.1): pick the numbers to share, sign
 * up a new number, or import one from another BSP, then the browser goes back to `redirect_url`
 * with `client`, `channels=[…]`, `revoked=[…]` and `state`, as the Hub sends it. Plain HTML forms
 * and one style sheet, so the page runs under a strict CSP without any script.
 */

/** Where the Hub sends the browser when no redirect URL is set (hub-api.md §3). */
const DEFAULT_REDIRECT = 'http://app.360dialog.io';

const STYLESHEET_PATH = '/dashboard/onboarding.css';

const CSS = `body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
fieldset{border:1px solid #ccc;border-radius:8px;margin:1rem 0;padding:1rem}
label{display:block;margin:.25rem 0}
input[type=text],input[type=tel],select{font:inherit;padding:.25rem .5rem;margin:.25rem 0;width:100%;box-sizing:border-box}
button{font:inherit;padding:.5rem 1rem;margin-top:.5rem;border-radius:6px;border:1px solid #0a7d5a;background:#0a7d5a;color:#fff}
.error{color:#b00020}.status{color:#555}`;

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The page parameters the emulator reads, and carries through its forms. */
interface PageParams {
  clientId: string | undefined;
  state: string | undefined;
  redirectUrl: string | undefined;
  number: string | undefined;
}

const hidden = (params: PageParams): string =>
  (
    [
      ['client_id', params.clientId],
      ['state', params.state],
      ['redirect_url', params.redirectUrl],
    ] as const
  )
    .filter(([, value]) => value)
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value!)}">`)
    .join('');

function page(title: string, body: string, status = 200): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="stylesheet" href="${STYLESHEET_PATH}"></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
  return new Response(html, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy':
        "default-src 'none'; style-src 'self'; form-action 'self' http: https:",
    },
  });
}

const numberLabel = (c: ChannelRecord) =>
  `${escapeHtml(c.setup_info.phone_number)} — ${escapeHtml(c.setup_info.phone_name)} <span class="status">(${c.status})</span>`;

const refusals: Record<AddNumberRefusal, string> = {
  limit: 'This account reached the number limit its partner set.',
  phone: 'Enter the number in international format, e.g. +49 151 2345 6789.',
  duplicate: 'This number is already registered.',
};

function signInPage(state: EmulatorState, params: PageParams): Response {
  const options = state.clients
    .map((c) => `<option value="${escapeHtml(c.id)}">${escapeHtml(c.name)}</option>`)
    .join('');
  const carry = hidden({ ...params, clientId: undefined });
  const number = params.number
    ? `<input type="hidden" name="number" value="${escapeHtml(params.number)}">`
    : '';
  return page(
    'Sign in to 360dialog',
    `<form method="get"><label>Account <select name="client_id">${options}</select></label>${carry}${number}<button>Continue</button></form>`,
  );
}

function permissionsPage(
  state: EmulatorState,
  params: PageParams & { clientId: string },
  error?: string,
): Response {
  const client = state.clients.find((c) => c.id === params.clientId)!;
  const unshared = unsharedChannels(state);
  const boxes = state.channels
    .filter((c) => c.client_id === client.id)
    .map(
      (c) =>
        `<label><input type="checkbox" name="channel" value="${escapeHtml(c.id)}"${unshared.has(c.id) ? '' : ' checked'}> ${numberLabel(c)}</label>`,
    )
    .join('');
  const carry = hidden(params);
  const prefill = escapeHtml(params.number ?? '');
  const addForm = (action: 'signup' | 'import', legend: string, button: string) =>
    `<form method="post"><fieldset><legend>${legend}</legend>${carry}<input type="hidden" name="action" value="${action}">
<label>Phone number <input type="tel" name="phone_number" value="${prefill}" required></label>
<label>Display name <input type="text" name="display_name"></label><button>${button}</button></fieldset></form>`;
  return page(
    `${client.name}: share numbers with your partner`,
    `${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post"><fieldset><legend>Numbers your partner may manage</legend>${carry}<input type="hidden" name="action" value="save">${boxes || '<p>No numbers yet.</p>'}<button>Save</button></fieldset></form>
${addForm('signup', 'Add a number', 'Continue with Facebook')}
${addForm('import', 'Import a number from another BSP', 'Start import')}`,
    error ? 400 : 200,
  );
}

/** The redirect back to the partner, with the list syntax the Hub uses (`[a,b]`, unencoded). */
function redirectBack(
  params: PageParams & { clientId: string },
  result: { channels: string[]; revoked: string[] },
): Response {
  let target: URL;
  try {
    target = new URL(params.redirectUrl ?? DEFAULT_REDIRECT);
    if (target.protocol !== 'https:' && target.protocol !== 'http:') throw new Error('scheme');
  } catch {
    target = new URL(DEFAULT_REDIRECT);
  }
  const query = [
    `client=${encodeURIComponent(params.clientId)}`,
    `channels=[${result.channels.join(',')}]`,
    ...(result.revoked.length > 0 ? [`revoked=[${result.revoked.join(',')}]`] : []),
    ...(params.state ? [`state=${encodeURIComponent(params.state)}`] : []),
  ].join('&');
  const search = target.search ? `${target.search}&${query}` : `?${query}`;
  return new Response(null, {
    status: 303,
    headers: { location: `${target.origin}${target.pathname}${search}${target.hash}` },
  });
}

/**
 * Answers a request below `/dashboard/`, or `undefined` when the path is not one of the hosted
 * pages. `body` is the request body as text (the handler reads it, with its size limit).
 */
export function hostedOnboarding(
  state: EmulatorState,
  request: Request,
  url: URL,
  body: string,
  now: number,
  webhooks: WebhookEmitter,
): Response | undefined {
  if (url.pathname.endsWith(STYLESHEET_PATH)) {
    return new Response(CSS, { headers: { 'content-type': 'text/css; charset=utf-8' } });
  }
  const match = /\/dashboard\/app\/([^/]+)\/permissions$/.exec(url.pathname);
  if (!match) return undefined;
  if (decodeURIComponent(match[1]!) !== state.partnerId) {
    return page(
      'Unknown partner',
      '<p>This onboarding link names no partner of this Hub.</p>',
      404,
    );
  }
  const form = request.method === 'POST' ? new URLSearchParams(body) : url.searchParams;
  const params: PageParams = {
    clientId: form.get('client_id') ?? undefined,
    state: form.get('state') ?? undefined,
    redirectUrl: form.get('redirect_url') ?? undefined,
    number: url.searchParams.get('number') ?? undefined,
  };
  const clientId = params.clientId;
  if (!clientId || !state.clients.some((c) => c.id === clientId)) return signInPage(state, params);
  const signedIn = { ...params, clientId };
  if (request.method !== 'POST') return permissionsPage(state, signedIn);

  const action = form.get('action');
  if (action === 'save') {
    return redirectBack(signedIn, saveSharing(state, clientId, new Set(form.getAll('channel'))));
  }
  if (action === 'signup' || action === 'import') {
    const added = addHostedNumber(
      state,
      clientId,
      {
        phoneNumber: form.get('phone_number') ?? '',
        displayName: form.get('display_name') ?? '',
        path: action,
      },
      now,
      webhooks,
    );
    if (typeof added === 'string') return permissionsPage(state, signedIn, refusals[added]);
    return redirectBack(signedIn, { channels: [added.id], revoked: [] });
  }
  return permissionsPage(state, signedIn, 'Choose an action.');
}
