/**
 * The audit log as administrators search and export it (ADR 0016). Days are the clinic's: `from`
 * starts at its midnight, `to` ends at the next. The export walks the same query page by page
 * into a stream, so no log is ever held whole.
 */
import { Readable } from "node:stream";
import type { AuditEventView, AuditPage, AuditQuery } from "#contracts/api/audit.ts";
import { AUDIT_PAGE_SIZE } from "#contracts/api/audit.ts";
import { addDaysWithinRange, type PlainDate } from "#domain/shared/plain-date.ts";
import { AppError, invalidField } from "../../app-error.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { instantAtLocalTime } from "../../shared/time-zone.ts";
import { findClinicRow } from "../setup/repository.ts";
import { AUDIT_CSV_HEADER, auditCsvLine } from "./audit-csv.ts";
import { chainHead, clinicChain } from "./chain-store.ts";
import { auditLogPage, type AuditLogFilter, type AuditLogRow } from "./log-repository.ts";

/** Rows per query while exporting. */
const EXPORT_PAGE = 1000;

/**
 * A cursor for the page after this row: its time and id, base64url.
 * @example encodeCursor({ at: "2026-12-07T09:00:00.000Z", id: "x" }) // "WyIyMDI2LTEyLTA3VDA5OjAwOjAwLjAwMFoiLCJ4Il0"
 */
export function encodeCursor(row: { readonly at: string; readonly id: string }): string {
  return Buffer.from(JSON.stringify([row.at, row.id]), "utf8").toString("base64url");
}

/** The row a cursor names; a `validation_failed` naming `cursor` when it was not made by encodeCursor. */
export function decodeCursor(cursor: string): { at: string; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && !Number.isNaN(Date.parse(value[0])) && typeof value[1] === "string" && /^[0-9a-f-]{36}$/.test(value[1])) {
      return { at: value[0], id: value[1] };
    }
  } catch {
    // Falls through to the same answer as a well-formed but foreign value.
  }
  throw invalidField("cursor", "must be a nextCursor from an earlier page");
}

async function clinicTimeZone(deps: ServiceDeps, clinicId: string): Promise<string> {
  const clinic = await findClinicRow(deps.db, clinicId);
  if (clinic === undefined) throw new AppError("not_found", "No such clinic.");
  return clinic.time_zone;
}

function filterOf(query: AuditQuery, timeZone: string): AuditLogFilter {
  return {
    patientId: query.patientId,
    userId: query.userId,
    from: query.from === undefined ? undefined : instantAtLocalTime(query.from as PlainDate, 0, 0, timeZone).toISOString(),
    before: query.to === undefined ? undefined : instantAtLocalTime(addDaysWithinRange(query.to as PlainDate, 1), 0, 0, timeZone).toISOString(),
    after: query.cursor === undefined ? undefined : decodeCursor(query.cursor),
  };
}

function toView(row: AuditLogRow): AuditEventView {
  return {
    id: row.id,
    at: row.at,
    kind: row.kind,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    route: row.route,
    method: row.method,
    ip: row.ip,
    actor: row.actor_user_id === null ? null : { id: row.actor_user_id, name: row.actor_name ?? "(unknown account)" },
    patient: row.patient_id === null ? null : { id: row.patient_id, name: row.patient_name ?? "(not in this clinic)" },
    seq: row.seq === null ? null : Number(row.seq),
  };
}

/** One page of the clinic's audit log, newest first, and the chain's head as last sealed. */
export async function searchAuditLog(deps: ServiceDeps, clinicId: string, query: AuditQuery): Promise<AuditPage> {
  const timeZone = await clinicTimeZone(deps, clinicId);
  const rows = await auditLogPage(deps.db, clinicId, filterOf(query, timeZone), AUDIT_PAGE_SIZE + 1);
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = page.at(-1);
  return {
    timeZone,
    events: page.map(toView),
    nextCursor: rows.length > AUDIT_PAGE_SIZE && last !== undefined ? encodeCursor(last) : null,
    head: await chainHead(deps.db, clinicChain(clinicId)),
  };
}

/** Every row matching the query, newest first, as CSV lines; read from the database a page at a time. */
export async function exportAuditLog(deps: ServiceDeps, clinicId: string, query: AuditQuery): Promise<Readable> {
  const filter = filterOf(query, await clinicTimeZone(deps, clinicId));
  async function* lines(): AsyncGenerator<string> {
    yield `${AUDIT_CSV_HEADER}\r\n`;
    let after = filter.after;
    for (;;) {
      const rows = await auditLogPage(deps.db, clinicId, { ...filter, after }, EXPORT_PAGE);
      if (rows.length > 0) yield rows.map((row) => `${auditCsvLine(toView(row))}\r\n`).join("");
      const last = rows.at(-1);
      if (rows.length < EXPORT_PAGE || last === undefined) return;
      after = { at: last.at, id: last.id };
    }
  }
  return Readable.from(lines());
}
