import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { migrateToLatest } from "./migrate.ts";
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

  it("puts clinic_id first in the primary key of every clinical table", async () => {
    const keys = await sql<{ table_name: string; column_name: string }>`
      SELECT tc.table_name, kcu.column_name
      FROM information_schema.table_constraints tc
      JOIN information_schema.key_column_usage kcu
        ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
      WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = 'public' AND kcu.ordinal_position = 1`.execute(t.db);
    const firstKeyColumn = Object.fromEntries(keys.rows.map((row) => [row.table_name, row.column_name]));
    for (const table of ["memberships", "patients", "invitations", "diary_revisions", "audit_events"]) {
      expect(firstKeyColumn[table], table).toBe("clinic_id");
    }
  });

  it("reads a date back as the same YYYY-MM-DD string and an instant as a UTC ISO string", async () => {
    const result = await sql<{ day: string; at: string }>`
      SELECT DATE '2026-02-28' AS day, TIMESTAMPTZ '2026-03-29 01:30:00.25+13' AS at`.execute(t.db);
    expect(result.rows[0]).toEqual({ day: "2026-02-28", at: "2026-03-28T12:30:00.250Z" });
  });
});
