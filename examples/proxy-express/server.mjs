// A partner backend on Express: the Hub proxy as middleware next to the app's own routes.
//   POST /session        mints a session for the signed-in user's client → { token, expiresAt }
//   /hub-api/…           the Hub proxy the browser's Hub Elements talk to
// Without HUB_API_KEY it runs against an in-process Hub emulator, so it works with no account.
//
//   node examples/proxy-express/server.mjs [--port 3000]
import express from 'express';
import { parseArgs } from 'node:util';
import { createHubProxy, createHubSessions } from '@hub/server';
import { createExpressMiddleware } from '@hub/server/express';
import { createEmulator, DEMO_API_KEY, DEMO_PARTNER_ID } from '@hub/emulator';

const { values: args } = parseArgs({
  options: { port: { type: 'string', default: process.env.PORT ?? '3000' } },
});

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
  secret: process.env.HUB_SESSION_SECRET ?? 'example-only-secret-change-me-0123456789',
  ...(hub ? { hubBaseUrl: 'http://hub.emulator/api/v2' } : {}),
});

const app = express();
app.disable('x-powered-by');
// The proxy reads its own bodies; the app's JSON parser runs after it (it would work either way).
app.use(
  createExpressMiddleware(
    createHubProxy({
      sessions,
      basePath: '/hub-api',
      // Profiles and commerce settings need each number's stored Messaging API key; a real
      // backend reads it from its own key store. The emulator hands them out.
      ...(hub
        ? {
            fetch: hub.fetch,
            messagingBaseUrl: 'http://hub.emulator',
            channelApiKey: (channelId) => keyOf(hub, channelId),
          }
        : {}),
    }),
  ),
);
app.use(express.json());

/** Stands in for your own login middleware (passport, a session cookie, …). */
app.use((req, _res, next) => {
  const clientId = process.env.HUB_CLIENT_ID ?? hub?.state.clients[0]?.id;
  req.user = clientId ? { id: 'demo-user', clientId } : undefined;
  next();
});

app.post('/session', async (req, res) => {
  if (!req.user) return res.status(401).json({ error: 'Sign in first.' });
  const { token, expiresAt } = await sessions.mint({
    clientId: req.user.clientId,
    user: req.user.id,
  });
  res.set('cache-control', 'no-store').json({ token, expiresAt });
});

const server = app.listen(Number(args.port), '127.0.0.1', () => {
  console.log(`Partner backend listening on http://127.0.0.1:${server.address().port}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => server.close());
