/**
 * `cephalog backup` and `cephalog restore` on both databases: a round trip into a fresh database
 * gives every table row for row, and a restore refuses (changing nothing) a database that holds
 * data, a backup from another schema version unless told, and a damaged or cut-short file.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { sql, type Kysely } from "kysely";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { everyRow } from "#server/db/archive/archive-test-support.ts";
import { tablesWithRows } from "#server/db/archive/restore-archive.ts";
import { appliedMigrations, knownMigrations, migrateUpTo } from "#server/db/archive/schema-version.ts";
import { openDatabase } from "#server/db/connect.ts";
import { migrateToLatest } from "#server/db/migrate.ts";
import type { Database } from "#server/db/schema.ts";
import { openTestDatabase, testDatabaseKinds, type TestDatabaseKind } from "#server/db/testing.ts";
import { sealAuditChains } from "#server/features/audit/seal.ts";
import { seedDemo } from "#server/features/setup/seed-demo.ts";
import { testDeps } from "#server/shared/test-support.ts";
import { run as backup } from "./backup.ts";
import { run as restore } from "./restore.ts";

/** A database the commands reach through the environment, and a way to look into it between commands. */
interface Place {
  readonly env: { CEPHALOG_DATA: string; DATABASE_URL: string };
  use<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const folders: string[] = [];
function folder(prefix: string): string {
  const path = mkdtempSync(join(tmpdir(), prefix));
  folders.push(path);
  return path;
}

async function openPlace(kind: TestDatabaseKind, options: { migrate: boolean }): Promise<Place> {
  if (kind === "pglite") {
    const dataDir = folder("cephalog-restore-");
    const use = async <T,>(work: (db: Kysely<Database>) => Promise<T>) => {
      const database = await openDatabase({ dataDir, databaseUrl: null });
      try {
        return await work(database.db);
      } finally {
        await database.close();
      }
    };
    if (options.migrate) await use((db) => migrateToLatest(db));
    return { env: { CEPHALOG_DATA: dataDir, DATABASE_URL: "" }, use, close: async () => {} };
  }
  const t = await openTestDatabase("postgresql", { migrate: options.migrate });
  return { env: { CEPHALOG_DATA: folder("cephalog-restore-"), DATABASE_URL: t.url ?? "" }, use: (work) => work(t.db), close: () => t.close() };
}

let out: string[];
let err: string[];
beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void out.push(args.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void err.push(args.join(" ")));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});
afterAll(() => {
  for (const path of folders) rmSync(path, { recursive: true, force: true });
});

function pointAt(place: Place): void {
  vi.stubEnv("CEPHALOG_DATA", place.env.CEPHALOG_DATA);
  vi.stubEnv("DATABASE_URL", place.env.DATABASE_URL);
}

