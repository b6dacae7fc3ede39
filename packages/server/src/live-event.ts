// The one place that knows what the Hub's partner webhooks look like. No 360dialog page shows a
// full payload: the envelope `{id, event, data}`, the event names and "data is the Channel object"
// come from a .NET Partner API client (about 2022); the template events' data (the template as the
// template list returns it, with `waba_account_id`) is a guess. Each assumption is a row of
// docs/api-assumptions.md (72a–72e): if the real Hub differs, change it here and only here.
import {
  CHANNEL_EVENT_TYPES,
  PARTNER_EVENT_TYPES,
  TEMPLATE_EVENT_TYPES,
  type HubLiveEvent,
} from '@hub/core';
import * as z from 'zod/mini';

/**
 * One change the Hub reported, as the browser gets it over the live stream: which kind of
 * change, and the IDs it concerns (`@hub/core`'s `HubLiveEvent`, which `client.live()` reads). It
 * never carries the changed data itself: the browser reads that again through the proxy, with
 * its own session.
 */
export type LiveEvent = HubLiveEvent;

const hubId = /^[A-Za-z0-9_-]{1,64}$/;

/** The envelope of every partner webhook. Anything else is not from the Hub: 400. */
export const webhookEnvelopeSchema = z.object({
  id: z.optional(
    z.union([z.string().check(z.minLength(1), z.maxLength(200)), z.number().check(z.int())]),
  ),
  event: z.string().check(z.regex(/^[A-Za-z0-9_.:-]{1,100}$/)),
  data: z.record(z.string(), z.unknown()),
});

/** A parsed webhook envelope. */
export type WebhookEnvelope = z.infer<typeof webhookEnvelopeSchema>;

const optionalId = z.optional(z.nullable(z.string().check(z.regex(hubId))));

/** The fields read from a Channel object (`GET …/channels` wire shape). */
const channelDataSchema = z.object({
  id: z.string().check(z.regex(hubId)),
  client_id: optionalId,
  waba_account: z.optional(z.nullable(z.object({ id: optionalId, client_id: optionalId }))),
  waba_account_id: optionalId,
});

/** The fields read from a template (template list wire shape). */
const templateDataSchema = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(512)),
  client_id: optionalId,
  waba_account_id: optionalId,
  waba_account: z.optional(z.nullable(z.object({ id: optionalId, client_id: optionalId }))),
});

/** What a webhook means for the live streams. */
export type WebhookReading =
  /** Route it to `clientId`'s streams (`event.clientId`), or to the client of `wabaAccountId`. */
  | { kind: 'client'; event: Omit<LiveEvent, 'clientId'> & { clientId: string | null } }
  /** An event this version does not route (unknown or partner-level): acknowledged, ignored. */
  | { kind: 'ignored'; reason: string }
  /** A known event whose `data` lacks what routing needs: answered 400. */
  | { kind: 'invalid'; reason: string };

const known = (list: readonly string[], name: string) => list.includes(name);

function firstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  return issue ? `data.${issue.path.join('.')}` : 'data';
}

/** Reads a parsed envelope into what the fan-out needs. `at` is the receipt time. */
export function readWebhook(envelope: WebhookEnvelope, at: string): WebhookReading {
  const { event, data } = envelope;
  if (known(CHANNEL_EVENT_TYPES, event)) {
    const parsed = channelDataSchema.safeParse(data);
    if (!parsed.success) {
      return { kind: 'invalid', reason: `${firstIssue(parsed.error)} is missing or malformed.` };
    }
    const channel = parsed.data;
    const wabaAccountId = channel.waba_account?.id ?? channel.waba_account_id ?? null;
    const clientId = channel.client_id ?? channel.waba_account?.client_id ?? null;
    if (clientId === null && wabaAccountId === null) {
      return { kind: 'invalid', reason: 'data.client_id is missing.' };
    }
    return {
      kind: 'client',
      event: { type: event, clientId, numberId: channel.id, wabaAccountId, templateName: null, at },
    };
  }
  if (known(TEMPLATE_EVENT_TYPES, event)) {
    const parsed = templateDataSchema.safeParse(data);
    if (!parsed.success) {
      return { kind: 'invalid', reason: `${firstIssue(parsed.error)} is missing or malformed.` };
    }
    const template = parsed.data;
    const wabaAccountId = template.waba_account_id ?? template.waba_account?.id ?? null;
    const clientId = template.client_id ?? template.waba_account?.client_id ?? null;
    if (clientId === null && wabaAccountId === null) {
      return { kind: 'invalid', reason: 'data.waba_account_id is missing.' };
    }
    return {
      kind: 'client',
      event: {
        type: event,
        clientId,
        numberId: null,
        wabaAccountId,
        templateName: template.name,
        at,
      },
    };
  }
  if (known(PARTNER_EVENT_TYPES, event)) {
    return { kind: 'ignored', reason: 'A partner-level event reaches no client stream.' };
  }
  return { kind: 'ignored', reason: 'An event this version does not know.' };
}
