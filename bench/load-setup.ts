/**
 * The load test's world: a fresh database (the embedded one in a temp folder, or a database of
 * its own on BENCH_DATABASE_URL's PostgreSQL server), the demo clinic seeded into it, patient
 * accounts for some demo patients, and a real server process on a loopback port.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Kysely } from "kysely";
import { composeDeps } from "#server/compose-deps.ts";
import { openDatabase } from "#server/db/connect.ts";
import { migrateToLatest } from "#server/db/migrate.ts";
import type { Database } from "#server/db/schema.ts";
import { openTestDatabase } from "#server/db/testing.ts";
import { acceptInvitation } from "#server/features/invitations/accept-invitation.ts";
import { invitePatient } from "#server/features/invitations/invitations.ts";
import { seedDemo } from "#server/features/setup/seed-demo.ts";
import { silentLog } from "#server/shared/deps.ts";
import { startServerProcess, type ServerProcess } from "../test/durability/support/server-process.ts";

export interface PatientAccount {
  readonly patientId: string;
  readonly email: string;
  readonly password: string;
}

export interface LoadWorld {
  readonly database: "pglite" | "postgresql";
  readonly server: ServerProcess;
  readonly clinicId: string;
  readonly patientIds: readonly string[];
  readonly accounts: readonly PatientAccount[];
  /** Stops the server and removes the database. */
  close(): Promise<void>;
}

/** Seeds the demo clinic and gives `accounts` of its patients (those without one) an account each. */
async function seed(db: Kysely<Database>, patients: number, accounts: number) {
  const deps = composeDeps(db, () => new Date(), silentLog);
  const { clinicId } = await seedDemo(deps, { patients });
  const rows = await db.selectFrom("patients").select(["id", "user_id"]).where("clinic_id", "=", clinicId).orderBy("id").execute();
  const admin = await db.selectFrom("memberships").innerJoin("users", "users.id", "memberships.user_id").select("users.id").where("memberships.clinic_id", "=", clinicId).where("users.email", "=", "admin@demo.cephalog.test").executeTakeFirstOrThrow();
  const made: PatientAccount[] = [];
  for (const row of rows.filter((patient) => patient.user_id === null).slice(0, accounts)) {
    const { url } = await invitePatient(deps, { clinicId, patientId: row.id, actorUserId: admin.id, baseUrl: "http://127.0.0.1" });
    const account = { patientId: row.id, email: `load-${made.length + 1}@load.cephalog.test`, password: `load test ${randomBytes(12).toString("hex")}` };
    await acceptInvitation(deps, url.split("/invite/")[1] ?? "", { email: account.email, password: account.password }, { ip: "127.0.0.1" });
    made.push(account);
  }
  return { clinicId, patientIds: rows.map((row) => row.id), accounts: made };
}

export async function setUpLoadWorld(options: { patients: number; accounts: number }): Promise<LoadWorld> {
  const dataDir = mkdtempSync(join(tmpdir(), "cephalog-load-"));
  const removeFolder = () => rmSync(dataDir, { recursive: true, force: true });
  try {
    const serverUrl = process.env["BENCH_DATABASE_URL"];
    if (serverUrl) {
      // openTestDatabase makes (and on close drops) a database of its own on this server.
      process.env["TEST_DATABASE_URL"] = serverUrl;
      const t = await openTestDatabase("postgresql");
      try {
        const seeded = await seed(t.db, options.patients, options.accounts);
        const server = await startServerProcess({ dataDir, databaseUrl: t.url });
        return { database: "postgresql", server, ...seeded, close: async () => { await server.stop(); await t.close(); removeFolder(); } };
      } catch (error) {
        await t.close();
        throw error;
      }
    }
    const database = await openDatabase({ dataDir, databaseUrl: null });
    let seeded: Awaited<ReturnType<typeof seed>>;
    try {
      await migrateToLatest(database.db);
      seeded = await seed(database.db, options.patients, options.accounts);
    } finally {
      await database.close();
    }
    const server = await startServerProcess({ dataDir, databaseUrl: null });
    return { database: "pglite", server, ...seeded, close: async () => { await server.stop(); removeFolder(); } };
  } catch (error) {
    removeFolder();
    throw error;
  }
}
