/**
 * One process at a time may open the embedded database: PGlite has no server to arbitrate, so
 * two processes writing one folder would corrupt it. An exclusive lock file holds the owner's
 * pid; a lock whose pid is no longer running is stale and taken over.
 */
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from "node:fs";
import { join } from "node:path";

export const LOCK_FILE_NAME = "cephalog.lock";

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

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, so it is running.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Takes the data folder's lock for this process, or throws {@link DataFolderInUseError}.
 * The folder is created when missing.
 */
export function lockDataFolder(dataDir: string): DataFolderLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE_NAME);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    let fd: number;
    try {
      fd = openSync(path, "wx");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readOwner(path);
      // Our own pid counts as in use: a second opener inside this process is refused too.
      if (owner !== null && isRunning(owner)) throw new DataFolderInUseError(dataDir, owner);
      if (owner === null && attempt === 0) {
        // Possibly being written this instant by another starter: look once more before taking it.
        continue;
      }
      rmSync(path, { force: true });
      continue;
    }
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    let released = false;
    return {
      path,
      release() {
        if (released) return;
        released = true;
        if (readOwner(path) === process.pid) rmSync(path, { force: true });
      },
    };
  }
  throw new DataFolderInUseError(dataDir, readOwner(path));
}
