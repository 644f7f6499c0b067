import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { Migrator } from "kysely/migration";
import { migrateToLatest, migrationFolderProvider } from "./migrate.ts";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "./testing.ts";

describe.each(testDatabaseKinds())("migrations on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(() => t.close());

  it("creates every table of the data model", async () => {
    const tables = await sql<{ table_name: string }>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`.execute(t.db);
    expect(tables.rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining([
        "audit_events", "clinics", "diary_revisions", "invitations", "jobs", "login_failures",
        "memberships", "patients", "sessions", "users",
      ]),
    );
  });

  it("applies nothing the second time (forward-only, idempotent)", async () => {
    expect(await migrateToLatest(t.db)).toEqual([]);
  });

  it("reads a date back as the same YYYY-MM-DD string and an instant as a UTC ISO string", async () => {
    const result = await sql<{ day: string; at: string }>`
      SELECT DATE '2026-02-28' AS day, TIMESTAMPTZ '2026-03-29 01:30:00.25+13' AS at`.execute(t.db);
    expect(result.rows[0]).toEqual({ day: "2026-02-28", at: "2026-03-28T12:30:00.250Z" });
  });
});

describe.each(testDatabaseKinds())("the clinical history revision numbers migration on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind, { migrate: false });
  });
  afterAll(() => t.close());

  const CLINIC = "01a21822-0000-7000-8000-000000000001";
  const USER = "01a21822-0000-7000-8000-000000000002";
  const ANN = "01a21822-0000-7000-8000-000000000003";
  const BEA = "01a21822-0000-7000-8000-000000000004";

  it("numbers each patient's existing revisions 1, 2, ... in the order they were current (recorded_at, then id), then refuses a repeated number", async () => {
    const migrator = new Migrator({ db: t.db, provider: migrationFolderProvider });
    const before = await migrator.migrateTo("20261126120500_clinical_history");
    expect(before.error).toBeUndefined();
    await sql`INSERT INTO clinics (id, name, time_zone) VALUES (${CLINIC}, 'Clinic', 'Europe/London')`.execute(t.db);
    await sql`INSERT INTO users (id, email, name, password_hash) VALUES (${USER}, 'staff@example.test', 'Staff', 'x')`.execute(t.db);
    await sql`INSERT INTO patients (clinic_id, id, name, birth_date, time_zone) VALUES (${CLINIC}, ${ANN}, 'Ann', '1984-02-29', 'Europe/London'), (${CLINIC}, ${BEA}, 'Bea', '1990-01-01', 'Europe/London')`.execute(t.db);
    // Inserted out of order: the numbers follow recorded_at (then id on a tie), per patient.
    const rows: [string, string, string][] = [
      ["01a21822-0000-7000-8000-00000000000c", ANN, "2026-07-20T10:00:02Z"],
      ["01a21822-0000-7000-8000-00000000000a", ANN, "2026-07-20T10:00:00Z"],
      ["01a21822-0000-7000-8000-00000000000d", ANN, "2026-07-20T10:00:02Z"],
      ["01a21822-0000-7000-8000-00000000000b", BEA, "2026-07-19T09:00:00Z"],
    ];
    for (const [id, patient, recordedAt] of rows) {
      await sql`INSERT INTO clinical_history_revisions (clinic_id, patient_id, id, no_preventives_tried, recorded_at, recorded_by)
        VALUES (${CLINIC}, ${patient}, ${id}, false, ${recordedAt}, ${USER})`.execute(t.db);
    }

    expect(await migrateToLatest(t.db)).toContain("20261126120600_clinical_history_revision_numbers");
    const numbered = await sql<{ id: string; revision: number }>`SELECT id, revision FROM clinical_history_revisions ORDER BY id`.execute(t.db);
    expect(numbered.rows.map((row) => [row.id.slice(-1), row.revision])).toEqual([["a", 1], ["b", 1], ["c", 2], ["d", 3]]);

    const repeated = sql`INSERT INTO clinical_history_revisions (clinic_id, patient_id, id, no_preventives_tried, recorded_at, recorded_by, revision)
      VALUES (${CLINIC}, ${ANN}, '01a21822-0000-7000-8000-00000000000e', false, now(), ${USER}, 3)`.execute(t.db);
    await expect(repeated).rejects.toMatchObject({ code: "23505" });
  });
});
