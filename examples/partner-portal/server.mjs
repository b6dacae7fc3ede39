// The demo partner portal's server, and a complete small example of a partner backend:
// - a demo sign-in (a real portal has its own login): the user picks a client and a role;
// - `POST /portal/session` mints a @hub/server session scoped to the signed-in user's client;
// - `/hub-api/…` is the @hub/server proxy, the only way the browser reaches the Hub: the partner
//   API key stays here, and a session reaches its own client and nothing else;
// - `/hub-webhooks` receives the Hub's partner webhooks (registered with the Hub at start) and
//   passes each to the open pages of its client through the proxy's `/hub-api/events` stream;
// - the portal's plain HTML pages and the drop-in `hub-elements.js`, with security headers on
//   every answer (a CSP the elements run under, no framing, no MIME sniffing).
// The emulator's fault switch (`/__emulator/faults`) is not reachable here: nothing forwards it.
// The Hub is the emulator, running as its own HTTP server as the real Hub would.
//
//   node examples/partner-portal/server.mjs [--port 8080] [--seed 42] [--data file.json]
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEMO_API_KEY, DEMO_PARTNER_ID, startEmulator } from '@hub/emulator/node';
import { demoPaymentType } from '@hub/emulator';
import {
  createHubProxy,
  createHubSessions,
  createHubWebhooks,
  createMemoryLiveBus,
  READ_ONLY_CAPABILITIES,
} from '@hub/server';
import { serveNodeRequest } from '@hub/server/node';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    'emulator-port': { type: 'string', default: process.env.EMULATOR_PORT ?? '4010' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    seed: { type: 'string', default: '42' },
    data: { type: 'string' },
  },
});

const publicDir = fileURLToPath(new URL('public/', import.meta.url));
// Found through the package (not a path into the workspace), as a partner's server would.
const elementsDist = join(
  dirname(fileURLToPath(import.meta.resolve('@hub/elements/package.json'))),
  'dist',
);

/** The emulator runs as its own server (for curl, scripts, SDK experiments), like the real Hub. */
async function startHub() {
  const options = { seed: Number(args.seed), ...(args.data ? { dataFile: args.data } : {}) };
  try {
    return await startEmulator({ ...options, port: Number(args['emulator-port']) });
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
    return startEmulator({ ...options, port: 0 });
  }
}
const hubServer = await startHub();

/** The number's Messaging API key, or `undefined` while it has none (not running yet). */
function keyOf(emulator, channelId) {
  try {
    return emulator.channelApiKey(channelId);
  } catch {
    return undefined;
  }
}

const sessions = createHubSessions({
  partnerId: DEMO_PARTNER_ID,
  apiKey: DEMO_API_KEY,
  // A real deployment reads one long secret from its secret store, the same on every instance.
  secret: process.env.HUB_SESSION_SECRET ?? randomBytes(32).toString('base64url'),
  hubBaseUrl: hubServer.url,
});
// Webhooks in, live events out: one bus per process here; several instances share a broker.
const bus = createMemoryLiveBus();
// Part of the webhook URL registered with the Hub: a sender must know the URL to be heard.
const webhookSecret = process.env.HUB_WEBHOOK_SECRET ?? randomBytes(32).toString('base64url');
const webhooks = createHubWebhooks({ bus, sessions, secret: webhookSecret });
const proxy = createHubProxy({
  sessions,
  basePath: '/hub-api',
  live: { bus },
  // Profiles and commerce settings live on each number's Messaging API, behind the number's own
  // key. A real partner backend keeps the keys it created; here the emulator hands them out.
  messagingBaseUrl: hubServer.messagingUrl,
  channelApiKey: (channelId) => keyOf(hubServer.emulator, channelId),
});

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};

/** Calls the Hub the way a partner backend does: server side, with the partner API key. */
async function hub(path) {
  const response = await fetch(`${hubServer.url}${path}`, {
    headers: { accept: 'application/json', 'x-api-key': DEMO_API_KEY },
  });
  if (!response.ok) throw new Error(`Hub answered ${response.status} for ${path}`);
  return response.json();
}

