/**
 * The clinic's side of side effects (issue 8): the inbox (red first, then amber, then green,
 * newest first), the alert every staff page polls (counts only), one patient's reports with the
 * hold, and one report with the session it follows and every action taken.
 */
import type { PatientSideEffects, SideEffectAlerts, SideEffectDetail, SideEffectInbox, SideEffectSummary } from "#contracts/api/side-effects.ts";
import type { SideEffectAction } from "#contracts/records/kind-contents.ts";
import { triageActions } from "#domain/triage/triage-actions.ts";
import { AppError } from "../../app-error.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { recordRevisions, type RevisionWithAuthor } from "../../shared/records/repository.ts";
import { clinicToday } from "../clinic-settings/clinic-settings.ts";
import type { Target } from "./report-side-effect.ts";
import { inboxOrder, stateOf, toSummary, type ReportContent } from "./report-view.ts";
import { reportRows, sessionsById, signedSessions, unacknowledgedRed, type ReportRow } from "./repository.ts";

/** The most reports the inbox lists with `show=all`. */
export const INBOX_ALL_LIMIT = 500;

const byPatient = (sessions: readonly RevisionWithAuthor[]) => {
  const map = new Map<string, RevisionWithAuthor[]>();
  for (const session of sessions) map.set(session.patient_id, [...(map.get(session.patient_id) ?? []), session]);
  return map;
};

/**
 * Summaries of these reports, with the sessions they follow: the one stored at receipt, else
 * (older reports) the patient's latest on or before the onset, so those patients' sessions are read.
 */
async function summaries(tx: Executor, clinicId: string, rows: readonly ReportRow[]): Promise<SideEffectSummary[]> {
  const stored = [...new Set(rows.flatMap((row) => (row.content as ReportContent).followsSessionId ?? []))];
  const legacyPatients = [...new Set(rows.filter((row) => !(row.content as ReportContent).followsSessionId).map((row) => row.patient_id))];
  const [linked, ...legacy] = await Promise.all([sessionsById(tx, clinicId, stored), ...legacyPatients.map((patientId) => signedSessions(tx, { clinicId, patientId }))]);
  const all = [...(linked ?? []), ...legacy.flat()];
  const sessions = new Map(all.map((session) => [session.record_id, session]));
  const ofPatient = byPatient(legacy.flat());
  return rows.map((row) => toSummary(row, sessions, ofPatient.get(row.patient_id) ?? []));
}

/** The inbox: open reports (not resolved), or with `all` the newest 500 of every standing. */
export async function readInbox(deps: ServiceDeps, clinicId: string, show: "open" | "all" = "open"): Promise<SideEffectInbox> {
  const now = deps.clock();
  return readSnapshot(deps.db, async (tx) => {
    const { today } = await clinicToday(tx, clinicId, now);
    const rows = await reportRows(tx, { clinicId });
    const chosen =
      show === "open"
        ? rows.filter((row) => stateOf(row.content as ReportContent).status !== "resolved")
        : [...rows].sort((a, b) => (a.received_at < b.received_at ? 1 : -1)).slice(0, INBOX_ALL_LIMIT);
    const listed = await summaries(tx, clinicId, chosen);
    const names = new Map(chosen.map((row) => [row.record_id, { patientName: row.patient_name, recordNumber: row.record_number }]));
    return { today, reports: listed.sort(inboxOrder).map((summary) => ({ ...summary, ...(names.get(summary.id) ?? { patientName: "", recordNumber: null }) })) };
  });
}

/** The red reports nobody has acknowledged: the banner on every staff page (counts only, no patient data). */
export async function readAlerts(deps: ServiceDeps, clinicId: string): Promise<SideEffectAlerts> {
  const { count, oldest } = await unacknowledgedRed(deps.db, clinicId);
  return { unacknowledgedRed: count, oldestReceivedAt: oldest };
}

/** One patient's reports, newest first, and the hold red ones put on the next session. */
export async function patientSideEffectsIn(tx: Executor, target: Target): Promise<PatientSideEffects> {
  await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
  const rows = await reportRows(tx, target);
  const listed = (await summaries(tx, target.clinicId, rows)).sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : 0));
  const holding = listed.filter((report) => report.hold === "held");
  return {
    hold: { held: holding.length > 0, reports: holding.map((report) => ({ id: report.id, onsetDate: report.onsetDate, symptoms: report.symptoms, receivedAt: report.receivedAt, revision: report.revision })) },
    reports: listed,
  };
}

export function readPatientSideEffects(deps: ServiceDeps, target: Target): Promise<PatientSideEffects> {
  return readSnapshot(deps.db, (tx) => patientSideEffectsIn(tx, target));
}

const notFound = () => new AppError("not_found", "No such side-effect report.");

/** One report with the session it follows, the triage's actions and every revision (the actions taken, with their notes). */
export async function reportDetailIn(tx: Executor, target: Target, reportId: string): Promise<SideEffectDetail> {
  await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
  const [row] = await reportRows(tx, { clinicId: target.clinicId, recordIds: [reportId] });
  if (row === undefined || row.patient_id !== target.patientId) throw notFound();
  const [summary] = await summaries(tx, target.clinicId, [row]);
  if (summary === undefined) throw notFound();
  const revisions = await recordRevisions(tx, target.clinicId, reportId);
  return {
    ...summary,
    patientName: row.patient_name,
    actions: triageActions(summary.level).map((action) => ({ audience: action.audience, text: action.text })),
    history: revisions.map((revision) => {
      const content = revision.content as ReportContent;
      return {
        revision: revision.revision,
        action: (content.action ?? null) as SideEffectAction | null,
        status: stateOf(content).status,
        recordedAt: revision.recorded_at,
        recordedBy: { userId: revision.recorded_by, name: revision.recorded_by_name },
        note: revision.revision === 1 ? null : revision.reason,
      };
    }),
  };
}

export function readReport(deps: ServiceDeps, target: Target, reportId: string): Promise<SideEffectDetail> {
  return readSnapshot(deps.db, (tx) => reportDetailIn(tx, target, reportId));
}

/** The report as the clinic sees it, or not_found when it is not this patient's (for the actions). */
export async function currentReport(tx: Executor, target: Target, reportId: string): Promise<RevisionWithAuthor> {
  const [row] = await reportRows(tx, { clinicId: target.clinicId, recordIds: [reportId] });
  if (row === undefined || row.patient_id !== target.patientId) throw notFound();
  return row;
}
