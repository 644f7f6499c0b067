/**
 * Accepting an invitation, in one transaction: for a new email, creates the account with the
 * chosen password; for an email that already has an account (ADR 0004: a user may belong to
 * several clinics), checks that account's current password instead. Then adds the staff
 * membership or links the patient, marks the invitation used and signs in. The invitation is
 * claimed with an atomic update, so of two concurrent accepts exactly one succeeds.
 *
 * The cheap checks (the link is usable, an email is given) come before any argon2 work, and a
 * wrong current password counts against the sign-in limit, so a link cannot be used to guess
 * passwords. An existing account with two-factor sign-in joins, but gets no session from its
 * password: the answer is the sign-in's second step, as at the sign-in page (no bypass of the code).
 */
import { v7 as uuidv7 } from "uuid";
import { AppError, invalidField } from "../../app-error.ts";
import type { UserRow } from "../../db/schema.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { isUniqueViolation, type Executor } from "../../shared/executor.ts";
import { sha256Hex } from "../../shared/tokens.ts";
import { loadMe } from "../auth/me.ts";
import { refuseWeakPassword, type AdviceLanguage } from "../auth/password-strength.ts";
import { hashPassword, verifyPassword } from "../auth/passwords.ts";
import { startSession } from "../auth/sessions.ts";
import { isChallenge, startChallenge } from "../auth/two-factor-challenge.ts";
import type { TwoFactorChallenge } from "#contracts/api/auth.ts";
import { keepAsFailure, reserveSignInAttempt, signInSucceeded, takeBackAttempt } from "../auth/sign-in-limit.ts";
import { isDemoAccount, type SignedIn } from "../auth/sign-in.ts";
import { countFailedSignIn, findUserByEmail, insertUser } from "../auth/users-repository.ts";
import { findPatientOfUser, linkPatientToUser } from "../patients/repository.ts";
import { findMembership, insertMembership } from "../staff/repository.ts";
import { findUsableInvitation, INVITATION_INVALID_MESSAGE } from "./invitations.ts";
import { claimInvitation, countFailedInvitationAttempt, type InvitationWithClinic } from "./repository.ts";

const EMAIL_TAKEN = () =>
  new AppError("conflict", "An account with this email was created meanwhile. Open the link again and enter that account's password.", {
    issues: [{ path: "email", message: "already has an account" }],
  });

const ALREADY_A_PATIENT = () =>
  new AppError("conflict", "This account already signs in as a patient. Use another email for this invitation.", {
    issues: [{ path: "email", message: "already signs in as a patient" }],
  });

/** Who accepts: a new account to create, or an existing one whose password was checked. */
type Acceptor = { kind: "new"; email: string; passwordHash: string } | { kind: "existing"; user: UserRow };

/** Accepts for an account without two-factor sign-in (tests and tools); `conflict` when the code would be asked. */
export async function acceptInvitation(deps: ServiceDeps, token: string, input: { email?: string | undefined; password: string }, client: { ip: string }): Promise<SignedIn> {
  const answer = await acceptInvitationAnswer(deps, token, input, client);
  if (isChallenge(answer)) throw new AppError("conflict", "This account signs in with a second factor: use the code step.");
  return answer;
}

