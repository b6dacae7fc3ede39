// A partner backend on plain node:http, the smallest complete use of @hub/server:
//   POST /session        mints a session for the signed-in user's client → { token, expiresAt }
//   /hub-api/…           the Hub proxy the browser's Hub Elements talk to
// Without HUB_API_KEY it runs against an in-process Hub emulator, so it works with no account.
//
//   node examples/proxy-node/server.mjs [--port 3000]
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createHubProxy, createHubSessions } from '@hub/server';
import { serveNodeRequest } from '@hub/server/node';
import { createEmulator, DEMO_API_KEY, DEMO_PARTNER_ID } from '@hub/emulator';

const { values: args } = parseArgs({
  options: { port: { type: 'string', default: process.env.PORT ?? '3000' } },
});

// Real Hub when configured; otherwise an emulator stands in for it (its fetch is the "network").
const hub = process.env.HUB_API_KEY ? undefined : createEmulator();
/** The number's Messaging API key, or `undefined` while it has none (not running yet). */
function keyOf(emulator, channelId) {
  try {
    return emulator.channelApiKey(channelId);
  } catch {
    return undefined;
  }
}

const sessions = createHubSessions({
  partnerId: process.env.HUB_PARTNER_ID ?? DEMO_PARTNER_ID,
  apiKey: process.env.HUB_API_KEY ?? DEMO_API_KEY,
  // In production: a long random secret from your secret store, the same on every instance.
  secret: process.env.HUB_SESSION_SECRET ?? 'example-only-secret-change-me-0123456789',
  ...(hub ? { hubBaseUrl: 'http://hub.emulator/api/v2' } : {}),
});
const proxy = createHubProxy({
  sessions,
  basePath: '/hub-api',
  // Business profiles and commerce settings need each number's stored Messaging API key; a real
  // backend reads it from where it keeps the keys it created. The emulator hands them out.
  ...(hub
    ? {
        fetch: hub.fetch,
        messagingBaseUrl: 'http://hub.emulator',
        channelApiKey: (channelId) => keyOf(hub, channelId),
      }
    : {}),
  onRequest: ({ session, operation, status, ms }) =>
    console.log(`${session?.clientId ?? '-'} ${operation ?? '-'} ${status} ${ms} ms`),
});

/** Stands in for your own login: here every visitor is a user of the first demo client. */
function currentUser() {
  const clientId = process.env.HUB_CLIENT_ID ?? hub?.state.clients[0]?.id;
  return clientId ? { id: 'demo-user', clientId } : undefined;
}

const server = createServer(async (req, res) => {
  if (await serveNodeRequest(proxy, req, res)) return;
  if (req.url === '/session' && req.method === 'POST') {
    const user = currentUser();
    if (!user) {
      res.writeHead(401, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ error: 'Sign in first.' }));
    }
    const { token, expiresAt } = await sessions.mint({ clientId: user.clientId, user: user.id });
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    return res.end(JSON.stringify({ token, expiresAt }));
  }
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('Not found');
});

server.listen(Number(args.port), '127.0.0.1', () => {
  console.log(`Partner backend listening on http://127.0.0.1:${server.address().port}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => server.close());
