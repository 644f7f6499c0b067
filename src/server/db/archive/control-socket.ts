/**
 * Backups of the embedded database while the server runs (ADR 0017). Only the server may open
 * the data folder (data-folder-lock.ts), so `cephalog backup` asks it: the server listens on a
 * Unix socket in the data folder, `<data>/cephalog.sock`, answering one request, `GET /backup`,
 * with the archive (gzip) from one snapshot. The socket is the folder owner's alone (mode 0600;
 * connecting needs write permission on it), someone who can read the database files anyway; it
 * is never a network port.
 */
import { chmodSync, rmSync } from "node:fs";
import { createServer, request, type IncomingMessage } from "node:http";
import { join, resolve } from "node:path";
import type { Kysely } from "kysely";
import type { Log } from "../../shared/deps.ts";
import { ArchiveFormatError } from "./archive-format.ts";
import { gunzipLines, gzipLines } from "./archive-file.ts";
import { cephalogVersion } from "./cephalog-version.ts";
import { writeArchive, type LineSink } from "./write-archive.ts";

export const CONTROL_SOCKET_NAME = "cephalog.sock";

/** Unix socket paths longer than this do not fit sockaddr_un (108 bytes on Linux, 104 on macOS). */
const MAX_SOCKET_PATH_BYTES = 100;

/** The socket's path for a data folder, or null when the path is too long for a socket. */
export function controlSocketPath(dataDir: string): string | null {
  const path = resolve(join(dataDir, CONTROL_SOCKET_NAME));
  return process.platform !== "win32" && Buffer.byteLength(path) <= MAX_SOCKET_PATH_BYTES ? path : null;
}

export interface ControlSocket {
  readonly path: string | null;
  close(): Promise<void>;
}

/** Starts answering backups on the data folder's socket (call while holding the data folder's lock). */
export async function serveControlSocket<DB>(options: { dataDir: string; db: Kysely<DB>; clock: () => Date; log: Log }): Promise<ControlSocket> {
  const path = controlSocketPath(options.dataDir);
  if (path === null) return { path: null, close: async () => {} };
  // A socket left by a server that was killed: ours now, since we hold the folder's lock.
  rmSync(path, { force: true });
  const server = createServer((req, res) => {
    if (req.method !== "GET" || req.url !== "/backup") {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/gzip" });
    const writer = gzipLines(res);
    writeArchive(options.db, writer.write, { source: "pglite", takenAt: options.clock(), cephalogVersion: cephalogVersion() })
      .then(() => writer.end())
      .then(
        () => options.log.info({ event: "backup" }, "backup sent on the data folder's socket"),
        (error: unknown) => {
          // Cut the stream: the client finds no "done" line and keeps no file.
          options.log.error({ event: "backup", failure: error instanceof Error ? error.name : typeof error }, "backup failed");
          res.destroy();
        },
      );
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(path, () => {
      server.off("error", fail);
      done();
    });
  });
  chmodSync(path, 0o600);
  return {
    path,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** What a copied archive held, read from its control lines as they passed. */
export interface CopiedArchive {
  readonly schemaVersion: string;
  readonly tables: readonly { readonly name: string; readonly rows: number }[];
}

/**
 * Asks the server holding `dataDir` for a backup and passes its lines to `sink`; refuses an
 * archive that does not end with its "done" line (the server stopped midway).
 */
export async function backupThroughServer(dataDir: string, sink: LineSink): Promise<CopiedArchive> {
  const path = controlSocketPath(dataDir);
  if (path === null) throw new ArchiveFormatError(`The data folder's path is too long for the server's backup socket: stop the server, then run the backup (or use a shorter CEPHALOG_DATA).`);
  const response = await new Promise<IncomingMessage>((done, fail) => {
    request({ socketPath: path, path: "/backup", method: "GET" }, done).on("error", fail).end();
  });
  if (response.statusCode !== 200) throw new ArchiveFormatError(`The running server refused the backup (HTTP ${response.statusCode ?? "?"}).`);
  return copyLines(gunzipLines(response), sink);
}

async function copyLines(lines: AsyncIterable<string>, sink: LineSink): Promise<CopiedArchive> {
  let schemaVersion: string | undefined;
  const tables: { name: string; rows: number }[] = [];
  let done = false;
  for await (const line of lines) {
    if (schemaVersion === undefined) schemaVersion = (JSON.parse(line) as { schemaVersion?: string }).schemaVersion ?? "";
    else if (line.startsWith("[")) {
      const control = JSON.parse(line) as [string, string, number];
      if (control[0] === "end") tables.push({ name: control[1], rows: control[2] });
      if (control[0] === "done") done = true;
    }
    await sink(line);
  }
  if (!done || schemaVersion === undefined) throw new ArchiveFormatError("The server's backup stopped before its end: no file was kept. Try again.");
  return { schemaVersion, tables };
}
