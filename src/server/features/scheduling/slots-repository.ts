/**
 * `appointment_slots`: the live claim of a visit on its injector's slot. The primary key
 * (clinic, injector, start) is what makes double booking impossible whatever the app servers do;
 * a cancelled or moved visit gives its claim back (the visit's revisions keep the history).
 */
import type { Executor } from "../../shared/executor.ts";

export interface SlotClaim {
  readonly injectorUserId: string;
  readonly startsAt: string;
  readonly appointmentId: string;
}

/** Claims a slot; fails with a unique violation (23505) when it is taken. */
export async function insertSlotClaim(db: Executor, clinicId: string, claim: SlotClaim): Promise<void> {
  await db.insertInto("appointment_slots").values({ clinic_id: clinicId, injector_user_id: claim.injectorUserId, starts_at: claim.startsAt, appointment_id: claim.appointmentId }).execute();
}

/** The visit holding an injector's slot, if any. */
export async function findSlotClaim(db: Executor, clinicId: string, injectorUserId: string, startsAt: string): Promise<SlotClaim | undefined> {
  const row = await db
    .selectFrom("appointment_slots")
    .select(["injector_user_id", "starts_at", "appointment_id"])
    .where("clinic_id", "=", clinicId)
    .where("injector_user_id", "=", injectorUserId)
    .where("starts_at", "=", startsAt)
    .executeTakeFirst();
  return row === undefined ? undefined : { injectorUserId: row.injector_user_id, startsAt: row.starts_at, appointmentId: row.appointment_id };
}

/** Gives back the slot a visit holds (none held is fine). */
export async function releaseSlotClaim(db: Executor, clinicId: string, appointmentId: string): Promise<void> {
  await db.deleteFrom("appointment_slots").where("clinic_id", "=", clinicId).where("appointment_id", "=", appointmentId).execute();
}

/** The slots these injectors have taken in `[from, to)` (instants). */
export async function slotClaimsBetween(db: Executor, clinicId: string, injectorUserIds: readonly string[], from: string, to: string): Promise<SlotClaim[]> {
  if (injectorUserIds.length === 0) return [];
  const rows = await db
    .selectFrom("appointment_slots")
    .select(["injector_user_id", "starts_at", "appointment_id"])
    .where("clinic_id", "=", clinicId)
    .where("injector_user_id", "in", [...injectorUserIds])
    .where("starts_at", ">=", from)
    .where("starts_at", "<", to)
    .orderBy("starts_at")
    .execute();
  return rows.map((row) => ({ injectorUserId: row.injector_user_id, startsAt: row.starts_at, appointmentId: row.appointment_id }));
}

/** How many claims a visit holds (0 or 1): for tests and checks. */
export async function slotClaimsOf(db: Executor, clinicId: string, appointmentId: string): Promise<SlotClaim[]> {
  const rows = await db.selectFrom("appointment_slots").select(["injector_user_id", "starts_at", "appointment_id"]).where("clinic_id", "=", clinicId).where("appointment_id", "=", appointmentId).execute();
  return rows.map((row) => ({ injectorUserId: row.injector_user_id, startsAt: row.starts_at, appointmentId: row.appointment_id }));
}
