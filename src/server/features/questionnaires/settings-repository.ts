/**
 * Where the questionnaire settings live: the days before a visit in the clinic's operational
 * settings (`clinics.operations`, src/domain/shared/operations.ts), the licensed HIT-6 wording in
 * its own table (one row per clinic, none without a licence).
 */
import { sql } from "kysely";
import type { Executor } from "../../shared/executor.ts";

export interface StoredHit6Wording {
  readonly licence: string;
  readonly items: string[];
  readonly options: string[];
  readonly updatedAt: string;
  readonly updatedBy: { readonly userId: string; readonly name: string };
}

/** The clinic's licensed HIT-6 wording with who last set it; undefined without one. */
export async function findHit6Wording(db: Executor, clinicId: string): Promise<StoredHit6Wording | undefined> {
  const row = await db
    .selectFrom("hit6_licensed_wording as w")
    .innerJoin("users", "users.id", "w.updated_by")
    .select(["w.licence", "w.items", "w.options", "w.updated_at", "w.updated_by", "users.name"])
    .where("w.clinic_id", "=", clinicId)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return { licence: row.licence, items: row.items, options: row.options, updatedAt: row.updated_at, updatedBy: { userId: row.updated_by, name: row.name } };
}

/** Sets (or replaces) the clinic's licensed HIT-6 wording. */
export async function saveHit6Wording(db: Executor, clinicId: string, wording: { licence: string; items: readonly string[]; options: readonly string[] }, userId: string, now: Date): Promise<void> {
  const values = { licence: wording.licence, items: JSON.stringify(wording.items), options: JSON.stringify(wording.options), updated_at: now.toISOString(), updated_by: userId };
  await db
    .insertInto("hit6_licensed_wording")
    .values({ clinic_id: clinicId, ...values })
    .onConflict((oc) => oc.column("clinic_id").doUpdateSet(values))
    .execute();
}

/** Removes the clinic's HIT-6 wording (the licence ended, or it was pasted by mistake). */
export async function removeHit6Wording(db: Executor, clinicId: string): Promise<void> {
  await db.deleteFrom("hit6_licensed_wording").where("clinic_id", "=", clinicId).execute();
}

/** Sets one operational setting of the clinic, keeping the others; false when there is no such clinic. */
export async function setOperation(db: Executor, clinicId: string, name: string, value: number): Promise<boolean> {
  const result = await db
    .updateTable("clinics")
    .set({ operations: sql`operations || jsonb_build_object(${name}::text, ${value}::integer)` as unknown as string })
    .where("id", "=", clinicId)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
