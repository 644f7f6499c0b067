/** Invitation links; found by the sha256 of their token, used at most once. */
import type { Insertable } from "kysely";
import type { InvitationRow, InvitationsTable } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";

export async function insertInvitation(db: Executor, invitation: Insertable<InvitationsTable>): Promise<InvitationRow> {
  return db.insertInto("invitations").values(invitation).returningAll().executeTakeFirstOrThrow();
}

export interface InvitationWithClinic extends InvitationRow {
  clinic_name: string;
  clinic_is_demo: boolean;
}

export async function findInvitationByTokenHash(db: Executor, tokenHash: string): Promise<InvitationWithClinic | undefined> {
  return db
    .selectFrom("invitations")
    .innerJoin("clinics", "clinics.id", "invitations.clinic_id")
    .selectAll("invitations")
    .select(["clinics.name as clinic_name", "clinics.is_demo as clinic_is_demo"])
    .where("invitations.token_hash", "=", tokenHash)
    .executeTakeFirst();
}

/**
 * Marks an unused, unexpired invitation used, atomically: of two concurrent accepts only one
 * gets the row back.
 */
/** Wrong passwords a link takes before it is spent. */
export const INVITATION_MAX_FAILED_ATTEMPTS = 5;

export async function claimInvitation(db: Executor, tokenHash: string, now: string): Promise<InvitationRow | undefined> {
  return db
    .updateTable("invitations")
    .set({ used_at: now })
    .where("token_hash", "=", tokenHash)
    .where("used_at", "is", null)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now)
    .where("failed_attempts", "<", INVITATION_MAX_FAILED_ATTEMPTS)
    .returningAll()
    .executeTakeFirst();
}

/** Counts a wrong password given on the invitation (it is spent after a few). */
export async function countFailedInvitationAttempt(db: Executor, invitationId: string, clinicId: string): Promise<void> {
  await db
    .updateTable("invitations")
    .set((eb) => ({ failed_attempts: eb("failed_attempts", "+", 1) }))
    .where("clinic_id", "=", clinicId)
    .where("id", "=", invitationId)
    .execute();
}

/** Staff invitations not yet accepted and still valid. */
export async function listOpenStaffInvitations(db: Executor, clinicId: string, now: string): Promise<InvitationRow[]> {
  return db
    .selectFrom("invitations")
    .selectAll()
    .where("clinic_id", "=", clinicId)
    .where("kind", "=", "staff")
    .where("used_at", "is", null)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now)
    .where("failed_attempts", "<", INVITATION_MAX_FAILED_ATTEMPTS)
    .orderBy("name")
    .execute();
}

/**
 * Ends the open staff invitations of an email in a clinic (a new one replaces them), by
 * setting their expiry to now; returns how many.
 */
export async function expireOpenStaffInvitations(db: Executor, clinicId: string, email: string, now: string): Promise<number> {
  const result = await db
    .updateTable("invitations")
    .set({ expires_at: now })
    .where("clinic_id", "=", clinicId)
    .where("kind", "=", "staff")
    .where("email", "=", email)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Deletes the invitations never used that expired before `expiredBefore` (housekeeping, ADR
 * 0012); returns how many. Used invitations stay: they tell who joined through which link.
 */
export async function deleteUnusedInvitationsExpiredBefore(db: Executor, expiredBefore: string): Promise<number> {
  const result = await db.deleteFrom("invitations").where("used_at", "is", null).where("expires_at", "<", expiredBefore).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The clinic's invitations not yet accepted and still usable, newest first. */
export async function listPendingInvitations(db: Executor, clinicId: string, now: string): Promise<InvitationRow[]> {
  return db
    .selectFrom("invitations")
    .selectAll()
    .where("clinic_id", "=", clinicId)
    .where("used_at", "is", null)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now)
    .where("failed_attempts", "<", INVITATION_MAX_FAILED_ATTEMPTS)
    .orderBy("created_at", "desc")
    .execute();
}

/** One of the clinic's invitations, locked until the transaction ends. */
export async function findInvitationForUpdate(db: Executor, clinicId: string, invitationId: string): Promise<InvitationRow | undefined> {
  return db.selectFrom("invitations").selectAll().where("clinic_id", "=", clinicId).where("id", "=", invitationId).forUpdate().executeTakeFirst();
}

/** Revokes an invitation not yet used: its link stops working; false when it was used or revoked already. */
export async function revokeInvitationRow(db: Executor, clinicId: string, invitationId: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable("invitations")
    .set({ revoked_at: now })
    .where("clinic_id", "=", clinicId)
    .where("id", "=", invitationId)
    .where("used_at", "is", null)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
