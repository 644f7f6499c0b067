import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "./connect.ts";
import { DataFolderInUseError, LOCK_FILE_NAME, lockDataFolder, PROCESS_STARTED_AT, STALE_LOCK_RECHECK_MS, START_TIME_TOLERANCE_MS } from "./data-folder-lock.ts";
import { processStartedAt } from "./process-start.ts";

const folders: string[] = [];
function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), "cephalog-lock-"));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

const lockText = (dataDir: string) => readFileSync(join(dataDir, LOCK_FILE_NAME), "utf8");
const ownLock = () => ({ pid: process.pid, startedAt: PROCESS_STARTED_AT });

describe("the data-folder lock", () => {
  it("refuses a second opener of the embedded database while the first holds it, naming the pid", async () => {
    const dataDir = tempFolder();
    const first = await openDatabase({ dataDir, databaseUrl: null });
    try {
      await expect(openDatabase({ dataDir, databaseUrl: null })).rejects.toThrow(
        `The data folder ${dataDir} is in use by another Cephalog process (pid ${process.pid}). Stop it first, or use DATABASE_URL for a shared PostgreSQL server.`,
      );
    } finally {
      await first.close();
    }
    const again = await openDatabase({ dataDir, databaseUrl: null });
    await again.close();
    // Two embedded databases opened and migrated: well over 30 s on a loaded 2-core machine.
  }, 120_000);

  it("holds the owner's pid and start time, leaves no temporary file, and removes the lock on release", async () => {
    const dataDir = tempFolder();
    const lock = await lockDataFolder(dataDir);
    expect(JSON.parse(lockText(dataDir))).toEqual(ownLock());
    expect(Date.parse(PROCESS_STARTED_AT)).toBeLessThanOrEqual(Date.now());
    expect(Date.now() - Date.parse(PROCESS_STARTED_AT)).toBeLessThan(process.uptime() * 1000 + 1000);
    expect(readdirSync(dataDir)).toEqual([LOCK_FILE_NAME]);
    lock.release();
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
  });

  it.each([
    ["the current format", (pid: number) => JSON.stringify({ pid, startedAt: "2026-01-01T00:00:00.000Z" })],
    ["the older plain-pid format", (pid: number) => `${pid}\n`],
  ])("takes over a stale lock in %s left by a process that is no longer running", async (_format, write) => {
    const dataDir = tempFolder();
    writeFileSync(join(dataDir, LOCK_FILE_NAME), write(deadPid()));
    const lock = await lockDataFolder(dataDir);
    expect(JSON.parse(lockText(dataDir))).toEqual(ownLock());
    lock.release();
  });

  it.each([
    ["an earlier start", JSON.stringify({ pid: process.pid, startedAt: "2026-01-01T00:00:00.000Z" })],
    ["no start time (the older format)", `${process.pid}\n`],
    ["this process's own start time", JSON.stringify({ pid: process.pid, startedAt: PROCESS_STARTED_AT })],
  ])("takes over a lock with this process's pid that this process does not hold (a restarted container), with %s", async (_label, text) => {
    const dataDir = tempFolder();
    writeFileSync(join(dataDir, LOCK_FILE_NAME), text);
    const lock = await lockDataFolder(dataDir);
    expect(JSON.parse(lockText(dataDir))).toEqual(ownLock());
    await expect(lockDataFolder(dataDir)).rejects.toThrow(`(pid ${process.pid})`); // now it does hold it
    lock.release();
  });

  it("takes over an unreadable lock file after the wait", async () => {
    const dataDir = tempFolder();
    writeFileSync(join(dataDir, LOCK_FILE_NAME), "");
    const started = performance.now();
    const lock = await lockDataFolder(dataDir);
    expect(performance.now() - started).toBeGreaterThanOrEqual(STALE_LOCK_RECHECK_MS - 5);
    lock.release();
  });

  it("refuses while a live process other than this one holds it", async () => {
    const dataDir = tempFolder();
    writeFileSync(join(dataDir, LOCK_FILE_NAME), `${process.ppid}\n`);
    await expect(lockDataFolder(dataDir)).rejects.toThrow(DataFolderInUseError);
    const parentStartedAt = (processStartedAt(process.ppid) ?? new Date()).toISOString();
    writeFileSync(join(dataDir, LOCK_FILE_NAME), JSON.stringify({ pid: process.ppid, startedAt: parentStartedAt }));
    await expect(lockDataFolder(dataDir)).rejects.toThrow(`(pid ${process.ppid})`);
  });

  it.runIf(processStartedAt(process.pid) !== null)("takes over a crashed server's lock whose pid now belongs to a program started at another time (issue 7, finding 10)", async () => {
    const dataDir = tempFolder();
    const parentStart = processStartedAt(process.ppid)!.getTime();
    const crashedServerStart = new Date(parentStart - START_TIME_TOLERANCE_MS - 60_000).toISOString();
    writeFileSync(join(dataDir, LOCK_FILE_NAME), JSON.stringify({ pid: process.ppid, startedAt: crashedServerStart }));
    const lock = await lockDataFolder(dataDir);
    expect(JSON.parse(lockText(dataDir))).toEqual(ownLock());
    lock.release();
  });

  it("waits before taking over a stale lock, and does not take it if a live owner took the folder meanwhile", async () => {
    const dataDir = tempFolder();
    const path = join(dataDir, LOCK_FILE_NAME);
    writeFileSync(path, `${deadPid()}\n`);
    const attempt = lockDataFolder(dataDir);
    // During the wait another starter (here: the parent process) takes the folder over.
    await new Promise((done) => setTimeout(done, STALE_LOCK_RECHECK_MS / 4));
    const live = JSON.stringify({ pid: process.ppid, startedAt: (processStartedAt(process.ppid) ?? new Date()).toISOString() });
    writeFileSync(path, live);
    await expect(attempt).rejects.toThrow(`(pid ${process.ppid})`);
    expect(readFileSync(path, "utf8")).toBe(live);
  });

  it("lets exactly one of two processes starting at once take over a stale lock", async () => {
    const modulePath = fileURLToPath(new URL("./data-folder-lock.ts", import.meta.url));
    const script = `
      import { lockDataFolder } from ${JSON.stringify(modulePath)};
      const [dataDir, startAt] = process.argv.slice(2);
      while (Date.now() < Number(startAt)) {}
      try {
        const lock = await lockDataFolder(dataDir);
        process.stdout.write("won");
        setTimeout(() => lock.release(), 1500);
      } catch (error) {
        process.stdout.write(error.name === "DataFolderInUseError" ? "lost" : "error: " + error.message);
      }
    `;
    const runOne = (dataDir: string, startAt: number) =>
      new Promise<string>((done, fail) => {
        const child = spawn(process.execPath, ["--input-type=module", "-e", script, dataDir, String(startAt)], { stdio: ["ignore", "pipe", "inherit"] });
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
        child.on("error", fail);
        child.on("exit", () => done(out));
      });
    for (let round = 0; round < 3; round += 1) {
      const dataDir = tempFolder();
      writeFileSync(join(dataDir, LOCK_FILE_NAME), JSON.stringify({ pid: deadPid(), startedAt: "2026-01-01T00:00:00.000Z" }));
      const startAt = Date.now() + 400;
      const outcomes = await Promise.all([runOne(dataDir, startAt), runOne(dataDir, startAt)]);
      expect(outcomes.sort(), `round ${round}`).toEqual(["lost", "won"]);
    }
  }, 30_000);
});
