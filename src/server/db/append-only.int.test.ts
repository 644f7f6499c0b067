/**
 * The database itself keeps clinical records append-only (ADR 0005, 0011, 0012): UPDATE, DELETE
 * and TRUNCATE on the revision tables and on preventive_trials are refused whatever the code asks,
 * while inserting new revisions still works.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import { insertUser } from "../features/auth/users-repository.ts";
import { insertClinic } from "../features/setup/repository.ts";
import { openPostgres } from "./postgres.ts";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "./testing.ts";

const APPEND_ONLY_TABLES = ["diary_revisions", "clinical_history_revisions", "preventive_trial_revisions", "preventive_trials", "clinical_records", "clinical_record_revisions"] as const;

describe.each(testDatabaseKinds())("append-only clinical records on %s", (kind) => {
  let t: TestDatabase;
  const clinicId = uuidv7();
  const patientId = uuidv7();
  const userId = uuidv7();
  const trialId = uuidv7();
  const recordId = uuidv7();

  beforeAll(async () => {
    t = await openTestDatabase(kind);
    await insertClinic(t.db, { id: clinicId, name: "Append Clinic", time_zone: "Europe/London" });
    await insertUser(t.db, { id: userId, email: `clinician.${userId}@example.test`, name: "Clin Ician", password_hash: "x" });
    await t.db.insertInto("patients").values({ clinic_id: clinicId, id: patientId, name: "Ada Record", birth_date: "1980-01-01", time_zone: "Europe/London", user_id: null }).execute();
    await insertOneOfEach(1);
  });
  afterAll(() => t.close());

  async function insertOneOfEach(revision: number): Promise<void> {
    const at = new Date(Date.UTC(2026, 10, 26, 9, revision)).toISOString();
    await t.db
      .insertInto("diary_revisions")
      .values({ clinic_id: clinicId, patient_id: patientId, id: uuidv7(), date: "2026-11-25", answers: JSON.stringify({ headache: revision === 1 }), recorded_at: at, received_at: at, entered_by: "staff", entered_by_user_id: userId, source: "app", late: true })
      .execute();
    await t.db
      .insertInto("clinical_history_revisions")
      .values({ clinic_id: clinicId, patient_id: patientId, id: uuidv7(), chronic_migraine_since: null, botulinum_hypersensitivity: false, injection_site_infection: null, overuse_managed: null, no_preventives_tried: false, revision, recorded_at: at, recorded_by: userId })
      .execute();
    if (revision === 1) await t.db.insertInto("preventive_trials").values({ clinic_id: clinicId, id: trialId, patient_id: patientId, created_at: at }).execute();
    await t.db
      .insertInto("preventive_trial_revisions")
      .values({ clinic_id: clinicId, trial_id: trialId, revision, name: "Topiramate", class: "antiepileptic", start_date: "2026-01-01", end_date: null, outcome: "ineffective", status: "active", recorded_at: at, recorded_by: userId })
      .execute();
    if (revision === 1) await t.db.insertInto("clinical_records").values({ clinic_id: clinicId, id: recordId, patient_id: patientId, kind: "other-toxin-dose", created_at: at, created_by: userId }).execute();
    await t.db
      .insertInto("clinical_record_revisions")
      .values({
        clinic_id: clinicId, record_id: recordId, revision, patient_id: patientId, kind: "other-toxin-dose", status: "active", effective_date: "2026-11-20",
        content: JSON.stringify({ date: "2026-11-20", units: 100 * revision, indication: "spasticity", reportedInSessionId: null }),
        reason: revision === 1 ? null : "units corrected from the other clinic's letter", source: "app", recorded_at: at, recorded_by: userId,
      })
      .execute();
  }

  async function counts(): Promise<Record<string, number>> {
    const result: Record<string, number> = {};
    for (const table of APPEND_ONLY_TABLES) {
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.id(table)}`.execute(t.db);
      result[table] = rows[0]?.n ?? -1;
    }
    return result;
  }

  describe.each(APPEND_ONLY_TABLES)("%s", (table) => {
    it("refuses an UPDATE with a clear error and changes nothing", async () => {
      const before = await counts();
      const statement = sql`UPDATE ${sql.id(table)} SET clinic_id = clinic_id WHERE clinic_id = ${clinicId}`;
      await expect(statement.execute(t.db)).rejects.toMatchObject({ code: "55000", message: `UPDATE on ${table} refused: clinical records are append-only` });
      expect(await counts()).toEqual(before);
    });

    it("refuses a DELETE, even one that matches no row", async () => {
      const before = await counts();
      await expect(sql`DELETE FROM ${sql.id(table)} WHERE clinic_id = ${clinicId}`.execute(t.db)).rejects.toMatchObject({ code: "55000", message: `DELETE on ${table} refused: clinical records are append-only` });
      await expect(sql`DELETE FROM ${sql.id(table)} WHERE false`.execute(t.db)).rejects.toMatchObject({ code: "55000" });
      expect(await counts()).toEqual(before);
    });

    it("refuses a TRUNCATE", async () => {
      const before = await counts();
      await expect(sql`TRUNCATE ${sql.id(table)} CASCADE`.execute(t.db)).rejects.toMatchObject({ code: "55000" });
      expect(await counts()).toEqual(before);
    });
  });

  it("still takes new revisions: the way a record is amended", async () => {
    const before = await counts();
    await insertOneOfEach(2);
    expect(await counts()).toEqual({
      diary_revisions: (before["diary_revisions"] ?? 0) + 1,
      clinical_history_revisions: (before["clinical_history_revisions"] ?? 0) + 1,
      preventive_trial_revisions: (before["preventive_trial_revisions"] ?? 0) + 1,
      preventive_trials: before["preventive_trials"],
      clinical_records: before["clinical_records"],
      clinical_record_revisions: (before["clinical_record_revisions"] ?? 0) + 1,
    });
  });

  it("refuses a second revision of a clinical record without a reason (a correction says why)", async () => {
    const at = new Date().toISOString();
    const statement = sql`INSERT INTO clinical_record_revisions (clinic_id, record_id, revision, patient_id, kind, status, effective_date, content, reason, source, recorded_at, recorded_by)
      VALUES (${clinicId}, ${recordId}, 9, ${patientId}, 'other-toxin-dose', 'active', '2026-11-20', '{}', '  ', 'app', ${at}, ${userId})`;
    await expect(statement.execute(t.db)).rejects.toMatchObject({ code: "23514" });
  });

  it("refuses a change made inside a transaction too, rolling the transaction back", async () => {
    const before = await counts();
    await expect(
      t.db.transaction().execute(async (tx) => {
        await sql`INSERT INTO preventive_trials (clinic_id, id, patient_id, created_at) VALUES (${clinicId}, ${uuidv7()}, ${patientId}, now())`.execute(tx);
        await sql`UPDATE diary_revisions SET late = false WHERE clinic_id = ${clinicId}`.execute(tx);
      }),
    ).rejects.toMatchObject({ code: "55000" });
    expect(await counts()).toEqual(before);
  });
});

// Only PostgreSQL test databases are dropped (PGlite's live in memory).
describe.each(testDatabaseKinds().filter((kind) => kind === "postgresql"))("dropping a test database on %s", () => {
  const ids = { clinicId: uuidv7(), patientId: uuidv7(), userId: uuidv7(), trialId: uuidv7() };
  it("lets a test database holding such rows be dropped", async () => {
    const other = await openTestDatabase("postgresql");
    const name = new URL(other.url ?? "").pathname.slice(1);
    await insertClinic(other.db, { id: ids.clinicId, name: "Dropped Clinic", time_zone: "Europe/London" });
    await insertUser(other.db, { id: ids.userId, email: `clinician.${ids.userId}@example.test`, name: "Clin Ician", password_hash: "x" });
    await other.db.insertInto("patients").values({ clinic_id: ids.clinicId, id: ids.patientId, name: "Ada Record", birth_date: "1980-01-01", time_zone: "Europe/London", user_id: null }).execute();
    await other.db.insertInto("preventive_trials").values({ clinic_id: ids.clinicId, id: ids.trialId, patient_id: ids.patientId, created_at: new Date().toISOString() }).execute();
    await other.close();
    const admin = openPostgres(process.env["TEST_DATABASE_URL"] ?? "");
    try {
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_database WHERE datname = ${name}`.execute(admin);
      expect(rows[0]?.n).toBe(0);
    } finally {
      await admin.destroy();
    }
  });
});
