/**
 * The archive format (ADR 0017), `cephalog-archive` version 1: gzip of JSON lines.
 *
 * ```
 * {"format":"cephalog-archive","formatVersion":1,"schemaVersion":"<latest migration>",...}   header
 * ["table","clinics",["id","name",...]]                                                     a table begins
 * {"id":"…","name":"…",...}                                                                 its rows, to_jsonb(row)
 * ["end","clinics",1,"123456789"]                                                           its row count and digest
 * ...every table in foreign-key order...
 * ["done",25]                                                                               the archive is whole
 * ```
 *
 * Rows are objects and control lines are arrays, so a line's first character tells them apart
 * without parsing the row: rows go to the database as the text the database wrote, and no
 * number passes through a JavaScript double.
 */
import { z } from "zod";

export const ARCHIVE_FORMAT = "cephalog-archive";
export const ARCHIVE_FORMAT_VERSION = 1;

export const archiveHeaderSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.number().int(),
  /** The newest migration applied to the database it was taken from. */
  schemaVersion: z.string().min(1),
  takenAt: z.string(),
  /** Which kind of database it came from ("pglite" or "postgresql"), for people. */
  source: z.string(),
  cephalogVersion: z.string(),
});
export type ArchiveHeader = z.infer<typeof archiveHeaderSchema>;

export const tableStartSchema = z.tuple([z.literal("table"), z.string().min(1), z.array(z.string().min(1))]);
export const tableEndSchema = z.tuple([z.literal("end"), z.string().min(1), z.number().int().min(0), z.string().regex(/^\d+$/)]);
export const archiveDoneSchema = z.tuple([z.literal("done"), z.number().int().min(0)]);

/** The archive is not one this version can read: its message says what is wrong, never a row's content. */
export class ArchiveFormatError extends Error {
  override readonly name = "ArchiveFormatError";
}
