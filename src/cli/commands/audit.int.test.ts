/**
 * `cephalog audit verify` on the embedded database and on PostgreSQL (DATABASE_URL): seals what
 * waits, prints each chain's head and exits 0; after a database owner changes an event (triggers
 * off), prints the chain, the seq and why, and exits 1; a copied head that no longer matches is a
 * break too. Arguments are checked.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openDatabase } from "#server/db/connect.ts";
import { migrateToLatest } from "#server/db/migrate.ts";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "#server/db/testing.ts";
import { insertClinic } from "#server/features/setup/repository.ts";
import { audit, recordAccountEvent } from "#server/shared/audit.ts";
import type { Executor } from "#server/shared/executor.ts";
import { parseHead, parseVerifyArgs, run } from "./audit.ts";

const AT = new Date("2026-12-07T09:00:00.000Z");

describe.each(testDatabaseKinds())("cephalog audit verify on %s", (kind) => {
  let dataDir: string;
  let pg: TestDatabase | null = null;
  let out: string[];
  let err: string[];

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "cephalog-audit-"));
    vi.stubEnv("CEPHALOG_DATA", dataDir);
    if (kind === "postgresql") {
      pg = await openTestDatabase("postgresql");
      vi.stubEnv("DATABASE_URL", pg.url ?? "");
    } else vi.stubEnv("DATABASE_URL", "");
    out = [];
    err = [];
    vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void out.push(args.join(" ")));
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void err.push(args.join(" ")));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    await pg?.close();
    pg = null;
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Works on the database the command will open (and closes it: the data folder takes one process). */
  async function withDatabase(work: (db: Executor) => Promise<void>): Promise<void> {
    const database = await openDatabase({ dataDir, databaseUrl: kind === "postgresql" ? (pg?.url ?? null) : null });
    try {
      await migrateToLatest(database.db);
      await work(database.db);
    } finally {
      await database.close();
    }
  }

  it("seals, prints each chain's head and exits 0; after an owner's change, names the chain, the seq and why, and exits 1", async () => {
    const clinicId = uuidv7();
    await withDatabase(async (db) => {
      await insertClinic(db, { id: clinicId, name: "CLI Clinic", time_zone: "Europe/London" });
      for (let i = 0; i < 3; i += 1) await audit(db, AT, { clinicId, actorUserId: null, action: "test.event", entity: "thing", entityId: String(i) });
      await recordAccountEvent(db, AT, { action: "sign-in.failed", userId: null });
    });
    expect(await run(["verify"])).toBe(0);
    expect(out[0]).toBe("Sealed 4 event(s) into their chains.");
    const clinicLine = out.find((line) => line.includes(`chain=${clinicId}`)) ?? "";
    expect(clinicLine).toMatch(new RegExp(`^ok {6}chain=${clinicId} seq=3 hash=[0-9a-f]{64}$`));
    expect(out).toContainEqual(expect.stringMatching(/^ok {6}chain=accounts seq=1 hash=[0-9a-f]{64}$/));
    expect(out.at(-1)).toBe("Every audit chain holds (2).");
    const copied = clinicLine.slice("ok      ".length);

    await withDatabase(async (db) => {
      await db.transaction().execute(async (tx) => {
        await sql`SET LOCAL session_replication_role = replica`.execute(tx);
        await sql`UPDATE audit_events SET entity_id = 'changed' WHERE clinic_id = ${clinicId} AND entity_id = '1'`.execute(tx);
      });
    });
    out.length = 0;
    expect(await run(["verify", "--head", copied])).toBe(1);
    expect(out.find((line) => line.startsWith("BROKEN"))).toMatch(new RegExp(`^BROKEN  chain=${clinicId} at seq 2: changed\\. the event of link 2 \\([0-9a-f-]{36}\\), or the link's hash, changed after it was sealed\\. Holds up to seq 1\\.$`));
    expect(out.at(-1)).toBe("1 of 2 audit chains are broken.");
  }, 60_000);

  it("finds a copied head that no longer matches", async () => {
    await withDatabase(async (db) => {
      await recordAccountEvent(db, AT, { action: "sign-in.failed", userId: null });
    });
    expect(await run(["verify", "--head", `accounts:1:${"b".repeat(64)}`])).toBe(1);
    expect(out).toContainEqual("BROKEN  chain=accounts at seq 1: changed. link 1 differs from the copy of the head kept outside the database: the chain was rewritten. Holds up to seq 1.");
  }, 60_000);
});

describe("cephalog audit's arguments", () => {
  it("reads a copied head as CHAIN:SEQ:HASH or as the log line", () => {
    const hash = "A".repeat(64);
    expect(parseHead(`accounts:12:${hash}`)).toEqual({ chain: "accounts", seq: 12, hash: hash.toLowerCase() });
    expect(parseHead(`audit chain head chain=0193c4b2-1111-7000-8000-000000000000 seq=3 hash=${hash}`)).toEqual({ chain: "0193c4b2-1111-7000-8000-000000000000", seq: 3, hash: hash.toLowerCase() });
    expect(parseHead("accounts:0:" + hash)).toBeNull();
    expect(parseHead("accounts:1:abc")).toBeNull();
  });

  it("refuses anything but verify and well-formed heads, as usage errors", async () => {
    expect(parseVerifyArgs([])).toBe("say what to do: cephalog audit verify");
    expect(parseVerifyArgs(["check"])).toBe('unknown audit command "check"');
    expect(parseVerifyArgs(["verify", "--head", "nope"])).toMatch(/^--head must be CHAIN:SEQ:HASH/);
    expect(parseVerifyArgs(["verify", "--fast"])).toMatch(/Unknown option/);
    expect(parseVerifyArgs(["verify"])).toEqual({ heads: [] });
    const errors: string[] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args.join(" ")));
    try {
      expect(await run(["verify", "--head", "nope"])).toBe(2);
    } finally {
      vi.restoreAllMocks();
    }
    expect(errors.join("\n")).toContain("Usage: cephalog audit verify");
  });
});
