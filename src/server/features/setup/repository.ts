/** Clinics: the tenant of every clinical row. */
import type { Insertable } from "kysely";
import type { ClinicRow, ClinicsTable } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";
import { ensureProducts } from "../stock/repository.ts";

/** Creates a clinic with the default product catalogue (onabotulinumtoxinA 100 U and 200 U). */
export async function insertClinic(db: Executor, clinic: Insertable<ClinicsTable>): Promise<ClinicRow> {
  const row = await db.insertInto("clinics").values(clinic).returningAll().executeTakeFirstOrThrow();
  await ensureProducts(db, row.id);
  return row;
}

/** The clinic's row; undefined when there is none. */
export async function findClinicRow(db: Executor, clinicId: string): Promise<ClinicRow | undefined> {
  return db.selectFrom("clinics").selectAll().where("id", "=", clinicId).executeTakeFirst();
}

/** Whether a real (not demo) clinic exists: the first-run setup is then done. */
export async function realClinicExists(db: Executor): Promise<boolean> {
  const row = await db.selectFrom("clinics").select("id").where("is_demo", "=", false).limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function findDemoClinic(db: Executor): Promise<ClinicRow | undefined> {
  return db.selectFrom("clinics").selectAll().where("is_demo", "=", true).executeTakeFirst();
}

/** Locks the clinic's row until the transaction ends, serialising changes that must not interleave. */
export async function lockClinic(db: Executor, clinicId: string): Promise<void> {
  await db.selectFrom("clinics").select("id").where("id", "=", clinicId).forUpdate().execute();
}
