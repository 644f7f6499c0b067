/**
 * Archives as gzip files of lines. A backup is written to `<file>.partial` (owner-only: it holds
 * health data), flushed to the disk, and only then renamed to its name, so a backup cut short by
 * a crash never looks like a whole one (and a whole one ends with its "done" line anyway).
 */
import { once } from "node:events";
import { createReadStream, createWriteStream, renameSync, rmSync } from "node:fs";
import { createInterface } from "node:readline";
import { finished } from "node:stream/promises";
import type { Readable, Writable } from "node:stream";
import { createGunzip, createGzip } from "node:zlib";
import type { LineSink } from "./write-archive.ts";

export interface GzipLineWriter {
  readonly write: LineSink;
  /** Ends the gzip stream and waits until everything reached the destination. */
  end(): Promise<void>;
}

/** Gzips lines into a writable stream (a file, an HTTP response), waiting when it is full. */
export function gzipLines(destination: Writable): GzipLineWriter {
  const gzip = createGzip();
  gzip.pipe(destination);
  const failure = new Promise<never>((_, reject) => {
    destination.once("error", reject);
    gzip.once("error", reject);
  });
  failure.catch(() => undefined);
  return {
    async write(line) {
      if (!gzip.write(`${line}\n`)) await Promise.race([once(gzip, "drain"), failure]);
    },
    async end() {
      gzip.end();
      await Promise.race([finished(destination), failure]);
    },
  };
}

/** The lines of a gzipped archive stream (a file, an HTTP response), as they arrive. */
export function gunzipLines(source: Readable): AsyncIterable<string> {
  const gunzip = createGunzip();
  source.on("error", (error) => gunzip.destroy(error));
  return createInterface({ input: source.pipe(gunzip), crlfDelay: Infinity });
}

/** The lines of an archive file. */
export function readArchiveFile(path: string): AsyncIterable<string> {
  return gunzipLines(createReadStream(path));
}

/**
 * Writes an archive file with `write` (which receives the line sink); the file appears under its
 * name only when complete and flushed, readable by its owner alone.
 */
export async function writeArchiveFile<T>(path: string, write: (sink: LineSink) => Promise<T>): Promise<T> {
  const partial = `${path}.partial`;
  // flush: the file is fsynced before it is closed, so the rename below never names a file whose
  // content is still only in the operating system's cache.
  const file = createWriteStream(partial, { mode: 0o600, flush: true });
  const writer = gzipLines(file);
  try {
    const result = await write(writer.write);
    await writer.end();
    renameSync(partial, path);
    return result;
  } catch (error) {
    file.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
}
