/**
 * Accepting an invitation: sets the password, creates the account (staff with the email the
 * administrator entered; patients with the email they choose), links it, marks the invitation
 * used and signs in, all in one transaction. The invitation is claimed first with an atomic
 * update, so of two concurrent accepts exactly one succeeds.
 */
import { v7 as uuidv7 } from "uuid";
import { AppError, invalidField } from "../app-error.ts";
import { isUniqueViolation } from "../db/repositories/executor.ts";
import { claimInvitation } from "../db/repositories/invitations.ts";
import { insertMembership } from "../db/repositories/memberships.ts";
import { linkPatientToUser } from "../db/repositories/patients.ts";
import { findUserByEmail, insertUser } from "../db/repositories/users.ts";
import type { SignedIn } from "./auth.ts";
import { audit } from "./audit.ts";
import type { ServiceDeps } from "./deps.ts";
import { INVITATION_INVALID_MESSAGE } from "./invitations.ts";
import { loadMe } from "./me.ts";
import { hashPassword } from "./passwords.ts";
import { startSession } from "./sessions.ts";
import { sha256Hex } from "./tokens.ts";

const EMAIL_TAKEN = () =>
  new AppError("conflict", "An account with this email already exists. Sign in, or use another email.", {
    issues: [{ path: "email", message: "already has an account" }],
  });

export async function acceptInvitation(deps: ServiceDeps, token: string, input: { email?: string | undefined; password: string }): Promise<SignedIn> {
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock();
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const invitation = await claimInvitation(tx, sha256Hex(token), now.toISOString());
      if (invitation === undefined) throw new AppError("invitation_invalid", INVITATION_INVALID_MESSAGE);
      const email = invitation.kind === "staff" ? invitation.email : (input.email?.toLowerCase() ?? null);
      if (email === null) throw invalidField("email", "is required");
      if ((await findUserByEmail(tx, email)) !== undefined) throw EMAIL_TAKEN();
      const user = await insertUser(tx, { id: uuidv7(), email, name: invitation.name, password_hash: passwordHash, created_at: now.toISOString() });
      if (invitation.kind === "staff") {
        await insertMembership(tx, { clinic_id: invitation.clinic_id, user_id: user.id, role: invitation.role ?? "clinician", created_at: now.toISOString() });
      } else if (invitation.patient_id === null || !(await linkPatientToUser(tx, invitation.clinic_id, invitation.patient_id, user.id))) {
        throw new AppError("conflict", "This patient already has an account.");
      }
      await audit(tx, now, { clinicId: invitation.clinic_id, actorUserId: user.id, action: `invitation.accepted_${invitation.kind}`, entity: "invitation", entityId: invitation.id });
      const session = await startSession(tx, user.id, now);
      return { ...session, me: await loadMe(tx, user.id) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw EMAIL_TAKEN();
    throw error;
  }
}
