/** The audit log in words for administrators (ADR 0016): times in the clinic's zone, actions, routes, the export's address. */
import type { AuditEventView } from "#contracts/api/audit.ts";
import { fillPath, withQuery } from "#web/app/api.ts";
import { apiRoutes } from "#contracts/api/routes.ts";

/** What the administrator searches by; empty strings mean "any". */
export interface AuditFilters {
  readonly patientId: string;
  readonly userId: string;
  readonly from: string;
  readonly to: string;
}

export const NO_FILTERS: AuditFilters = { patientId: "", userId: "", from: "", to: "" };

/**
 * The filters as the API's query: only those set.
 * @example auditQueryOf({ patientId: "p", userId: "", from: "2026-12-01", to: "" }) // { patientId: "p", from: "2026-12-01" }
 */
export function auditQueryOf(filters: AuditFilters): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of ["patientId", "userId", "from", "to"] as const) if (filters[key] !== "") query[key] = filters[key];
  return query;
}

/**
 * The CSV export's address for these filters (a plain link: the browser downloads it with the session cookie).
 * @example exportHref("c1", { patientId: "", userId: "u1", from: "", to: "" }) // "/api/clinics/c1/audit/export.csv?userId=u1"
 */
export function exportHref(clinicId: string, filters: AuditFilters): string {
  return withQuery(fillPath(apiRoutes.auditExport.path, { clinicId }), auditQueryOf(filters));
}

/**
 * A "to" day before the "from" day, in words for the field; null when the range is fine.
 * @example rangeProblem({ patientId: "", userId: "", from: "2026-12-05", to: "2026-12-01" }) // "must be on or after the first day"
 */
export function rangeProblem(filters: AuditFilters): string | null {
  return filters.from !== "" && filters.to !== "" && filters.to < filters.from ? "must be on or after the first day" : null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant in the clinic's time zone, to the second (an audit log orders what happened close together).
 * @example formatAuditTime("2026-07-20T13:05:09.000Z", "Europe/London") // "20 Jul 2026, 14:05:09"
 */
export function formatAuditTime(at: string, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, format);
  }
  return format.format(new Date(at));
}

const ACTION_WORDS: Readonly<Record<string, string>> = {
  "patient.read": "Opened the patient's data",
  "patient.written": "Sent a change (nothing new stored)",
  "clinic.read": "Opened a list of patients",
  "invitation.created_staff": "Invited a member of staff",
  "invitation.created_patient": "Invited the patient to the diary app",
  "invitation.accepted_staff": "Joined the clinic's staff",
  "invitation.accepted_patient": "Joined the diary app",
};

/** Reads of the audit log itself name no patient and open no list of patients. */
const isAuditLogRoute = (route: string | null): boolean => route?.startsWith("/api/clinics/:clinicId/audit") ?? false;

/**
 * What an event did, in words, knowing its route: reading the log itself is said as such.
 * @example whatWords({ action: "clinic.read", route: "/api/clinics/:clinicId/audit/export.csv" }) // "Exported the audit log"
 */
export function whatWords(event: Pick<AuditEventView, "action" | "route">): string {
  if (isAuditLogRoute(event.route)) return event.route?.endsWith(".csv") ? "Exported the audit log" : "Searched the audit log";
  return actionWords(event.action);
}

/**
 * What happened, in words: known verbs have sentences, others their dotted name made readable.
 * @example actionWords("diary.revision_saved") // "Diary revision saved"
 * @example actionWords("patient.read") // "Opened the patient's data"
 */
export function actionWords(action: string): string {
  const known = ACTION_WORDS[action];
  if (known !== undefined) return known;
  const text = action.replace(/[._-]+/g, " ").trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The route without its common prefix, with its method: "GET …/patients/:patientId".
 * @example routeWords("GET", "/api/clinics/:clinicId/patients/:patientId") // "GET …/patients/:patientId"
 * @example routeWords(null, null) // "—"
 */
export function routeWords(method: string | null, route: string | null): string {
  if (route === null) return "—";
  const short = route.replace(/^\/api\/clinics\/:clinicId/, "…");
  return method === null ? short : `${method} ${short}`;
}

/** Who did it, in words: the system for the demo's seeding. */
export const actorWords = (event: AuditEventView): string => event.actor?.name ?? "Cephalog (no person)";

/** Whose data: a list of the clinic's patients names no one patient. */
export const patientWords = (event: AuditEventView): string => event.patient?.name ?? (event.kind === "read" && !isAuditLogRoute(event.route) ? "Several (a list)" : "—");
