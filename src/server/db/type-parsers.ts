/**
 * One reading of dates and instants on both drivers: a `date` stays the `YYYY-MM-DD` string the
 * database sends (never a JavaScript Date, which would shift it by the host's zone), and a
 * `timestamptz` becomes a UTC ISO string. Sessions run in UTC (see connect.ts).
 */

/** PostgreSQL type OIDs. */
export const PG_TYPE = { DATE: 1082, TIMESTAMP: 1114, TIMESTAMPTZ: 1184 } as const;

/**
 * A `timestamptz` in PostgreSQL's text form as a UTC ISO string.
 * @example instantFromPostgres("2026-11-26 09:30:00.5+00") // "2026-11-26T09:30:00.500Z"
 */
export function instantFromPostgres(text: string): string {
  const iso = text.replace(" ", "T").replace(/([+-]\d\d)$/, "$1:00").replace(/([+-]\d\d)(\d\d)$/, "$1:$2");
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`unreadable timestamp from the database: ${text}`);
  return date.toISOString();
}

/**
 * A `date` exactly as sent.
 * @example dateFromPostgres("2026-02-28") // "2026-02-28"
 */
export function dateFromPostgres(text: string): string {
  return text;
}

/** Parsers by type OID, shared by the PGlite and pg drivers. */
export const TEXT_PARSERS: Readonly<Record<number, (text: string) => unknown>> = {
  [PG_TYPE.DATE]: dateFromPostgres,
  [PG_TYPE.TIMESTAMPTZ]: instantFromPostgres,
};
