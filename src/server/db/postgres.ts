/** Kysely over a PostgreSQL server through a pg pool. */
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "./schema.ts";
import { TEXT_PARSERS } from "./type-parsers.ts";

const typeParsers = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    const parser = TEXT_PARSERS[oid];
    if (parser !== undefined && (format === undefined || format === "text")) return parser;
    return pg.types.getTypeParser(oid, format ?? "text");
  },
} as unknown as pg.CustomTypesConfig;

/** A pg pool for `connectionString` with the shared type parsers; sessions in UTC with ISO dates. */
export function createPgPool(connectionString: string, max = 10): pg.Pool {
  return new pg.Pool({ connectionString, max, types: typeParsers, options: "-c TimeZone=UTC -c DateStyle=ISO,YMD" });
}

/** Kysely over a PostgreSQL server; `destroy()` ends the pool. */
export function openPostgres(connectionString: string): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: createPgPool(connectionString) }) });
}
