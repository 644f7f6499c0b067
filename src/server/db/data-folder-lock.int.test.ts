import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "./connect.ts";
import { DataFolderInUseError, LOCK_FILE_NAME, lockDataFolder } from "./data-folder-lock.ts";

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
  });

  it("holds the owner's pid and removes the file on release", () => {
    const dataDir = tempFolder();
    const lock = lockDataFolder(dataDir);
    expect(readFileSync(join(dataDir, LOCK_FILE_NAME), "utf8").trim()).toBe(String(process.pid));
    lock.release();
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
  });

  it("takes over a stale lock left by a process that is no longer running", () => {
    const dataDir = tempFolder();
    writeFileSync(join(dataDir, LOCK_FILE_NAME), `${deadPid()}\n`);
    const lock = lockDataFolder(dataDir);
    expect(readFileSync(join(dataDir, LOCK_FILE_NAME), "utf8").trim()).toBe(String(process.pid));
    lock.release();
  });

  it("refuses while a live process other than this one holds it", () => {
    const dataDir = tempFolder();
    writeFileSync(join(dataDir, LOCK_FILE_NAME), `${process.ppid}\n`);
    expect(() => lockDataFolder(dataDir)).toThrow(DataFolderInUseError);
    expect(() => lockDataFolder(dataDir)).toThrow(`(pid ${process.ppid})`);
  });
});