/** The clients a demo user may sign in as. A real portal knows which client each user belongs to. */
async function listClients() {
  const page = await hub(`/partners/${DEMO_PARTNER_ID}/clients?limit=100&sort=name`);
  return page.clients.map((client) => ({ id: client.id, name: client.name }));
}

/** The WhatsApp Business Account of a client's first number, for pages that need one (templates). */
async function wabaOf(clientId) {
  const filters = encodeURIComponent(JSON.stringify({ client_id: clientId }));
  const page = await hub(`/partners/${DEMO_PARTNER_ID}/channels?filters=${filters}&limit=1`);
  return page.partner_channels[0]?.waba_account?.id ?? '';
}

// The demo's login sessions: cookie value → who signed in. A real portal has its own.
const logins = new Map();
const cookieName = 'portal_login';

function loginOf(req) {
  const cookies = Object.fromEntries(
    (req.headers.cookie ?? '').split(';').map((pair) => pair.trim().split('=')),
  );
  const login = logins.get(cookies[cookieName]);
  return login && { ...login, id: cookies[cookieName] };
}

const escapeHtml = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/**
 * Sent with every answer. The pages load scripts and styles from files only, and the elements'
 * styles are constructable stylesheets (`adoptedStyleSheets`), which `style-src 'self'` allows;
 * what they position per row or per tooltip they set through CSSOM, which no policy blocks.
 */
const securityHeaders = {
  'content-security-policy': [
    "default-src 'self'",
    "img-src 'self' data: https:",
    "style-src 'self'",
    "script-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
};

function send(res, status, type, body, headers = {}) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache', ...headers });
  res.end(body);
}

const redirect = (res, location, headers = {}) =>
  send(res, 303, 'text/plain', `See ${location}`, { location, ...headers });

/** A mistake of the client's, answered with its status (never a 500). */
class ClientError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function readText(req) {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) throw new ClientError(413, 'Request body too large');
  }
  return body;
}

async function signIn(req, res) {
  const form = new URLSearchParams(await readText(req));
  if (form.get('role') === 'staff') {
    // Acme's own staff: no client, a partner-staff session that reaches partner-level work only.
    const id = randomBytes(24).toString('base64url');
    logins.set(id, { client: undefined, role: 'staff' });
    return redirect(res, '/partner.html', {
      'set-cookie': `${cookieName}=${id}; Path=/; HttpOnly; SameSite=Lax`,
    });
  }
  const client = (await listClients()).find((c) => c.id === form.get('clientId'));
  // Only a path of this site: an absolute URL here would make sign-in an open redirect.
  const next = /^\/(?![/\\])/.test(form.get('next') ?? '') ? form.get('next') : '/';
  if (!client) return redirect(res, next);
  const id = randomBytes(24).toString('base64url');
  logins.set(id, { client, role: form.get('role') === 'viewer' ? 'viewer' : 'admin' });
  redirect(res, next, { 'set-cookie': `${cookieName}=${id}; Path=/; HttpOnly; SameSite=Lax` });
}

/** Mints the browser's Hub session: only for the signed-in user's client, never a chosen one. */
async function mintSession(req, res, login) {
  if (!login) return send(res, 401, types['.json'], JSON.stringify({ error: 'Sign in first.' }));
  let requested;
  try {
    requested = JSON.parse((await readText(req)) || '{}').clientId;
  } catch {
    return send(res, 400, types['.json'], JSON.stringify({ error: 'Send JSON.' }));
  }
  if (login.role === 'staff') {
    // Minted on purpose, only for a staff sign-in: a client's page can never ask for one.
    if (requested !== undefined) {
      return send(res, 403, types['.json'], JSON.stringify({ error: 'Not a client page.' }));
    }
    const { token, expiresAt } = await sessions.mintPartnerStaff({ user: 'demo-staff' });
    return send(res, 200, types['.json'], JSON.stringify({ token, expiresAt }), {
      'cache-control': 'no-store',
    });
  }
  // The page says which client it shows; a page for another client gets no session at all.
  if (requested !== undefined && requested !== login.client.id) {
    return send(res, 403, types['.json'], JSON.stringify({ error: 'Not your client.' }));
  }
  const { token, expiresAt } = await sessions.mint({
    clientId: login.client.id,
    ...(login.role === 'viewer' ? { capabilities: READ_ONLY_CAPABILITIES } : {}),
    user: `demo-${login.role}`,
  });
  send(res, 200, types['.json'], JSON.stringify({ token, expiresAt }), {
    'cache-control': 'no-store',
  });
}

