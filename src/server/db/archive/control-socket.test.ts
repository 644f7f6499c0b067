/**
 * The client side of the data folder's backup socket: a backup the server stops sending midway
 * (cut off, or whole gzip without its "done" line) is refused, and no file is left under the
 * backup's name. The server side is tested with a real server in backup-while-serving.int.test.ts.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, expect, it } from "vitest";
import { writeArchiveFile } from "./archive-file.ts";
import { backupThroughServer, CONTROL_SOCKET_NAME } from "./control-socket.ts";

const header = JSON.stringify({ format: "cephalog-archive", formatVersion: 1, schemaVersion: "20261126120000_clinics_and_people", takenAt: "2026-12-07T10:00:00.000Z", source: "pglite", cephalogVersion: "0.1.0" });
const withoutEnd = gzipSync(`${header}\n["table","clinics",["id"]]\n{"id": "0190e4a0-0000-7000-8000-000000000001"}\n`);

const folders: string[] = [];
afterEach(() => {
  for (const path of folders.splice(0)) rmSync(path, { recursive: true, force: true });
});

it.each([
  ["cut off midway", (res: ServerResponse) => void res.write(withoutEnd.subarray(0, 24), () => res.destroy())],
  ["whole gzip but no done line", (res: ServerResponse) => void res.end(withoutEnd)],
])("refuses a backup %s, keeping no file", async (_, send) => {
  const dataDir = mkdtempSync(join(tmpdir(), "cephalog-socket-"));
  folders.push(dataDir);
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/gzip" });
    send(res);
  });
  await new Promise<void>((listening) => server.listen(join(dataDir, CONTROL_SOCKET_NAME), listening));
  try {
    const file = join(dataDir, "backup.gz");
    await expect(writeArchiveFile(file, (sink) => backupThroughServer(dataDir, sink))).rejects.toThrow();
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(dataDir).filter((name) => name.startsWith("backup.gz"))).toEqual([]);
  } finally {
    server.close();
  }
});