describe.each(testDatabaseKinds())("backup and restore on %s", (kind) => {
  let source: Place;
  let file: string;
  let sourceRows: Record<string, string[]>;

  beforeAll(async () => {
    source = await openPlace(kind, { migrate: true });
    await source.use(async (db) => {
      await seedDemo(testDeps(db), { patients: 6, seed: 11 });
      await sealAuditChains(db, new Date());
    });
    sourceRows = await source.use(everyRow);
    file = join(folder("cephalog-backup-"), "clinic.cephalog.gz");
  }, 60_000);
  afterAll(() => source.close());

  it("backs up every table and restores it into a fresh database, row for row", async () => {
    pointAt(source);
    expect(await backup([file])).toBe(0);
    expect(out.join("\n")).toMatch(/Backed up \d+ tables, \d+ rows \(schema \d{14}_\w+\) to /);
    expect(readFileSync(file).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b])); // gzip

    const target = await openPlace(kind, { migrate: false });
    try {
      pointAt(target);
      out.length = 0;
      expect(await restore([file]), err.join("\n")).toBe(0);
      expect(out.join("\n")).toContain("Every table matches the backup.");
      expect(out.join("\n")).toMatch(/Audit chain: verified \(\d+ chain\(s\), [1-9]\d* link\(s\)/);
      const restored = await target.use(everyRow);
      expect(Object.keys(restored).sort()).toEqual(Object.keys(sourceRows).sort());
      for (const [table, rows] of Object.entries(sourceRows)) expect(restored[table], table).toEqual(rows);
      expect(sourceRows["diary_revisions"]?.length).toBeGreaterThan(100);
      expect(sourceRows["audit_events"]?.length).toBeGreaterThan(0);

      // Restored, the append-only tables still refuse a change: the triggers are on again.
      await target.use(async (db) => {
        await expect(sql`DELETE FROM diary_revisions`.execute(db)).rejects.toThrow(/append-only/);
      });

      // A second restore into it is refused: it is not empty now, and nothing changes.
      out.length = 0;
      err.length = 0;
      expect(await restore([file])).toBe(1);
      expect(err.join("\n")).toMatch(/not empty|already holds data/);
      expect(await target.use(everyRow)).toEqual(restored);
    } finally {
      await target.close();
    }
  }, 60_000);

  it("reports an audit chain that does not verify in what it restored", async () => {
    const tampered = await openPlace(kind, { migrate: true });
    const tamperedFile = join(folder("cephalog-tampered-"), "tampered.gz");
    try {
      await tampered.use(async (db) => {
        await seedDemo(testDeps(db), { patients: 1, seed: 2 });
        await sealAuditChains(db, new Date());
        // A database owner rewriting a sealed event around the append-only trigger (ADR 0016).
        await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`.execute(db);
        await sql`UPDATE audit_events SET action = 'demo.nothing_happened' WHERE action = 'demo.seeded'`.execute(db);
        await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only`.execute(db);
      });
      pointAt(tampered);
      expect(await backup([tamperedFile])).toBe(0);
    } finally {
      await tampered.close();
    }
    const target = await openPlace(kind, { migrate: false });
    try {
      pointAt(target);
      out.length = 0;
      expect(await restore([tamperedFile])).toBe(1);
      expect(out.join("\n")).toMatch(/Audit chain: BROKEN in chain [\w-]+ at link \d+: changed/);
    } finally {
      await target.close();
    }
  }, 60_000);

  it("refuses a damaged backup and a cut-short one, leaving the target empty", async () => {
    pointAt(source);
    if (!existsSync(file)) expect(await backup([file])).toBe(0);
    const lines = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
    const row = lines.findIndex((line) => line.includes('"headache": true'));
    expect(row).toBeGreaterThan(0);
    const damaged = join(folder("cephalog-damaged-"), "damaged.gz");
    writeFileSync(damaged, gzipSync(lines.map((line, index) => (index === row ? line.replace('"headache": true', '"headache": false') : line)).join("\n")));
    const cut = join(folder("cephalog-cut-"), "cut.gz");
    writeFileSync(cut, readFileSync(file).subarray(0, Math.floor(readFileSync(file).length / 2)));

    for (const [bad, message] of [
      [damaged, /do not match its own checksum: the file is damaged/],
      [cut, /not a whole gzip backup|cut short/],
    ] as const) {
      const target = await openPlace(kind, { migrate: false });
      try {
        pointAt(target);
        err.length = 0;
        expect(await restore([bad])).toBe(1);
        expect(err.join("\n")).toMatch(message);
        expect(await target.use((db) => tablesWithRows(db))).toEqual([]);
      } finally {
        await target.close();
      }
    }
  }, 60_000);

  it("refuses a backup from an older schema unless told --migrate, then brings it up to date", async () => {
    const known = await knownMigrations();
    const older = known.at(-2) as string;
    const old = await openPlace(kind, { migrate: false });
    const oldFile = join(folder("cephalog-old-"), "old.gz");
    try {
      await old.use(async (db) => {
        await migrateUpTo(db, older);
        await sql`INSERT INTO clinics (id, name, time_zone) VALUES ('0190e4a0-0000-7000-8000-000000000001', 'Older Clinic', 'Europe/London')`.execute(db);
      });
      pointAt(old);
      expect(await backup([oldFile])).toBe(0);
    } finally {
      await old.close();
    }
    const target = await openPlace(kind, { migrate: false });
    try {
      pointAt(target);
      expect(await restore([oldFile])).toBe(1);
      expect(err.join("\n")).toContain(`This backup is at schema ${older}; this Cephalog is at ${known.at(-1) ?? ""}. Add --migrate`);
      expect(await target.use((db) => appliedMigrations(db))).toEqual([]);

      out.length = 0;
      expect(await restore([oldFile, "--migrate"]), err.join("\n")).toBe(0);
      expect(out.join("\n")).toContain("Then applied 1 migration(s)");
      expect(await target.use((db) => appliedMigrations(db))).toEqual(known);
      const clinics = await target.use((db) => db.selectFrom("clinics").select("name").execute());
      expect(clinics).toEqual([{ name: "Older Clinic" }]);
    } finally {
      await target.close();
    }
  }, 60_000);

  it("refuses a backup from a newer Cephalog, and a file that is no backup", async () => {
    const future = join(folder("cephalog-future-"), "future.gz");
    writeFileSync(future, gzipSync(`${JSON.stringify({ format: "cephalog-archive", formatVersion: 1, schemaVersion: "99991231000000_from_the_future", takenAt: new Date().toISOString(), source: kind, cephalogVersion: "9.0.0" })}\n["done",0]\n`));
    const notABackup = join(folder("cephalog-other-"), "other.gz");
    writeFileSync(notABackup, gzipSync('{"hello":"world"}\n'));
    const target = await openPlace(kind, { migrate: false });
    try {
      pointAt(target);
      expect(await restore([future])).toBe(1);
      expect(err.join("\n")).toContain("This backup was taken by a newer Cephalog (schema 99991231000000_from_the_future)");
      expect(await restore([notABackup])).toBe(1);
      expect(err.join("\n")).toContain("This file is not a Cephalog backup");
      expect(await target.use((db) => appliedMigrations(db))).toEqual([]);
    } finally {
      await target.close();
    }
  });
});