/** Accepts the invitation: signed in, or (an existing account with two-factor sign-in) the code asked next. */
export async function acceptInvitationAnswer(
  deps: ServiceDeps,
  token: string,
  input: { email?: string | undefined; password: string },
  client: { ip: string; language?: AdviceLanguage },
): Promise<SignedIn | TwoFactorChallenge> {
  const now = deps.clock();
  const invitation = await findUsableInvitation(deps.db, token, now);
  const email = invitation.kind === "staff" ? invitation.email : (input.email?.toLowerCase() ?? null);
  if (email === null) throw invalidField("email", "is required");
  const existing = await findUserByEmail(deps.db, email);
  // A new account's password must be hard to guess; an existing account's is only checked.
  if (existing === undefined) await refuseWeakPassword("password", input.password, { email, name: invitation.kind === "staff" ? (invitation.name ?? undefined) : undefined }, client.language);
  const acceptor: Acceptor =
    existing === undefined
      ? { kind: "new", email, passwordHash: await hashPassword(input.password) }
      : { kind: "existing", user: await checkCurrentPassword(deps, existing, input.password, client, invitation) };
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const claimed = await claimInvitation(tx, sha256Hex(token), now.toISOString());
      if (claimed === undefined) throw new AppError("invitation_invalid", INVITATION_INVALID_MESSAGE);
      const userId =
        acceptor.kind === "existing"
          ? acceptor.user.id
          : (await insertUser(tx, { id: uuidv7(), email: acceptor.email, name: claimed.name, password_hash: acceptor.passwordHash, created_at: now.toISOString() })).id;
      if (claimed.kind === "staff") {
        if ((await findMembership(tx, claimed.clinic_id, userId)) !== undefined) throw new AppError("conflict", "This account is already on the clinic's staff (or was deactivated there). Sign in instead.");
        await insertMembership(tx, { clinic_id: claimed.clinic_id, user_id: userId, roles: claimed.roles ?? [claimed.role ?? "clinician"], created_at: now.toISOString() });
      } else {
        await linkPatient(tx, claimed.clinic_id, claimed.patient_id, userId);
      }
      await audit(tx, now, { clinicId: claimed.clinic_id, actorUserId: userId, action: `invitation.accepted_${claimed.kind}`, entity: "invitation", entityId: claimed.id });
      if (acceptor.kind === "existing" && acceptor.user.totp_enabled_at !== null) return startChallenge(tx, userId, now);
      const session = await startSession(tx, userId, now);
      return { ...session, me: await loadMe(tx, userId) };
    });
  } catch (error) {
    // A concurrent accept made the account, the membership or the patient link first.
    if (isUniqueViolation(error)) throw acceptor.kind === "new" ? EMAIL_TAKEN() : new AppError("conflict", "This account was linked meanwhile. Sign in instead.");
    throw error;
  }
}

/** One account signs in as at most one patient (patients.user_id is unique). */
async function linkPatient(tx: Executor, clinicId: string, patientId: string | null, userId: string): Promise<void> {
  if ((await findPatientOfUser(tx, userId)) !== undefined) throw ALREADY_A_PATIENT();
  if (patientId === null || !(await linkPatientToUser(tx, clinicId, patientId, userId))) {
    throw new AppError("conflict", "This patient already has an account.");
  }
}

/**
 * An existing account may accept only with its current password, within the sign-in failure
 * limit. Demo accounts (published passwords) cannot join a real clinic.
 */
async function checkCurrentPassword(
  deps: ServiceDeps,
  user: UserRow,
  password: string,
  client: { ip: string },
  invitation: InvitationWithClinic,
): Promise<UserRow> {
  const now = deps.clock();
  const attempt = { email: user.email, ip: client.ip };
  const reservation = await reserveSignInAttempt(deps.db, attempt, now, uuidv7());
  if (!(await verifyPassword(user.password_hash, password))) {
    await keepAsFailure(deps.db, now);
    await countFailedSignIn(deps.db, user.id, now.toISOString());
    await countFailedInvitationAttempt(deps.db, invitation.id, invitation.clinic_id);
    // Worded so as not to confirm that the email has an account (issue 7, finding 8).
    throw new AppError("invalid_credentials", "That email and password do not go together. If this email has a Cephalog account, enter its password.", {
      issues: [{ path: "password", message: "does not go with this email" }],
    });
  }
  // With two-factor sign-in the password is only the first step (sign-in.ts): the pair's failures stay.
  await (user.totp_enabled_at === null ? signInSucceeded(deps.db, reservation, now) : takeBackAttempt(deps.db, reservation));
  if (!invitation.clinic_is_demo && isDemoAccount(await loadMe(deps.db, user.id))) {
    throw new AppError("conflict", "A demo account cannot join a clinic. Use another email.", { issues: [{ path: "email", message: "is a demo account" }] });
  }
  return user;
}
