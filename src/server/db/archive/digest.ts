/**
 * A table's fingerprint: its row count and the sum of a 60-bit slice of each row's md5, taken
 * over the row as the database writes it in JSON (`to_jsonb(row)::text`). The sum does not
 * depend on row order, so the database computes it in one pass and the archive writer the same
 * figure line by line; two tables with equal fingerprints hold the same rows (a checksum against
 * mistakes, not against forgery: the audit chain is that).
 */
import { createHash } from "node:crypto";
import { sql, type Kysely } from "kysely";

export interface TableDigest {
  readonly rows: number;
  /** A decimal integer, as text (it outgrows a JavaScript number). */
  readonly digest: string;
}

/** The fingerprint of a table as stored now (in the caller's transaction, when given one). */
export async function tableDigest<DB>(db: Kysely<DB>, table: string): Promise<TableDigest> {
  const { rows } = await sql<{ rows: string; digest: string }>`
    SELECT count(*)::text AS rows,
           coalesce(sum(('x' || left(md5(to_jsonb(t)::text), 15))::bit(60)::bigint), 0)::text AS digest
    FROM ${sql.id(table)} t`.execute(db);
  const row = rows[0] ?? { rows: "0", digest: "0" };
  return { rows: Number(row.rows), digest: row.digest };
}

/** The same fingerprint, built from rows in their JSON text one at a time. */
export class DigestAccumulator {
  #rows = 0;
  #sum = 0n;

  add(rowText: string): void {
    this.#rows += 1;
    this.#sum += BigInt(`0x${createHash("md5").update(rowText, "utf8").digest("hex").slice(0, 15)}`);
  }

  result(): TableDigest {
    return { rows: this.#rows, digest: this.#sum.toString() };
  }
}
