/**
 * Housekeeping (ADR 0012): deletes what has outlived its use in the tables of access, never a
 * clinical row. Expired sessions, sign-in failures older than the rate limit's window, addresses
 * an account has not signed in from for longer than the limit remembers them, and
 * invitations that expired more than 30 days ago without being used, expired two-factor
 * challenges, password-reset links a day past their expiry, and outbox messages sent more than 30
 * days ago (already emptied when sent). Text messages waiting past the point where they make
 * sense are given up (ADR 0022: emptied of number and text, the row kept for the administrators'
 * counts), so they do not pile up when no SMS gateway claims them; the log then warns, since a
 * patient who chose text messages got none. Each delete is its own short
 * statement (no transaction holds locks across them), and the log line carries counts only.
 */
import { deleteKnownAddressesBefore, deleteLoginFailuresBefore } from "../features/auth/login-failures-repository.ts";
import { deleteExpiredSessions } from "../features/auth/sessions-repository.ts";
import { SIGN_IN_LIMIT } from "../features/auth/sign-in-limit.ts";
import { deleteResetTokensExpiredBefore } from "../features/auth/password-reset-repository.ts";
import { deleteChallengesBefore } from "../features/auth/two-factor-repository.ts";
import { deleteUnusedInvitationsExpiredBefore } from "../features/invitations/repository.ts";
import { deleteSentNotificationsBefore } from "../features/notifications/repository.ts";
import { expireStaleTextMessages } from "../features/notifications/sms-outbox.ts";
import type { ServiceDeps } from "../shared/deps.ts";
import type { Executor } from "../shared/executor.ts";
import type { JobHandler } from "./worker.ts";

export const HOUSEKEEPING_QUEUE = "housekeeping";

/** Housekeeping runs again an hour after each run ends. */
export const HOUSEKEEPING_EVERY_MS = 60 * 60 * 1000;

/** An unused invitation is kept this long after it expired, so staff can still tell why a link fails. */
export const EXPIRED_INVITATION_KEPT_MS = 30 * 24 * 60 * 60 * 1000;

/** A used or expired reset link is kept a day, so a second click can still be told it expired. */
export const EXPIRED_RESET_LINK_KEPT_MS = 24 * 60 * 60 * 1000;

/** A sent message's emptied row is kept this long, to show it was delivered. */
export const SENT_NOTIFICATION_KEPT_MS = 30 * 24 * 60 * 60 * 1000;

/** How many rows one housekeeping run deleted, by kind. */
export interface HousekeepingCounts {
  readonly expiredSessions: number;
  readonly staleSignInFailures: number;
  readonly staleKnownAddresses: number;
  readonly expiredInvitations: number;
  readonly expiredChallenges: number;
  readonly expiredResetLinks: number;
  readonly sentNotifications: number;
  /** Text messages given up unsent (`sms-expired`), not deleted. */
  readonly expiredTextMessages: number;
}

/** Deletes the expired access rows as of `now`; returns the counts. */
export async function runHousekeeping(db: Executor, now: Date): Promise<HousekeepingCounts> {
  const before = (ms: number) => new Date(now.getTime() - ms).toISOString();
  const expiredSessions = await deleteExpiredSessions(db, now.toISOString());
  // The limit counts failures after the window's start (sign-in-limit.ts), so older rows are dead.
  const staleSignInFailures = await deleteLoginFailuresBefore(db, before(SIGN_IN_LIMIT.windowMs));
  const staleKnownAddresses = await deleteKnownAddressesBefore(db, before(SIGN_IN_LIMIT.knownAddressMs));
  const expiredInvitations = await deleteUnusedInvitationsExpiredBefore(db, before(EXPIRED_INVITATION_KEPT_MS));
  const expiredChallenges = await deleteChallengesBefore(db, now.toISOString());
  const expiredResetLinks = await deleteResetTokensExpiredBefore(db, before(EXPIRED_RESET_LINK_KEPT_MS));
  const sentNotifications = await deleteSentNotificationsBefore(db, before(SENT_NOTIFICATION_KEPT_MS));
  const expiredTextMessages = await expireStaleTextMessages({ db, clock: () => now });
  return { expiredSessions, staleSignInFailures, staleKnownAddresses, expiredInvitations, expiredChallenges, expiredResetLinks, sentNotifications, expiredTextMessages };
}

/** The `housekeeping` job: one run, logged as counts only (no ids, no emails). */
export function housekeepingHandler(deps: ServiceDeps): JobHandler {
  return async () => {
    const counts = await runHousekeeping(deps.db, deps.clock());
    deps.log.info({ queue: HOUSEKEEPING_QUEUE, ...counts }, "housekeeping done");
    // Counts only. Texts given up unsent usually mean no SMS gateway is claiming them (docs/operations.md).
    if (counts.expiredTextMessages > 0) deps.log.warn({ queue: HOUSEKEEPING_QUEUE, expiredTextMessages: counts.expiredTextMessages }, "text messages were given up unsent: is the SMS gateway running?");
  };
}
