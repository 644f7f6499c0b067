/**
 * Tenancy in the schema itself (ADR 0004), read from the migrated database's catalog rather than
 * from a list kept by hand: every table with a `clinic_id` column has it first in its primary
 * key, and every foreign key from such a table to another table with `clinic_id` pairs
 * clinic_id -> clinic_id first, so a row can never point into another clinic. Every table without
 * `clinic_id` is named in GLOBAL_TABLES with the reason it belongs to no clinic: a new table
 * fails here until it either carries clinic_id or is added there.
 */
import { sql, type Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "./testing.ts";

/** The tables that belong to no clinic, each with why. */
const GLOBAL_TABLES: Readonly<Record<string, string>> = {
  clinics: "the tenant itself: its id is what every clinic_id names",
  users: "accounts are global: one person may be staff of several clinics, or a patient (ADR 0004)",
  sessions: "a session belongs to an account, not to a clinic",
  login_failures: "the sign-in limit counts hashed (email, address) keys before anyone is known to a clinic",
  sign_in_known_addresses: "hashed (account, address) pairs of past sign-ins, before anyone is known to a clinic",
  jobs: "one queue serves every clinic (ADR 0012); a job's payload names its clinic when it has one",
  recovery_codes: "an account's own two-factor recovery codes: the account is global, whichever clinics it works in",
  two_factor_challenges: "the second step of a sign-in, before anyone is known to a clinic",
  password_reset_tokens: "a reset link belongs to an account, not to a clinic",
  notifications: "the outbox serves every clinic and none (a password reset belongs to an account); messages hold links, never health data",
  push_subscriptions: "a device on which a person allowed web push: the account is global, and its alerts come from any of its clinics (ADR 0018)",
  web_push_keys: "the server's one VAPID key pair, shared by every app server and every clinic (ADR 0018)",
  account_events: "sign-ins, sign-outs and password changes (ADR 0016): a failed sign-in names no clinic, and an account may work in several",
  account_pending: "account events not yet sealed into the global account chain (ADR 0016)",
  account_chain: "the one global hash chain over account_events (ADR 0016)",
  kysely_migration: "Kysely's record of the migrations applied",
  kysely_migration_lock: "Kysely's lock while migrating",
};

interface Table {
  readonly name: string;
  readonly hasClinicId: boolean;
}

interface Key {
  readonly table: string;
  readonly name: string;
  readonly kind: "primary" | "foreign";
  /** The referenced table of a foreign key, and whether it has clinic_id. */
  readonly references: { readonly table: string; readonly hasClinicId: boolean } | null;
  /** In key order; `to` is the referenced column of a foreign key. */
  readonly columns: readonly { readonly from: string; readonly to: string | null }[];
}

interface Schema {
  readonly tables: readonly Table[];
  readonly keys: readonly Key[];
}

/** The tables, primary keys and foreign keys of one schema, from pg_catalog. */
async function readSchema<DB>(db: Kysely<DB>, schema: string): Promise<Schema> {
  const tables = await sql<{ name: string; has_clinic_id: boolean }>`
    SELECT c.relname::text AS name,
      EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'clinic_id' AND a.attnum > 0 AND NOT a.attisdropped) AS has_clinic_id
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = ${schema} AND c.relkind IN ('r', 'p')
    ORDER BY 1`.execute(db);
  const columns = await sql<{
    table_name: string;
    constraint_name: string;
    kind: string;
    referenced_table: string | null;
    referenced_has_clinic_id: boolean;
    position: number;
    column_name: string;
    referenced_column: string | null;
  }>`
    SELECT c.relname::text AS table_name, con.conname::text AS constraint_name, con.contype::text AS kind,
      rc.relname::text AS referenced_table,
      EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = con.confrelid AND a.attname = 'clinic_id' AND a.attnum > 0 AND NOT a.attisdropped) AS referenced_has_clinic_id,
      k.position::int AS position, a.attname::text AS column_name, ra.attname::text AS referenced_column
    FROM pg_constraint con
    JOIN pg_class c ON c.oid = con.conrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_class rc ON rc.oid = con.confrelid
    CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, referenced_attnum, position)
    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
    LEFT JOIN pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.referenced_attnum
    WHERE n.nspname = ${schema} AND con.contype IN ('p', 'f')
    ORDER BY 1, 2, k.position`.execute(db);
  const keys = new Map<string, Key & { columns: { from: string; to: string | null }[] }>();
  for (const row of columns.rows) {
    const id = `${row.table_name}.${row.constraint_name}`;
    let key = keys.get(id);
    if (key === undefined) {
      key = {
        table: row.table_name,
        name: row.constraint_name,
        kind: row.kind === "p" ? "primary" : "foreign",
        references: row.referenced_table === null ? null : { table: row.referenced_table, hasClinicId: row.referenced_has_clinic_id },
        columns: [],
      };
      keys.set(id, key);
    }
    key.columns.push({ from: row.column_name, to: row.referenced_column });
  }
  return { tables: tables.rows.map((row) => ({ name: row.name, hasClinicId: row.has_clinic_id })), keys: [...keys.values()] };
}

/** What breaks the tenancy rules, one line each (empty when the schema keeps them). */
function tenancyProblems(schema: Schema, globalTables: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  const withoutClinicId = new Set(schema.tables.filter((table) => !table.hasClinicId).map((table) => table.name));
  for (const table of withoutClinicId) {
    if (!(table in globalTables)) problems.push(`${table}: has no clinic_id and is not in GLOBAL_TABLES (add clinic_id, or list it there with the reason it belongs to no clinic)`);
  }
  for (const table of Object.keys(globalTables)) {
    if (!withoutClinicId.has(table)) problems.push(`${table}: is in GLOBAL_TABLES but is not a table without clinic_id`);
  }
  for (const table of schema.tables.filter((candidate) => candidate.hasClinicId)) {
    const primary = schema.keys.find((key) => key.table === table.name && key.kind === "primary");
    if (primary === undefined) problems.push(`${table.name}: has clinic_id but no primary key`);
    else if (primary.columns[0]?.from !== "clinic_id") {
      problems.push(`${table.name}: primary key (${primary.columns.map((column) => column.from).join(", ")}) does not start with clinic_id`);
    }
    for (const key of schema.keys.filter((candidate) => candidate.table === table.name && candidate.kind === "foreign" && candidate.references?.hasClinicId)) {
      const first = key.columns[0];
      if (first?.from !== "clinic_id" || first.to !== "clinic_id") {
        const pairs = key.columns.map((column) => `${column.from} -> ${column.to}`).join(", ");
        problems.push(`${table.name}: foreign key ${key.name} to ${key.references?.table} (${pairs}) does not start with clinic_id -> clinic_id`);
      }
    }
  }
  return problems.sort();
}

describe.each(testDatabaseKinds())("clinic_id in the keys of the migrated schema on %s", (kind) => {
  let t: TestDatabase;
  let schema: Schema;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
    schema = await readSchema(t.db, "public");
  });
  afterAll(() => t.close());

  it("finds clinic tables and their foreign keys to check (the catalog query reads the schema)", () => {
    expect(schema.tables.filter((table) => table.hasClinicId).length).toBeGreaterThan(0);
    expect(schema.keys.some((key) => key.kind === "foreign" && key.references?.hasClinicId)).toBe(true);
  });

  it("puts clinic_id first in every clinic table's primary key and every foreign key between clinic tables; every other table is a listed global one", () => {
    expect(tenancyProblems(schema, GLOBAL_TABLES)).toEqual([]);
  });

  it("reports each kind of break, shown on a scratch schema that has them all", async () => {
    const scratch = "clinic_keys_scratch";
    await sql`CREATE SCHEMA ${sql.id(scratch)}`.execute(t.db);
    try {
      for (const statement of [
        sql`CREATE TABLE clinic_keys_scratch.clinics (id uuid PRIMARY KEY)`,
        sql`CREATE TABLE clinic_keys_scratch.patients (clinic_id uuid NOT NULL REFERENCES clinic_keys_scratch.clinics (id), id uuid NOT NULL,
          PRIMARY KEY (clinic_id, id), UNIQUE (id), UNIQUE (id, clinic_id))`,
        sql`CREATE TABLE clinic_keys_scratch.good (clinic_id uuid NOT NULL, id uuid NOT NULL, patient_id uuid NOT NULL,
          PRIMARY KEY (clinic_id, id), CONSTRAINT good_patient FOREIGN KEY (clinic_id, patient_id) REFERENCES clinic_keys_scratch.patients (clinic_id, id))`,
        sql`CREATE TABLE clinic_keys_scratch.id_first (clinic_id uuid NOT NULL, id uuid NOT NULL, PRIMARY KEY (id, clinic_id))`,
        sql`CREATE TABLE clinic_keys_scratch.keyless (clinic_id uuid NOT NULL, note text)`,
        sql`CREATE TABLE clinic_keys_scratch.by_id (clinic_id uuid NOT NULL, id uuid NOT NULL, patient_id uuid NOT NULL,
          PRIMARY KEY (clinic_id, id), CONSTRAINT by_id_patient FOREIGN KEY (patient_id) REFERENCES clinic_keys_scratch.patients (id))`,
        sql`CREATE TABLE clinic_keys_scratch.clinic_second (clinic_id uuid NOT NULL, id uuid NOT NULL, patient_id uuid NOT NULL,
          PRIMARY KEY (clinic_id, id), CONSTRAINT clinic_second_patient FOREIGN KEY (patient_id, clinic_id) REFERENCES clinic_keys_scratch.patients (id, clinic_id))`,
        sql`CREATE TABLE clinic_keys_scratch.crossed (clinic_id uuid NOT NULL, id uuid NOT NULL, patient_id uuid NOT NULL,
          PRIMARY KEY (clinic_id, id), CONSTRAINT crossed_patient FOREIGN KEY (clinic_id, patient_id) REFERENCES clinic_keys_scratch.patients (id, clinic_id))`,
        sql`CREATE TABLE clinic_keys_scratch.unlisted (id uuid PRIMARY KEY)`,
      ]) {
        await statement.execute(t.db);
      }
      const problems = tenancyProblems(await readSchema(t.db, scratch), { clinics: "the tenant", gone: "a table since dropped" });
      expect(problems).toEqual([
        "by_id: foreign key by_id_patient to patients (patient_id -> id) does not start with clinic_id -> clinic_id",
        "clinic_second: foreign key clinic_second_patient to patients (patient_id -> id, clinic_id -> clinic_id) does not start with clinic_id -> clinic_id",
        "crossed: foreign key crossed_patient to patients (clinic_id -> id, patient_id -> clinic_id) does not start with clinic_id -> clinic_id",
        "gone: is in GLOBAL_TABLES but is not a table without clinic_id",
        "id_first: primary key (id, clinic_id) does not start with clinic_id",
        "keyless: has clinic_id but no primary key",
        "unlisted: has no clinic_id and is not in GLOBAL_TABLES (add clinic_id, or list it there with the reason it belongs to no clinic)",
      ]);
    } finally {
      await sql`DROP SCHEMA ${sql.id(scratch)} CASCADE`.execute(t.db);
    }
  });
});
