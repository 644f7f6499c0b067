/**
 * The SMS outbox's drain (issue 9 §6, ADR 0022): an SMS gateway the clinic runs pulls the text
 * messages waiting in the notification outbox, sends them through its provider, and says how each
 * went. Not a person's route: the gateway holds `Authorization: Bearer <SMS_GATEWAY_TOKEN>` and
 * no session. Without SMS_GATEWAY_TOKEN every route answers 404 (the server sends no text
 * messages); a missing or wrong token answers 401 (429 after many from one address). Each claim
 * has a token, handed out with its messages; the reports bring it back, and a report from a claim
 * that no longer holds the message (its lease ran out, another claim took it) is a 409 conflict.
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

/** A claim's token: letters, digits, dashes and underscores. */
export const smsClaimTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "must be the claim token the claim handed out with the message");

export const smsMessageSchema = z.object({
  /** The outbox row: acknowledge it with /sent or /failed. */
  id: idSchema,
  /** The token of the claim that handed it out: send it back with /sent or /failed. */
  claim: smsClaimTokenSchema,
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

/** Which claim reports: the message's current claim only. */
export const smsSentBodySchema = z.object({ claim: smsClaimTokenSchema }).strict();

/** A failure reason holds fewer than this many digits, however separated: a phone number must not get through. */
const REASON_DIGITS_AT_MOST = 6;

export const smsFailedBodySchema = z
  .object({
    claim: smsClaimTokenSchema,
    /** A short code for the failure (provider-timeout, invalid-number, 30003): never the number nor the provider's message. */
    reason: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, "must be a short code of letters, digits, dots, dashes or underscores (at most 40), such as provider-timeout")
      // Administrators see the code in the outbox: a phone number must not end up there.
      // Counted after the separators: "44.7700.900.123" is a number too.
      .refine((reason) => (reason.match(/[0-9]/g) ?? []).length <= REASON_DIGITS_AT_MOST, `must not hold a phone number (at most ${REASON_DIGITS_AT_MOST} digits in all)`),
    /** True when trying again cannot help (the number does not exist): the message is given up at once. */
    permanent: z.boolean().optional(),
  })
  .strict();

const GATEWAY = "SMS gateway only: Authorization: Bearer SMS_GATEWAY_TOKEN, no session; 404 when the server has no SMS gateway";

export const smsOutboxRoutes = {
  claimSmsMessages: { method: "POST", path: "/api/sms-outbox/claim", summary: `Claim up to limit text messages to send, each for a lease (${GATEWAY})`, access: "public", body: smsClaimBodySchema, response: smsClaimSchema },
  smsMessageSent: { method: "POST", path: "/api/sms-outbox/:id/sent", summary: `Mark a claimed text message sent, with its claim's token (${GATEWAY})`, access: "public", params: smsMessageParamsSchema, body: smsSentBodySchema, response: okSchema },
  smsMessageFailed: { method: "POST", path: "/api/sms-outbox/:id/failed", summary: `Report that a claimed text message was not sent: retried later with backoff, or given up (${GATEWAY})`, access: "public", params: smsMessageParamsSchema, body: smsFailedBodySchema, response: okSchema },
} as const satisfies Record<string, RouteContract>;
