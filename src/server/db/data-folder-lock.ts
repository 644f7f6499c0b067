/**
 * One process at a time may open the embedded database: PGlite has no server to arbitrate, so
 * two processes writing one folder would corrupt it. A lock file names its owner: the pid and
 * the instant that process started (`{"pid":…,"startedAt":"…"}`; older versions wrote the pid
 * alone, which is still read).
 *
 * A lock is stale, and taken over, when its pid is no longer running; when its pid is this
 * process's own but this process does not hold it (a container restarted after a crash often
 * gets the same pid, say 1, as the process that left the lock); or when the process now running
 * under its pid started at another time than the lock says its owner did (a crashed server's pid
 * given to another program; read from /proc where there is one).
 *
 * Creating and taking over are atomic, so of two starters at most one wins: the lock is written
 * whole to a temporary file and hard-linked into place (which fails when a lock is there, and is
 * never seen half-written); a stale lock is first renamed aside, and only if what was moved is
 * the very lock judged stale is it dropped (otherwise it is put back).
 */
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { join, resolve } from "node:path";
import { processStartedAt } from "./process-start.ts";

export const LOCK_FILE_NAME = "cephalog.lock";

/** How long to wait before taking over a stale lock, so a starter still writing one (an older version) can finish. */
export const STALE_LOCK_RECHECK_MS = 100;

/** When this process started, computed once: with the pid it tells this process from an earlier one with the same pid. */
export const PROCESS_STARTED_AT = new Date(Math.round(performance.timeOrigin)).toISOString();

/** Another live process holds the data folder. */
export class DataFolderInUseError extends Error {
  override readonly name = "DataFolderInUseError";
  readonly pid: number | null;
  constructor(dataDir: string, pid: number | null) {
    super(
      `The data folder ${dataDir} is in use by another Cephalog process${pid === null ? "" : ` (pid ${pid})`}. ` +
        "Stop it first, or use DATABASE_URL for a shared PostgreSQL server.",
    );
    this.pid = pid;
  }
}

export interface DataFolderLock {
  readonly path: string;
  release(): void;
}

/** The lock files this process holds, shared by every copy of this module in the process. */
function heldByThisProcess(): Set<string> {
  const key = Symbol.for("cephalog.heldDataFolderLocks");
  const registry = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  return (registry[key] ??= new Set<string>());
}

interface LockOwner {
  pid: number;
  /** null for the older plain-pid format. */
  startedAt: string | null;
}

/** A lock file as read: its exact text, and the owner when the text names one. */
interface SeenLock {
  text: string;
  owner: LockOwner | null;
}

function parseOwner(text: string): LockOwner | null {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return { pid: Number(trimmed), startedAt: null };
  try {
    const parsed = JSON.parse(trimmed) as { pid?: unknown; startedAt?: unknown };
    if (typeof parsed.pid !== "number" || !Number.isInteger(parsed.pid) || parsed.pid <= 0) return null;
    return { pid: parsed.pid, startedAt: typeof parsed.startedAt === "string" ? parsed.startedAt : null };
  } catch {
    return null;
  }
}

/** The lock file's content, or undefined when there is none (any more). */
function readLock(path: string): SeenLock | undefined {
  try {
    const text = readFileSync(path, "utf8");
    return { text, owner: parseOwner(text) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, so it is running.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** How far a process's start may be from its lock's `startedAt` and still be the lock's owner. */
export const START_TIME_TOLERANCE_MS = 10_000;

/** Whether a lock's owner still holds it. */
function isLive(owner: LockOwner | null, path: string): boolean {
  if (owner === null) return false;
  // Our own pid: held only if this very process took it (a second opener in this process is refused).
  if (owner.pid === process.pid) return heldByThisProcess().has(path);
  if (!isRunning(owner.pid)) return false;
  if (owner.startedAt === null) return true;
  const running = processStartedAt(owner.pid);
  // Unknown here (no /proc): the pid alone decides, erring on the side of not opening the folder twice.
  return running === null || Math.abs(running.getTime() - Date.parse(owner.startedAt)) <= START_TIME_TOLERANCE_MS;
}

/** Creates the lock file with its whole content, atomically; false when a lock is already there. */
function createLockFile(path: string, text: string): boolean {
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  writeFileSync(temporary, text, { flag: "wx" });
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    // A file system without hard links (some USB sticks): an exclusive create is the next best.
    if (code === "EPERM" || code === "ENOTSUP" || code === "ENOSYS" || code === "EOPNOTSUPP") return createExclusively(path, text);
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

function createExclusively(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Removes the lock at `path` if it is still exactly the stale one seen. It is renamed aside
 * first (atomic: of two processes only one moves a given file); if what was moved is not the
 * stale lock, another starter has just taken the folder, and its lock is put back.
 */
function removeIfStill(path: string, staleText: string): void {
  const aside = `${path}.${process.pid}.${randomBytes(6).toString("hex")}.stale`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return; // someone else removed it
    throw error;
  }
  try {
    if (readFileSync(aside, "utf8") !== staleText) {
      try {
        linkSync(aside, path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
    }
  } finally {
    rmSync(aside, { force: true });
  }
}

const delay = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/**
 * Takes the data folder's lock for this process, or throws {@link DataFolderInUseError}.
 * The folder is created when missing.
 */
export async function lockDataFolder(dataDir: string): Promise<DataFolderLock> {
  mkdirSync(dataDir, { recursive: true });
  const path = resolve(join(dataDir, LOCK_FILE_NAME));
  const text = `${JSON.stringify({ pid: process.pid, startedAt: PROCESS_STARTED_AT })}\n`;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (!heldByThisProcess().has(path) && createLockFile(path, text)) return hold(path, text);
    const seen = readLock(path);
    if (seen === undefined) continue; // released meanwhile: try again
    if (isLive(seen.owner, path)) throw new DataFolderInUseError(dataDir, seen.owner?.pid ?? null);
    // Stale. Wait a moment, then take it over only if it is still the same lock.
    await delay(STALE_LOCK_RECHECK_MS);
    const again = readLock(path);
    if (again === undefined || again.text !== seen.text) continue;
    removeIfStill(path, seen.text);
  }
  throw new DataFolderInUseError(dataDir, readLock(path)?.owner?.pid ?? null);
}

function hold(path: string, text: string): DataFolderLock {
  heldByThisProcess().add(path);
  let released = false;
  return {
    path,
    release() {
      if (released) return;
      released = true;
      heldByThisProcess().delete(path);
      if (readLock(path)?.text === text) rmSync(path, { force: true });
    },
  };
}
