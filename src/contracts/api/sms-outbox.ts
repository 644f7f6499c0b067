/**
 * The SMS outbox's drain (issue 9 §6, ADR 0022): an SMS gateway the clinic runs pulls the text
 * messages waiting in the notification outbox, sends them through its provider, and says how each
 * went. Not a person's route: the gateway holds `Authorization: Bearer <SMS_GATEWAY_TOKEN>` and
 * no session. Without SMS_GATEWAY_TOKEN every route answers 404 (the server sends no text
 * messages); a missing or wrong token answers 401.
 */
import { z } from "zod";
import { idSchema, okSchema } from "./common.ts";
import type { RouteContract } from "./route-contract.ts";

/** The most messages one claim hands out. */
export const SMS_CLAIM_MAX = 100;

export const smsClaimBodySchema = z
  .object({
    /** How many messages the gateway takes now, 1 to 100. */
    limit: z.number().int("must be a whole number").min(1, "must be 1 or more").max(SMS_CLAIM_MAX, `must be at most ${SMS_CLAIM_MAX}`),
  })
  .strict();

export const smsMessageSchema = z.object({
  /** The outbox row: acknowledge it with /sent or /failed. */
  id: idSchema,
  /** The mobile number, E.164 ("+447700900123"). */
  to: z.string(),
  /** The whole text to send: plain words and a link, never health data. */
  text: z.string(),
});
export type SmsMessage = z.infer<typeof smsMessageSchema>;

export const smsClaimSchema = z.object({
  messages: z.array(smsMessageSchema),
  /** How long the claim holds: a message not acknowledged by then is handed out again. */
  leaseSeconds: z.number().int(),
});
export type SmsClaim = z.infer<typeof smsClaimSchema>;

export const smsMessageParamsSchema = z.object({ id: idSchema });

export const smsFailedBodySchema = z
  .object({
    /** A short code for the failure (provider-timeout, invalid-number, 30003): never the number nor the provider's message. */
    reason: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, "must be a short code of letters, digits, dots, dashes or underscores (at most 40), such as provider-timeout")
      // Administrators see the code in the outbox: a phone number must not end up there.
      .refine((reason) => !/[0-9]{7}/.test(reason), "must not hold a phone number (7 digits in a row)"),
    /** True when trying again cannot help (the number does not exist): the message is given up at once. */
    permanent: z.boolean().optional(),
  })
  .strict();

const GATEWAY = "SMS gateway only: Authorization: Bearer SMS_GATEWAY_TOKEN, no session; 404 when the server has no SMS gateway";

export const smsOutboxRoutes = {
  claimSmsMessages: { method: "POST", path: "/api/sms-outbox/claim", summary: `Claim up to limit text messages to send, each for a lease (${GATEWAY})`, access: "public", body: smsClaimBodySchema, response: smsClaimSchema },
  smsMessageSent: { method: "POST", path: "/api/sms-outbox/:id/sent", summary: `Mark a claimed text message sent (${GATEWAY})`, access: "public", params: smsMessageParamsSchema, response: okSchema },
  smsMessageFailed: { method: "POST", path: "/api/sms-outbox/:id/failed", summary: `Report that a claimed text message was not sent: retried later with backoff, or given up (${GATEWAY})`, access: "public", params: smsMessageParamsSchema, body: smsFailedBodySchema, response: okSchema },
} as const satisfies Record<string, RouteContract>;
