/**
 * Invitation links: an administrator invites staff, a clinician invites a patient. A link is
 * single-use and expires after 7 days; the token is random and only its sha256 is stored, so
 * the link is shown once, to copy. A person who already has an account (staff elsewhere, or a
 * patient) may be invited too (ADR 0004: a user may belong to several clinics); accepting then
 * asks for that account's current password (accept-invitation.ts).
 */
import { v7 as uuidv7 } from "uuid";
import type { InvitationCreated, InvitationInfo } from "#contracts/api/invitations.ts";
import { AppError } from "../../app-error.ts";
import type { Insertable } from "kysely";
import type { InvitationsTable, Role } from "../../db/schema.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { newToken, sha256Hex } from "../../shared/tokens.ts";
import { findUserByEmail } from "../auth/users-repository.ts";
import { lockClinic } from "../setup/repository.ts";
import { findMembership, orderedRoles } from "../staff/repository.ts";
import { expireOpenStaffInvitations, findInvitationByTokenHash, insertInvitation, type InvitationWithClinic, INVITATION_MAX_FAILED_ATTEMPTS } from "./repository.ts";

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** The address people open: `<base>/invite/<token>`. */
export function invitationUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/invite/${token}`;
}

export const INVITATION_INVALID_MESSAGE = "This invitation link is no longer valid. Ask the clinic for a new one.";

async function createInvitation(
  deps: ServiceDeps,
  baseUrl: string,
  /** Checks the request inside the transaction (may throw an AppError) and makes room for the new link. */
  prepare: (tx: ServiceDeps["db"], now: string) => Promise<void>,
  /** The invitation's own fields, built after `prepare`. */
  build: () => Omit<Insertable<InvitationsTable>, "token_hash" | "expires_at" | "used_at" | "created_at">,
): Promise<InvitationCreated> {
  const now = deps.clock();
  const token = newToken();
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS).toISOString();
  await deps.db.transaction().execute(async (tx) => {
    await prepare(tx, now.toISOString());
    const row = build();
    await insertInvitation(tx, { ...row, token_hash: sha256Hex(token), expires_at: expiresAt, used_at: null, created_at: now.toISOString() });
    await audit(tx, now, { clinicId: row.clinic_id, actorUserId: row.created_by, action: `invitation.created_${row.kind}`, entity: "invitation", entityId: row.id });
  });
  return { url: invitationUrl(baseUrl, token), expiresAt };
}

/**
 * Invites a person to the clinic's staff by email. Refused when that person is already on this
 * clinic's staff; an earlier open invitation of the same email is expired, so the new link is
 * the only one and the staff list shows the person once.
 */
export async function inviteStaff(
  deps: ServiceDeps,
  request: { clinicId: string; actorUserId: string; baseUrl: string },
  input: { name: string; email: string; roles: readonly Role[] },
): Promise<InvitationCreated> {
  const email = input.email.toLowerCase();
  return createInvitation(
    deps,
    request.baseUrl,
    async (tx, now) => {
      // Two administrators inviting the same email at once: one waits for the other.
      await lockClinic(tx, request.clinicId);
      const user = await findUserByEmail(tx, email);
      const membership = user === undefined ? undefined : await findMembership(tx, request.clinicId, user.id);
      if (membership?.deactivatedAt === null) {
        throw new AppError("conflict", "This person is already on the clinic's staff.", { issues: [{ path: "email", message: "is already on the staff" }] });
      }
      if (membership !== undefined) {
        throw new AppError("conflict", "This person was deactivated. Reactivate them in the staff list instead.", { issues: [{ path: "email", message: "belongs to a deactivated member: reactivate them instead" }] });
      }
      await expireOpenStaffInvitations(tx, request.clinicId, email, now);
    },
    () => {
      const roles = orderedRoles(input.roles);
      return { clinic_id: request.clinicId, id: uuidv7(), kind: "staff", patient_id: null, email, name: input.name, role: roles[0] ?? "clinician", roles: JSON.stringify(roles), created_by: request.actorUserId };
    },
  );
}

export async function invitePatient(
  deps: ServiceDeps,
  request: { clinicId: string; patientId: string; actorUserId: string; baseUrl: string },
): Promise<InvitationCreated> {
  let name = "";
  return createInvitation(
    deps,
    request.baseUrl,
    async (tx) => {
      const patient = await loadPatientOrNotFound(tx, request.clinicId, request.patientId);
      if (patient.user_id !== null) throw new AppError("conflict", "This patient already has an account.");
      name = patient.name;
    },
    () => ({ clinic_id: request.clinicId, id: uuidv7(), kind: "patient", patient_id: request.patientId, email: null, name, role: null, created_by: request.actorUserId }),
  );
}

/** The invitation of a token if it can still be used (not used, not expired), else `invitation_invalid`. */
export async function findUsableInvitation(db: Executor, token: string, now: Date): Promise<InvitationWithClinic> {
  const invitation = await findInvitationByTokenHash(db, sha256Hex(token));
  if (
    invitation === undefined ||
    invitation.used_at !== null ||
    invitation.revoked_at !== null ||
    invitation.expires_at <= now.toISOString() ||
    invitation.failed_attempts >= INVITATION_MAX_FAILED_ATTEMPTS
  ) {
    throw new AppError("invitation_invalid", INVITATION_INVALID_MESSAGE);
  }
  return invitation;
}

/** What an invitation is for, if it can still be used. */
export async function describeInvitation(deps: ServiceDeps, token: string): Promise<InvitationInfo> {
  const invitation = await findUsableInvitation(deps.db, token, deps.clock());
  const email = invitation.kind === "staff" ? invitation.email : null;
  return {
    kind: invitation.kind,
    clinicName: invitation.clinic_name,
    name: invitation.name,
    email,
    // A patient types their email on the page, so it is known only when they accept.
    existingAccount: email !== null && (await findUserByEmail(deps.db, email)) !== undefined,
    expiresAt: invitation.expires_at,
  };
}
