/**
 * Copies one database into another, empty one (the move from the embedded database to
 * PostgreSQL, ADR 0017): the archive writer and the restore run at once, joined by a bounded
 * channel, so the copy is a backup and a restore without the file. Afterwards every table is
 * compared between the two databases, by row count and digest.
 */
import type { Kysely } from "kysely";
import { readCatalog } from "./catalog.ts";
import { tableDigest, type TableDigest } from "./digest.ts";
import { lineChannel } from "./line-channel.ts";
import { restoreArchive, type RestoreSummary } from "./restore-archive.ts";
import { writeArchive, type WriteArchiveOptions } from "./write-archive.ts";

export interface TableComparison {
  readonly name: string;
  readonly source: TableDigest;
  readonly target: TableDigest;
}

export interface CopySummary {
  readonly restored: RestoreSummary;
  readonly tables: readonly TableComparison[];
  /** Tables whose count or digest differ between source and target (none after a good copy). */
  readonly differing: readonly TableComparison[];
}

export async function copyDatabase<S, T>(source: Kysely<S>, target: Kysely<T>, options: WriteArchiveOptions): Promise<CopySummary> {
  const channel = lineChannel();
  const writing = writeArchive(source, channel.sink, options).then(
    (summary) => {
      channel.close();
      return summary;
    },
    (error: unknown) => {
      channel.close(error);
      throw error;
    },
  );
  const reading = restoreArchive(target, channel.lines).catch((error: unknown) => {
    channel.abandon(error);
    throw error;
  });
  const [written, restored] = await Promise.allSettled([writing, reading]);
  // The restore's failure explains more (a target not empty, a newer schema); the writer then fails with the same error.
  if (restored.status === "rejected") throw restored.reason;
  if (written.status === "rejected") throw written.reason;
  const tables = await compareTables(source, target);
  return { restored: restored.value, tables, differing: tables.filter((table) => table.source.rows !== table.target.rows || table.source.digest !== table.target.digest) };
}

/** Every table of the source beside the same table in the target. */
export async function compareTables<S, T>(source: Kysely<S>, target: Kysely<T>): Promise<TableComparison[]> {
  const comparisons: TableComparison[] = [];
  for (const table of await readCatalog(source)) {
    comparisons.push({ name: table.name, source: await tableDigest(source, table.name), target: await tableDigest(target, table.name) });
  }
  return comparisons;
}
