import type { Route } from '../context.js';
import { json } from '../respond.js';
import type { TokenStore } from '../auth.js';

/** `POST /token`: username and password for a Bearer token, like the real Partner API. */
export function tokenRoutes(tokens: TokenStore): Route[] {
  return [
    {
      method: 'POST',
      pattern: '/token',
      async handle(ctx) {
        const body = (await ctx.body()) as { username?: unknown; password?: unknown } | undefined;
        if (body?.username !== ctx.options.username || body.password !== ctx.options.password) {
          return json(
            { error: 'invalid_grant', error_description: 'Incorrect username or password' },
            401,
          );
        }
        return json({ access_token: tokens.issue(ctx.now), token_type: 'bearer' });
      },
    },
  ];
}