describe("restoring over the embedded database's data", () => {
  it("refuses without --replace; with it, moves the data aside and restores", async () => {
    const source = await openPlace("pglite", { migrate: true });
    await source.use((db) => seedDemo(testDeps(db), { patients: 1, seed: 9 }));
    const file = join(folder("cephalog-replace-"), "replace.gz");
    pointAt(source);
    expect(await backup([file])).toBe(0);

    const target = await openPlace("pglite", { migrate: true });
    await target.use((db) => db.insertInto("clinics").values({ id: "0190e4a0-0000-7000-8000-0000000000bb", name: "Was Here", time_zone: "Europe/London" }).execute());
    pointAt(target);
    expect(await restore([file])).toBe(1);
    expect(err.join("\n")).toContain("The embedded database already holds data. Add --replace");
    out.length = 0;
    expect(await restore([file, "--replace"]), err.join("\n")).toBe(0);
    expect(out.join("\n")).toMatch(/The data that was there is kept in .*pg\.before-restore-/);
    expect(readdirSync(target.env.CEPHALOG_DATA).some((name) => name.startsWith("pg.before-restore-"))).toBe(true);
    expect(await target.use(everyRow)).toEqual(await source.use(everyRow));
  }, 60_000);
});

describe("the backup and restore commands' arguments", () => {
  it("asks for one file, never overwrites a backup, and names a missing file", async () => {
    expect(await backup([])).toBe(2);
    expect(await restore([])).toBe(2);
    expect(await restore(["a.gz", "b.gz"])).toBe(2);
    const existing = join(folder("cephalog-args-"), "taken.gz");
    writeFileSync(existing, "");
    expect(await backup([existing])).toBe(2);
    expect(err.join("\n")).toContain("already exists; choose a new name");
    expect(await restore([join(folder("cephalog-args-"), "missing.gz")])).toBe(2);
    expect(err.join("\n")).toContain("no such file");
  });

  it("refuses --replace on PostgreSQL, pointing to a new database instead", async () => {
    const file = join(folder("cephalog-args-"), "any.gz");
    writeFileSync(file, "");
    vi.stubEnv("DATABASE_URL", "postgres://postgres@127.0.0.1:1/none");
    expect(await restore([file, "--replace"])).toBe(2);
    expect(err.join("\n")).toContain("--replace is for the embedded database only");
  });
});
