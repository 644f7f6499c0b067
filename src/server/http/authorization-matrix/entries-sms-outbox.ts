/**
 * Matrix entries of the SMS outbox's drain (ADR 0022): routes for the clinic's SMS gateway, held
 * by a bearer token and no session. The matrix's server has no SMS_GATEWAY_TOKEN, so every caller
 * gets 404 as for an address that does not exist; the token's own refusals (401, before any
 * validation) are proven in features/notifications/sms-outbox.int.test.ts.
 */
import type { MatrixEntries } from "./entry.ts";
import { NOT_FOUND, type Overrides } from "./outcomes.ts";

const GATEWAY_ONLY: Overrides = {
  why: "an SMS gateway's route, opened by SMS_GATEWAY_TOKEN only: no session reaches it, and without the token configured (as here) it does not exist",
  outcomes: { admin: NOT_FOUND, clinician: NOT_FOUND, injector: NOT_FOUND, coordinator: NOT_FOUND, "own-patient": NOT_FOUND, "other-patient": NOT_FOUND, "other-clinic-staff": NOT_FOUND, "no-session": NOT_FOUND },
};

const ANY_ID = "0193a000-0000-7000-8000-0000000000aa";
const ANY_CLAIM = "matrix-claim-token-0123";

export const smsOutboxEntries: MatrixEntries = {
  claimSmsMessages: { call: () => ({ body: { limit: 10 } }), overrides: GATEWAY_ONLY },
  smsMessageSent: { call: () => ({ params: { id: ANY_ID }, body: { claim: ANY_CLAIM } }), overrides: GATEWAY_ONLY },
  smsMessageFailed: { call: () => ({ params: { id: ANY_ID }, body: { claim: ANY_CLAIM, reason: "provider-timeout" } }), overrides: GATEWAY_ONLY },
};
