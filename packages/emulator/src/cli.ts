#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { DEMO_API_KEY, DEMO_PARTNER_ID, DEMO_PASSWORD, DEMO_USERNAME } from './options.js';
import { startEmulator } from './node.js';

const usage = `Usage: hub-emulator [--port 4010] [--host 127.0.0.1] [--seed 42] [--data file.json] [--numbers N]
                    [--review-delay ms] [--webhook-url URL] [--no-rate-limits] [--no-cors]`;

function integer(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`--${name} must be a non-negative integer, got "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      seed: { type: 'string' },
      data: { type: 'string' },
      numbers: { type: 'string' },
      'review-delay': { type: 'string' },
      'webhook-url': { type: 'string' },
      'no-rate-limits': { type: 'boolean', default: false },
      'no-cors': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const review = integer('review-delay', values['review-delay']);
  const server = await startEmulator({
    port: integer('port', values.port),
    host: values.host,
    seed: integer('seed', values.seed),
    numbers: integer('numbers', values.numbers),
    ...(values.data === undefined ? {} : { dataFile: values.data }),
    ...(review === undefined ? {} : { templateReviewDelayMs: review }),
    ...(values['webhook-url'] === undefined ? {} : { webhookUrl: values['webhook-url'] }),
    rateLimits: !values['no-rate-limits'],
    cors: !values['no-cors'],
  });
  console.log(`Hub emulator listening on ${server.url}`);
  console.log(
    `  Messaging API ${server.messagingUrl} (D360-API-KEY: a channel key from POST …/api_keys)`,
  );
  console.log(`  partner ID  ${DEMO_PARTNER_ID}`);
  console.log(`  X-API-Key   ${DEMO_API_KEY}`);
  console.log(`  POST /token {"username":"${DEMO_USERNAME}","password":"${DEMO_PASSWORD}"}`);
  if (values.data) console.log(`  state file  ${values.data}`);
  const webhookUrl = server.emulator.state.webhookUrl;
  // Without the query, where a partner keeps its secret.
  if (webhookUrl) console.log(`  webhooks to ${webhookUrl.replace(/[?#].*$/, '')}`);
  const stop = (): void => {
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error(usage);
  process.exit(1);
});
