/**
 * The audit log as CSV (RFC 4180, CRLF): one event a line, its names joined for people reading it
 * in a spreadsheet. A cell that a spreadsheet would run as a formula (starting with = + - @, a tab
 * or a carriage return: a name is whatever someone typed) is led by an apostrophe (OWASP, CSV
 * injection).
 */
import type { AuditEventView } from "#contracts/api/audit.ts";

export const AUDIT_CSV_HEADER = "at,kind,action,route,method,address,person_id,person,patient_id,patient,entity,entity_id,seq";

/**
 * One CSV cell: quoted when it holds a comma, a quote or a line break; defused when a spreadsheet would run it.
 * @example csvCell('=HYPERLINK("x")') // "\"'=HYPERLINK(\"\"x\"\")\""
 * @example csvCell(null) // ""
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  const text = typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One event as a CSV line (no line ending).
 * @example auditCsvLine({ id: "e", at: "2026-12-07T09:00:00.000Z", kind: "read", action: "patient.read", entity: "patient", entityId: "p", route: "/api/clinics/:clinicId/patients/:patientId", method: "GET", ip: "127.0.0.1", actor: { id: "u", name: "Ada" }, patient: { id: "p", name: "Pat" }, seq: 4 }) // "2026-12-07T09:00:00.000Z,read,patient.read,/api/clinics/:clinicId/patients/:patientId,GET,127.0.0.1,u,Ada,p,Pat,patient,p,4"
 */
export function auditCsvLine(event: AuditEventView): string {
  return [
    event.at,
    event.kind,
    event.action,
    event.route,
    event.method,
    event.ip,
    event.actor?.id ?? null,
    event.actor?.name ?? null,
    event.patient?.id ?? null,
    event.patient?.name ?? null,
    event.entity,
    event.entityId,
    event.seq,
  ]
    .map(csvCell)
    .join(",");
}
