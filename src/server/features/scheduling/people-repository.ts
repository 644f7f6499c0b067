/** Names for the scheduling views: injectors (users) and patients of one clinic, by id. */
import type { Executor } from "../../shared/executor.ts";

export async function userNames(db: Executor, userIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom("users").select(["id", "name"]).where("id", "in", ids).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function patientNames(db: Executor, clinicId: string, patientIds: readonly string[]): Promise<Map<string, { name: string; recordNumber: string | null }>> {
  const ids = [...new Set(patientIds)];
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom("patients").select(["id", "name", "record_number"]).where("clinic_id", "=", clinicId).where("id", "in", ids).execute();
  return new Map(rows.map((row) => [row.id, { name: row.name, recordNumber: row.record_number }]));
}

export async function clinicName(db: Executor, clinicId: string): Promise<string> {
  const row = await db.selectFrom("clinics").select("name").where("id", "=", clinicId).executeTakeFirst();
  return row?.name ?? "";
}
