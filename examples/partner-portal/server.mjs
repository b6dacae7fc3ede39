// The demo partner portal's server, and a small example of what a partner backend does:
// it serves the portal's plain HTML pages and the drop-in `hub-elements.js`, mounts the Hub API
// (here the emulator) under the portal's own origin, and mints short-lived session tokens so the
// browser never holds the partner API key.
//
//   node examples/partner-portal/server.mjs [--port 8080] [--seed 42] [--data file.json]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  DEMO_API_KEY,
  DEMO_PARTNER_ID,
  DEMO_PASSWORD,
  DEMO_USERNAME,
  startEmulator,
  toNodeListener,
} from '@hub/emulator/node';

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
const dropIn = fileURLToPath(import.meta.resolve('@hub/elements/hub-elements.js'));

/** The emulator runs as its own server too (for curl, scripts, SDK experiments); the portal mounts it. */
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
const emulator = hubServer.emulator;
const api = toNodeListener(emulator.handle);

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};

/** Calls the Hub (the emulator) the way a partner backend does: server side, with the API key. */
async function hub(path, init = {}) {
  const response = await emulator.handle(
    new Request(`http://portal.internal/api/v2${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', 'x-api-key': DEMO_API_KEY, ...init.headers },
    }),
  );
  if (!response.ok) throw new Error(`Hub answered ${response.status} for ${path}`);
  return response.json();
}

async function listClients() {
  const page = await hub(`/partners/${DEMO_PARTNER_ID}/clients?limit=100&sort=name`);
  return page.clients.map((client) => ({ id: client.id, name: client.name }));
}

/** A real backend would check its own login session here and scope the token to the client. */
async function mintSessionToken() {
  const { access_token } = await hub('/token', {
    method: 'POST',
    body: JSON.stringify({ username: DEMO_USERNAME, password: DEMO_PASSWORD }),
  });
  return access_token;
}

/** The WhatsApp Business Account of a client's first number, for pages that need one (templates). */
async function wabaOf(clientId) {
  if (!clientId) return '';
  const filters = encodeURIComponent(JSON.stringify({ client_id: clientId }));
  const page = await hub(`/partners/${DEMO_PARTNER_ID}/channels?filters=${filters}&limit=1`);
  return page.partner_channels[0]?.waba_account?.id ?? '';
}

function send(res, status, type, body) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' });
  res.end(body);
}

async function servePage(res, file, url) {
  const clients = await listClients();
  const requested = url.searchParams.get('client');
  const client = clients.find((c) => c.id === requested) ?? clients[0];
  let html = (await readFile(file, 'utf8'))
    .replaceAll('{{partnerId}}', DEMO_PARTNER_ID)
    .replaceAll('{{clientId}}', client?.id ?? '');
  if (html.includes('{{wabaId}}')) html = html.replaceAll('{{wabaId}}', await wabaOf(client?.id));
  send(res, 200, types['.html'], html);
}

async function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://portal.local');
  if (url.pathname.startsWith('/api/v2/')) return api(req, res);
  if (url.pathname === '/portal/session' && req.method === 'POST') {
    return send(res, 200, types['.json'], JSON.stringify({ token: await mintSessionToken() }));
  }
  if (url.pathname === '/portal/clients') {
    return send(res, 200, types['.json'], JSON.stringify(await listClients()));
  }
  if (url.pathname === '/hub-elements.js' || url.pathname === '/hub-elements.js.map') {
    const file = url.pathname.endsWith('.map') ? `${dropIn}.map` : dropIn;
    return send(res, 200, types[extname(file)], await readFile(file));
  }
  const path = url.pathname === '/' ? '/index.html' : decodeURIComponent(url.pathname);
  const file = normalize(join(publicDir, path));
  if (!file.startsWith(publicDir.endsWith(sep) ? publicDir : publicDir + sep)) {
    return send(res, 403, 'text/plain', 'Forbidden');
  }
  try {
    if (extname(file) === '.html') return await servePage(res, file, url);
    return send(res, 200, types[extname(file)] ?? 'application/octet-stream', await readFile(file));
  } catch (error) {
    if (error.code === 'ENOENT' || error.code === 'EISDIR') {
      return send(res, 404, 'text/plain', 'Not found');
    }
    throw error;
  }
}

const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) send(res, 500, 'text/plain', 'Internal error');
    else res.end();
  });
});

/** Takes the requested port, or the next free one, so a second portal does not just crash. */
function listen(port, attemptsLeft = 20) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && attemptsLeft > 0) return listen(port + 1, attemptsLeft - 1);
    console.error(`Could not start the portal: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, args.host, () => {
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