/** The sign-in page; after signing in, the user lands on `next` (the page they asked for). */
async function serveSignIn(res, next) {
  const options = (await listClients())
    .map((c) => `<option value="${escapeHtml(c.id)}">${escapeHtml(c.name)}</option>`)
    .join('');
  const html = (await readFile(join(publicDir, 'signin.html'), 'utf8'))
    .replace('{{clientOptions}}', options)
    .replace('{{next}}', escapeHtml(next));
  send(res, 200, types['.html'], html);
}

/** This portal's origin as the browser reached it, for addresses the Hub sends the browser back to. */
function originOf(req) {
  const host = req.headers.host ?? '';
  return /^[\w.-]+(:\d+)?$/.test(host) ? `http://${host}` : 'http://localhost';
}

async function servePage(req, res, file, login, url) {
  if (!login || file.endsWith(`${sep}signin.html`)) {
    const next = file.endsWith(`${sep}signin.html`) ? '/' : url.pathname + url.search;
    return serveSignIn(res, next);
  }
  // Staff pages and client pages never mix: each sign-in sees its own pages only.
  const staffPage = file.endsWith(`${sep}partner.html`);
  if ((login.role === 'staff') !== staffPage) {
    return redirect(res, login.role === 'staff' ? '/partner.html' : '/');
  }
  if (staffPage) {
    const page = (await readFile(file, 'utf8')).replaceAll('{{partnerId}}', DEMO_PARTNER_ID);
    return send(res, 200, types['.html'], page);
  }
  let html = (await readFile(file, 'utf8'))
    .replaceAll('{{partnerId}}', DEMO_PARTNER_ID)
    .replaceAll('{{clientId}}', escapeHtml(login.client.id))
    .replaceAll('{{clientName}}', escapeHtml(login.client.name))
    .replaceAll('{{role}}', login.role)
    // Onboarding: the Hub's pages (the emulator's) and the page they send the result back to.
    .replaceAll('{{hubOrigin}}', new URL(hubServer.url).origin)
    .replaceAll('{{portalOrigin}}', originOf(req))
    // The portal's own configuration: the Hub sets the payment type per partner account.
    .replaceAll('{{paymentType}}', demoPaymentType(login.client.id) ?? '');
  if (html.includes('{{wabaId}}')) {
    html = html.replaceAll('{{wabaId}}', escapeHtml(await wabaOf(login.client.id)));
  }
  send(res, 200, types['.html'], html);
}

/** The decoded path, or `undefined` for a bad %-escape (or overlong UTF-8) or a NUL byte. */
function decodePath(pathname) {
  try {
    const path = decodeURIComponent(pathname);
    return path.includes('\0') ? undefined : path;
  } catch {
    return undefined;
  }
}

const notAllowed = (res, allow) => send(res, 405, 'text/plain', 'Method not allowed', { allow });

/** The request's URL on this site; `//host/…` stays a path here, never another origin. */
function urlOf(req) {
  try {
    const target = req.url ?? '/';
    return new URL(target.startsWith('/') ? `http://portal.local${target}` : target);
  } catch {
    return undefined;
  }
}

