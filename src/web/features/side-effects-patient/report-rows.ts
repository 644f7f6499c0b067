/**
 * The patient's own reports, as the "Your reports" list shows them: what the server last said
 * (its status), and the reports on this phone it has not listed yet (not sent, or sent since the
 * list was fetched), newest first.
 */
import type { MySideEffects } from "#contracts/api/side-effects.ts";
import type { SymptomCode } from "#domain/shared/record.ts";
import { triageLevel, type TriageLevel } from "#domain/triage/triage-levels.ts";
import type { ReportEntry, SideEffectsEntry } from "#web/offline/side-effects-outbox-entry.ts";
import { statusWords } from "./report-words.ts";
import { sendStateOf, type SendStateContext } from "./send-state.ts";

export interface ReportRow {
  readonly id: string;
  readonly onsetDate: string;
  readonly symptoms: readonly SymptomCode[];
  readonly level: TriageLevel;
  /** Where it is: the clinic's status, or whether it has left this phone. */
  readonly state: string;
  readonly tone: "ok" | "warn" | "error";
  /** When it was made or received, for the order. */
  readonly at: string;
}

function fromPhone(entry: ReportEntry, context: SendStateContext): ReportRow {
  const state = sendStateOf(entry, context);
  return {
    id: entry.id,
    onsetDate: entry.payload.onsetDate,
    symptoms: entry.payload.symptoms,
    // The server's triage once it has one; until then the phone's, by the same rule (src/domain/triage).
    level: entry.receipt?.level ?? triageLevel(entry.payload.symptoms),
    state: entry.state === "sent" ? statusWords("new", context.t) : state.text,
    tone: state.tone,
    at: entry.receipt?.receivedAt ?? entry.payload.recordedAt,
  };
}

/**
 * The rows of the list: the server's reports, and this phone's reports it does not list, newest first.
 * @example myReportRows([], [pendingReport], context)[0].state // "Saved on this phone, will send when you are online"
 */
export function myReportRows(serverReports: MySideEffects["reports"], entries: readonly SideEffectsEntry[], context: SendStateContext): ReportRow[] {
  const listed = new Set(serverReports.map((report) => report.id));
  const rows: ReportRow[] = serverReports.map((report) => ({
    id: report.id,
    onsetDate: report.onsetDate,
    symptoms: report.symptoms,
    level: report.level,
    state: statusWords(report.status, context.t),
    tone: "ok",
    at: report.receivedAt,
  }));
  for (const entry of entries) if (entry.kind === "report" && !listed.has(entry.id)) rows.push(fromPhone(entry, context));
  return rows.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}
