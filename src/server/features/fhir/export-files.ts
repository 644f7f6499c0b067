/**
 * Where a bulk export's files live (ADR 0025): `<exportsDir>/<exportId>/<ResourceType>.ndjson`,
 * `exportsDir` being `<dataDir>/exports`. Each file is written a line at a time as the job walks
 * the clinic (NDJSON: one resource per line), waiting for the disk when its buffer is full, so the
 * job holds one patient's resources at a time, never the clinic's.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import type { FhirResource } from "#fhir/types.ts";

/** A FHIR resource type name, the only file names there are (no path can be smuggled in). */
export const RESOURCE_TYPE = /^[A-Z][A-Za-z]{1,63}$/;

export const exportDir = (exportsDir: string, exportId: string) => join(exportsDir, exportId);
export const fileNameOf = (resourceType: string) => `${resourceType}.ndjson`;

export async function removeExportFiles(exportsDir: string, exportId: string): Promise<void> {
  await rm(exportDir(exportsDir, exportId), { recursive: true, force: true });
}

/** The open NDJSON files of one export, one per resource type, opened at its first resource. */
export class NdjsonFiles {
  private readonly streams = new Map<string, { stream: WriteStream; count: number }>();
  private readonly dir: string;

  private constructor(dir: string) {
    this.dir = dir;
  }

  static async open(exportsDir: string, exportId: string): Promise<NdjsonFiles> {
    const dir = exportDir(exportsDir, exportId);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true, mode: 0o700 });
    return new NdjsonFiles(dir);
  }

  /** Appends the resource as one line of its type's file; resolves once the file can take more. */
  async write(resource: FhirResource): Promise<void> {
    const type = resource.resourceType;
    if (!RESOURCE_TYPE.test(type)) throw new Error("not a resource type");
    let file = this.streams.get(type);
    if (file === undefined) {
      file = { stream: createWriteStream(join(this.dir, fileNameOf(type)), { mode: 0o600 }), count: 0 };
      this.streams.set(type, file);
    }
    file.count += 1;
    if (!file.stream.write(`${JSON.stringify(resource)}\n`)) await once(file.stream, "drain");
  }

  /** Closes every file (flushed to the operating system) and answers each type's count, by type name. */
  async close(): Promise<{ type: string; count: number }[]> {
    await Promise.all(
      [...this.streams.values()].map(({ stream }) => {
        stream.end();
        return finished(stream);
      }),
    );
    return [...this.streams.entries()].map(([type, { count }]) => ({ type, count })).sort((a, b) => (a.type < b.type ? -1 : 1));
  }

  /** Closes the files without waiting for them (after a failure; the folder is removed next). */
  destroy(): void {
    for (const { stream } of this.streams.values()) stream.destroy();
  }
}
