/**
 * A backup taken while the server runs and patients save their diaries is one snapshot: every
 * save acknowledged before the backup began is in it, and every diary revision in it has its
 * audit row and no audit row lacks its revision (they are written in one transaction, so only
 * a backup read table by table at different moments could split them). On the embedded
 * database the running server takes the backup for the command, over its data folder's socket.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { v7 as uuidv7 } from "uuid";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CONTROL_SOCKET_NAME } from "#server/db/archive/control-socket.ts";
import { openDatabase } from "#server/db/connect.ts";
import { migrateToLatest } from "#server/db/migrate.ts";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "#server/db/testing.ts";
import { seedDemo } from "#server/features/setup/seed-demo.ts";
import { SESSION_COOKIE } from "#server/http/session-cookie.ts";
import { startServer } from "#server/main.ts";
import { makeClinic, makePatientWithAccount, testDeps } from "#server/shared/test-support.ts";

const BIN = fileURLToPath(new URL("../../../bin/cephalog", import.meta.url));

/** Runs bin/cephalog with these settings; its exit code and everything it printed. */
function runCephalog(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    execFile(BIN, args, { env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : 1, output: `${stdout}${stderr}` });
    });
  });
}

const folders: string[] = [];
afterAll(() => {
  for (const path of folders) rmSync(path, { recursive: true, force: true });
});
beforeEach(() => {
  vi.spyOn(console, "log").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

/** The rows of each table in an archive file, parsed (a test may; the restore never parses rows). */
function archiveRows(file: string): Map<string, Record<string, unknown>[]> {
  const tables = new Map<string, Record<string, unknown>[]>();
  let current: Record<string, unknown>[] = [];
  for (const line of gunzipSync(readFileSync(file)).toString("utf8").split("\n").slice(1)) {
    if (line.startsWith("[")) {
      const control = JSON.parse(line) as [string, string];
      if (control[0] === "table") tables.set(control[1], (current = []));
    } else if (line.startsWith("{")) current.push(JSON.parse(line) as Record<string, unknown>);
  }
  return tables;
}

describe.each(testDatabaseKinds())("a backup while the server runs, on %s", (kind) => {
  let t: TestDatabase | undefined;
  afterAll(async () => t?.close());

  it("is one snapshot of the database, taken while diary saves go on", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "cephalog-live-backup-"));
    folders.push(dataDir);
    let databaseUrl: string | null = null;
    const seed = async (db: Parameters<typeof testDeps>[0]) => {
      const deps = testDeps(db);
      await seedDemo(deps, { patients: 6, seed: 5 });
      const { clinicId, staff } = await makeClinic(deps, "admin");
      return makePatientWithAccount(deps, clinicId, staff.userId);
    };
    let patient: Awaited<ReturnType<typeof seed>>;
    if (kind === "pglite") {
      const database = await openDatabase({ dataDir, databaseUrl: null });
      try {
        await migrateToLatest(database.db);
        patient = await seed(database.db);
      } finally {
        await database.close();
      }
    } else {
      t = await openTestDatabase("postgresql");
      databaseUrl = t.url;
      patient = await seed(t.db);
    }

    const server = await startServer({ host: "127.0.0.1", port: 0, dataDir, databaseUrl, logLevel: "silent", publicUrl: null });
    try {
      if (kind === "pglite") expect(statSync(join(dataDir, CONTROL_SOCKET_NAME)).mode & 0o777).toBe(0o600);
      const cookie = `${SESSION_COOKIE}=${patient.sessionToken}`;
      const acknowledged: string[] = [];
      let stopped = false;
      let n = 0;
      const writer = async () => {
        while (!stopped) {
          n += 1;
          // A day within the late-entry window: the patient's app may fill in only the last days.
          const body = { patientId: patient.patientId, id: uuidv7(), date: new Date(Date.now() - (1 + (n % 5)) * 86_400_000).toISOString().slice(0, 10), recordedAt: new Date().toISOString(), headache: false };
          const response = await fetch(`${server.url}/api/me/diary`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify(body) });
          await response.text();
          if (response.status === 200) acknowledged.push(body.id);
          else throw new Error(`a diary save answered ${response.status}`);
        }
      };
      let failure: unknown = null;
      const writers = [writer(), writer(), writer()].map((writing) =>
        writing.catch((error: unknown) => {
          failure = error;
          throw error;
        }),
      );
      // A refused save fails the test at once rather than leaving it waiting for saves that never come.
      while (acknowledged.length < 10) {
        if (failure !== null) throw failure;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }

      const before = [...acknowledged];
      const file = join(dataDir, "live.gz");
      // The command in its own process, as a person or a cron job runs it beside the server.
      const command = await runCephalog(["backup", file], { CEPHALOG_DATA: dataDir, DATABASE_URL: databaseUrl ?? "" });
      expect(command.code, command.output).toBe(0);
      expect(command.output).toMatch(/Backed up \d+ tables/);
      stopped = true;
      await Promise.all(writers);

      const tables = archiveRows(file);
      const revisions = new Set((tables.get("diary_revisions") ?? []).filter((row) => row["patient_id"] === patient.patientId).map((row) => row["id"]));
      for (const id of before) expect(revisions.has(id), "a save acknowledged before the backup began").toBe(true);
      const audited = new Set((tables.get("audit_events") ?? []).filter((row) => row["action"] === "diary.revision_saved").map((row) => row["entity_id"]));
      expect(audited).toEqual(revisions);
      // The patient's worklist row is refreshed in each save's transaction (ADR 0015), and read
      // well after the diary: in one snapshot it was computed by a save the backup holds. (Which
      // one is the last to commit, not the last by clock: three writers' commits may cross.)
      const received = new Set((tables.get("diary_revisions") ?? []).filter((row) => row["patient_id"] === patient.patientId).map((row) => Date.parse(String(row["received_at"]))));
      const pathway = (tables.get("patient_pathway") ?? []).find((row) => row["patient_id"] === patient.patientId);
      expect(received.has(Date.parse(String(pathway?.["computed_at"]))), "the worklist row was computed by a save in the backup").toBe(true);
      // The saves went on through the backup: each writer had one in flight when it ended.
      expect(acknowledged.length).toBeGreaterThan(before.length);
    } finally {
      await server.close();
    }
  }, 120_000);
});