async function handle(req, res) {
  if (await serveNodeRequest(webhooks, req, res)) return;
  if (await serveNodeRequest(proxy, req, res)) return;
  const url = urlOf(req);
  if (!url) return send(res, 400, 'text/plain', 'Bad request: malformed URL');
  const login = loginOf(req);
  const portalAction = ['/portal/signin', '/portal/signout', '/portal/session'].includes(
    url.pathname,
  );
  if (portalAction && req.method !== 'POST') return notAllowed(res, 'POST');
  if (url.pathname === '/portal/signin') return signIn(req, res);
  if (url.pathname === '/portal/signout') {
    if (login) logins.delete(login.id);
    return redirect(res, '/', { 'set-cookie': `${cookieName}=; Path=/; Max-Age=0` });
  }
  if (url.pathname === '/portal/session') return mintSession(req, res, login);
  // Everything else is a page or a file: read-only.
  const reading = req.method === 'GET' || req.method === 'HEAD';
  // The drop-in and the translation files it fetches from beside itself.
  if (/^\/hub-elements(-[\w-]+)?\.js(\.map)?$/.test(url.pathname)) {
    if (!reading) return notAllowed(res, 'GET, HEAD');
    const file = join(elementsDist, url.pathname.slice(1));
    try {
      return send(res, 200, types[extname(file)], await readFile(file));
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
      // `npm start` builds it first; running this file straight after a clone does not.
      return send(res, 503, 'text/plain', 'hub-elements.js is not built yet: run `npm start`.');
    }
  }
  // Browsers ask for /favicon.ico whatever the pages say; the icon is an SVG.
  const asked = url.pathname === '/favicon.ico' ? '/favicon.svg' : url.pathname;
  const path = asked === '/' ? '/index.html' : decodePath(asked);
  if (path === undefined) return send(res, 400, 'text/plain', 'Bad request: malformed path');
  const file = normalize(join(publicDir, path));
  if (!file.startsWith(publicDir.endsWith(sep) ? publicDir : publicDir + sep)) {
    return send(res, 403, 'text/plain', 'Forbidden');
  }
  if (!reading) {
    // 405 for a file that is there; a path that leads nowhere is a 404 whatever the method.
    const exists = await stat(file).then(
      (s) => s.isFile(),
      () => false,
    );
    return exists ? notAllowed(res, 'GET, HEAD') : send(res, 404, 'text/plain', 'Not found');
  }
  try {
    if (extname(file) === '.html') return await servePage(req, res, file, login, url);
    return send(res, 200, types[extname(file)] ?? 'application/octet-stream', await readFile(file));
  } catch (error) {
    if (error.code === 'ENOENT' || error.code === 'EISDIR') {
      return send(res, 404, 'text/plain', 'Not found');
    }
    throw error;
  }
}
const server = createServer((req, res) => {
  for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
  handle(req, res).catch((error) => {
    if (error instanceof ClientError && !res.headersSent) {
      // Unread input is left behind: close the connection rather than read it.
      return send(res, error.status, 'text/plain', error.message, { connection: 'close' });
    }
    console.error(error);
    if (!res.headersSent) send(res, 500, 'text/plain', 'Internal error');
    else res.end();
  });
});

/**
 * Registers this portal's webhook URL with the Hub, as a partner does once in its settings. The
 * emulator runs in this process, so loopback always reaches the portal.
 */
async function registerWebhookUrl() {
  const { address, port } = server.address();
  const host = ['0.0.0.0', '::'].includes(address) ? '127.0.0.1' : address;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const response = await fetch(`${hubServer.url}/partners/${DEMO_PARTNER_ID}/webhook_url`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': DEMO_API_KEY },
    body: JSON.stringify({
      webhook_url: `${origin}${webhooks.basePath}?secret=${encodeURIComponent(webhookSecret)}`,
    }),
  });
  if (!response.ok) throw new Error(`Hub answered ${response.status} to the webhook URL`);
}

/** Takes the requested port, or the next free one, so a second portal does not just crash. */
function listen(port, attemptsLeft = 20) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && attemptsLeft > 0) return listen(port + 1, attemptsLeft - 1);
    console.error(`Could not start the portal: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, args.host, async () => {
    try {
      await registerWebhookUrl();
    } catch (error) {
      // The portal works without live updates: pages fall back to reading again.
      console.error(`Live updates are off: ${error.message}`);
    }
    const url = `http://localhost:${server.address().port}/`;
    // The portal's URL comes first: it is the one to open.
    console.log(`\nPartner portal: ${url}`);
    console.log(`Hub emulator:   ${hubServer.url} (partner ${DEMO_PARTNER_ID})`);
    console.log('\nPress Ctrl-C to stop.');
  });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    server.close();
    server.closeAllConnections();
    await hubServer.close();
    process.exit(0);
  });
}

listen(Number(args.port));
