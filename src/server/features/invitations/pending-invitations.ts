/**
 * An administrator's view of the clinic's invitations not yet accepted (who, for what, sent when,
 * expires when), with revoke (the link stops working at once) and resend (a new link with a new
 * expiry replaces the old one, which stops working). Resending gives the new link to copy, as
 * inviting does.
 */
import { v7 as uuidv7 } from "uuid";
import type { InvitationCreated, PendingInvitation } from "#contracts/api/invitations.ts";
import { AppError } from "../../app-error.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { newToken, sha256Hex } from "../../shared/tokens.ts";
import { lockClinic } from "../setup/repository.ts";
import { orderedRoles } from "../staff/repository.ts";
import { INVITATION_LIFETIME_MS, invitationUrl } from "./invitations.ts";
import { findInvitationForUpdate, insertInvitation, listPendingInvitations as pendingRows, revokeInvitationRow } from "./repository.ts";

const NO_SUCH_INVITATION = () => new AppError("not_found", "No such invitation waiting to be accepted.");

export async function listPendingInvitations(deps: ServiceDeps, clinicId: string): Promise<PendingInvitation[]> {
  const rows = await pendingRows(deps.db, clinicId, deps.clock().toISOString());
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    name: row.name,
    email: row.email,
    roles: row.kind === "staff" ? orderedRoles(row.roles ?? (row.role === null ? [] : [row.role])) : [],
    sentAt: new Date(row.created_at).toISOString(),
    expiresAt: row.expires_at,
  }));
}

export async function revokeInvitation(deps: ServiceDeps, target: { clinicId: string; invitationId: string; actorUserId: string }): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (tx) => {
    if (!(await revokeInvitationRow(tx, target.clinicId, target.invitationId, now.toISOString()))) throw NO_SUCH_INVITATION();
    await audit(tx, now, { clinicId: target.clinicId, actorUserId: target.actorUserId, action: "invitation.revoked", entity: "invitation", entityId: target.invitationId });
  });
}

/** A new link for a waiting invitation (same person, same roles or patient), valid 7 days; the old link stops working. */
export async function resendInvitation(deps: ServiceDeps, target: { clinicId: string; invitationId: string; actorUserId: string; baseUrl: string }): Promise<InvitationCreated> {
  const now = deps.clock();
  const token = newToken();
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS).toISOString();
  await deps.db.transaction().execute(async (tx) => {
    await lockClinic(tx, target.clinicId);
    const old = await findInvitationForUpdate(tx, target.clinicId, target.invitationId);
    // A link spent by wrong passwords may be resent: the new one starts with none.
    if (old === undefined || old.used_at !== null || old.revoked_at !== null) throw NO_SUCH_INVITATION();
    await revokeInvitationRow(tx, target.clinicId, old.id, now.toISOString());
    const id = uuidv7();
    await insertInvitation(tx, {
      clinic_id: old.clinic_id,
      id,
      token_hash: sha256Hex(token),
      kind: old.kind,
      patient_id: old.patient_id,
      email: old.email,
      name: old.name,
      role: old.role,
      roles: old.roles === null ? null : JSON.stringify(old.roles),
      created_by: target.actorUserId,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      used_at: null,
    });
    await audit(tx, now, { clinicId: target.clinicId, actorUserId: target.actorUserId, action: "invitation.resent", entity: "invitation", entityId: id });
  });
  return { url: invitationUrl(target.baseUrl, token), expiresAt };
}

