/**
 * The record import (assess-contract.md's format): a whole patient record added to an existing
 * patient, each item a new revision entered by the importing user with source `import`. It is
 * all or nothing: the record is validated as `cephalog assess` validates it, then checked against
 * the stored patient (the birth date and sex must agree; no date after the patient's tomorrow or
 * before their birth; a session on a date that already has a different one is refused, to be
 * amended instead), each problem named by its field path, before anything is written; and it is
 * written in one transaction. An item equal to what is recorded is left alone, so importing the
 * same record twice stores nothing the second time. A dry run does every check and counts.
 */
import type { RecordImportCounts, RecordImportResult } from "#contracts/api/patient-record.ts";
import type { FieldIssue } from "#contracts/issues.ts";
import { parsePatientRecord } from "#contracts/patient-record.ts";
import type { RecordContent } from "#contracts/records/kind-contents.ts";
import type { SessionContent } from "#contracts/records/session-content.ts";
import type { OtherToxinDose, PatientRecord, PreventiveTrial, QuestionnaireAnswers, SideEffectReport, TreatmentSession } from "#domain/shared/record.ts";
import type { PatientRow } from "../../db/schema.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { BEFORE_BIRTH_MESSAGE, isBeforeBirth, isPastTomorrow } from "../../shared/patient-dates.ts";
import { lockPatient } from "../../shared/patient-lock.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { recordInvalid } from "../../shared/record-issues.ts";
import { appendRecordRevision } from "../../shared/records/append-revision.ts";
import { currentRecords } from "../../shared/records/repository.ts";
import { localDateAt } from "../../shared/time-zone.ts";
import { answersOf, appendHistoryRevision, type HistoryAnswers } from "../clinical-history/clinical-history.ts";
import { currentHistoryRevision } from "../clinical-history/history-repository.ts";
import { addTrialInTransaction } from "../clinical-history/preventive-trials.ts";
import { currentTrials } from "../clinical-history/preventive-trials-repository.ts";
import { planDiaryImport } from "../diary/diary-import.ts";
import { insertRevisions } from "../diary/repository.ts";
import { DEFAULT_DIAGNOSIS_CODE } from "../sessions/sessions.ts";

const zero = (): { -readonly [K in keyof RecordImportCounts]: number } => ({ diary: 0, history: 0, preventives: 0, treatments: 0, otherToxinDoses: 0, questionnaires: 0, sideEffectReports: 0 });

/** A canonical text of a value, for "is this item already recorded": keys sorted, undefined left out. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

const sessionKey = (s: Pick<TreatmentSession, "injections" | "overrideReason">) =>
  canonical({ injections: [...s.injections].map((i) => canonical({ ...i, followThePain: i.followThePain ?? false })).sort(), overrideReason: s.overrideReason ?? null });

/** The dated items that must not be after the patient's tomorrow nor before their birth. */
function impossibleDates(record: PatientRecord, patient: PatientRow, today: string): FieldIssue[] {
  const lists: [string, readonly { date: string }[]][] = [
    ["treatments", record.treatments],
    ["otherToxinDoses", record.otherToxinDoses],
    ["questionnaires", record.questionnaires],
    ["sideEffectReports", record.sideEffectReports],
  ];
  const issues: FieldIssue[] = [];
  for (const [name, items] of lists) {
    items.forEach((item, index) => {
      const path = `${name}[${index}].date`;
      if (isPastTomorrow(item.date as never, today as never)) issues.push({ path, message: "must not be after today" });
      else if (isBeforeBirth(item.date as never, patient)) issues.push({ path, message: BEFORE_BIRTH_MESSAGE });
    });
  }
  (record.preventives ?? []).forEach((trial, index) => {
    if (isPastTomorrow(trial.start, today as never)) issues.push({ path: `preventives[${index}].start`, message: "must not be after today" });
  });
  return issues;
}

/** The history answers the record gives, over the current ones (a field the record leaves out keeps its answer). */
function mergedHistory(current: HistoryAnswers, record: PatientRecord): HistoryAnswers {
  const history = record.history ?? {};
  return {
    chronicMigraineSince: history.chronicMigraineSince ?? current.chronicMigraineSince,
    botulinumHypersensitivity: history.botulinumHypersensitivity ?? current.botulinumHypersensitivity,
    injectionSiteInfection: history.injectionSiteInfection ?? current.injectionSiteInfection,
    overuseManaged: history.overuseManaged ?? current.overuseManaged,
    noPreventivesTried: current.noPreventivesTried,
  };
}

function importedSession(session: TreatmentSession): SessionContent {
  return {
    date: session.date,
    givenAt: null,
    injectorUserId: null,
    injections: session.injections.map((i) => ({ muscle: i.muscle, side: i.side, units: i.units, followThePain: i.followThePain ?? false })),
    overrideReason: session.overrideReason ?? null,
    vials: [],
    diluentLot: null,
    reconstitutedAt: null,
    checklist: {},
    otherToxin: null,
    warningReasons: {},
    needle: null,
    diagnosisCode: DEFAULT_DIAGNOSIS_CODE,
    educationGiven: false,
    notes: "Imported from a patient record: vials, checklist and injector not recorded.",
  };
}

interface Plan {
  readonly diary: Awaited<ReturnType<typeof planDiaryImport>>;
  readonly history: HistoryAnswers | null;
  /** The history's current revision, read under the patient's lock: the import's new one follows it. */
  readonly historyRevision: number;
  readonly trials: readonly PreventiveTrial[];
  readonly sessions: readonly TreatmentSession[];
  readonly doses: readonly OtherToxinDose[];
  readonly questionnaires: readonly QuestionnaireAnswers[];
  readonly sideEffects: readonly SideEffectReport[];
  readonly created: RecordImportCounts;
  readonly unchanged: RecordImportCounts;
}

/** Every check, and what the import would write; nothing is written here. */
async function plan(tx: Executor, patient: PatientRow, record: PatientRecord, actorUserId: string, now: Date): Promise<Plan> {
  const created = zero();
  const unchanged = zero();
  const target = { clinicId: patient.clinic_id, patientId: patient.id };
  const issues: FieldIssue[] = [];
  if (record.patient.birthDate !== undefined && record.patient.birthDate !== patient.birth_date) issues.push({ path: "patient.birthDate", message: "differs from this patient's birth date: is it the right patient?" });
  if (record.patient.sex !== undefined && patient.sex !== null && record.patient.sex !== patient.sex) issues.push({ path: "patient.sex", message: "differs from this patient's details" });
  issues.push(...impossibleDates(record, patient, localDateAt(now, patient.time_zone)));

  const sessions = await currentRecords(tx, { ...target, kinds: ["injection-session", "other-toxin-dose", "questionnaire", "side-effect-report"] });
  const byKind = (kind: string) => sessions.filter((row) => row.kind === kind).map((row) => row.content);
  const storedSessions = byKind("injection-session") as SessionContent[];
  const newSessions: TreatmentSession[] = [];
  record.treatments.forEach((session, index) => {
    const same = storedSessions.find((stored) => stored.date === session.date);
    if (same === undefined) newSessions.push(session);
    else if (sessionKey({ injections: same.injections, overrideReason: same.overrideReason }) === sessionKey(session)) unchanged.treatments += 1;
    else issues.push({ path: `treatments[${index}].date`, message: "already has a different session on this date; amend that session instead" });
  });

  const trials = await currentTrials(tx, target.clinicId, target.patientId);
  if (record.preventives !== undefined && record.preventives.length === 0 && trials.length > 0) {
    issues.push({ path: "preventives", message: "says none were tried, but preventive treatments are recorded for this patient" });
  }
  if (issues.length > 0) throw recordInvalid("The patient record", issues);

  const diary = await planDiaryImport(tx, patient, record.diary, actorUserId, now, "diary");
  created.diary = diary.revisions.length;
  unchanged.diary = diary.unchanged;

  const currentHistory = await currentHistoryRevision(tx, target.clinicId, target.patientId);
  const currentAnswers: HistoryAnswers = { ...answersOf(currentHistory), noPreventivesTried: currentHistory?.no_preventives_tried ?? false };
  let history: HistoryAnswers | null = record.history === undefined ? null : mergedHistory(currentAnswers, record);
  if (record.preventives !== undefined && record.preventives.length === 0 && !currentAnswers.noPreventivesTried) history = { ...(history ?? currentAnswers), noPreventivesTried: true };
  if (history !== null && canonical(history) === canonical(currentAnswers)) {
    unchanged.history = 1;
    history = null;
  } else if (history !== null) created.history = 1;

  const trialKey = (t: { name: string; class: string; start: string; end?: string | null | undefined; outcome: string; dose?: string | null | undefined }) =>
    canonical({ name: t.name.toLowerCase(), class: t.class, start: t.start, end: t.end ?? null, outcome: t.outcome, dose: t.dose ?? null });
  const storedTrials = new Set(trials.map((t) => trialKey({ name: t.name, class: t.class, start: t.start_date, end: t.end_date, outcome: t.outcome, dose: t.dose })));
  const newTrials = (record.preventives ?? []).filter((trial) => !storedTrials.has(trialKey(trial)));
  created.preventives = newTrials.length;
  unchanged.preventives = (record.preventives ?? []).length - newTrials.length;
  created.treatments = newSessions.length;

  const fresh = <T>(items: readonly T[], stored: readonly unknown[], key: (item: T) => string, count: keyof RecordImportCounts): T[] => {
    const known = new Set(stored.map((content) => key(content as T)));
    const out = items.filter((item) => !known.has(key(item)));
    created[count] = out.length;
    unchanged[count] = items.length - out.length;
    return out;
  };
  const doses = fresh(record.otherToxinDoses, byKind("other-toxin-dose"), (d: OtherToxinDose) => canonical({ date: d.date, units: d.units, indication: d.indication ?? null }), "otherToxinDoses");
  const questionnaires = fresh(record.questionnaires, byKind("questionnaire"), (q: QuestionnaireAnswers) => canonical({ instrument: q.instrument, date: q.date, responses: q.responses, score: totalOnly(q) }), "questionnaires");
  const sideEffects = fresh(record.sideEffectReports, byKind("side-effect-report"), (r: SideEffectReport) => canonical({ date: r.date, symptoms: [...r.symptoms].sort() }), "sideEffectReports");
  return { diary, history, historyRevision: currentHistory?.revision ?? 0, trials: newTrials, sessions: newSessions, doses, questionnaires, sideEffects, created, unchanged };
}

/** A HIT-6 entered as its total alone keeps the total; beside answers it is their sum (checked), not kept twice. */
const totalOnly = (q: { responses: readonly number[]; score?: number | null | undefined }): number | null => (q.responses.length === 0 ? (q.score ?? null) : null);

/** Writes what the plan found, in the caller's transaction. */
async function write(tx: Executor, patient: PatientRow, record: PatientRecord, p: Plan, actorUserId: string, now: Date): Promise<void> {
  const target = { clinicId: patient.clinic_id, patientId: patient.id };
  await insertRevisions(tx, p.diary.revisions);
  if (p.history !== null) await appendHistoryRevision(tx, target, actorUserId, now, p.history, p.historyRevision);
  for (const trial of p.trials) await addTrialInTransaction({ tx, target, actorUserId, now }, { name: trial.name, class: trial.class, start: trial.start, end: trial.end ?? null, outcome: trial.outcome, dose: trial.dose ?? null });
  const base = { ...target, actorUserId, now, source: "import" as const, verb: "imported" };
  for (const session of p.sessions) await appendRecordRevision(tx, { ...base, kind: "injection-session", content: importedSession(session) });
  for (const dose of p.doses) await appendRecordRevision(tx, { ...base, kind: "other-toxin-dose", content: { date: dose.date, units: dose.units, indication: dose.indication ?? null, reportedInSessionId: null } satisfies RecordContent<"other-toxin-dose"> });
  for (const q of p.questionnaires) await appendRecordRevision(tx, { ...base, kind: "questionnaire", content: { instrument: q.instrument, date: q.date, responses: [...q.responses], a: q.a ?? null, b: q.b ?? null, score: totalOnly(q) } });
  for (const r of p.sideEffects) await appendRecordRevision(tx, { ...base, kind: "side-effect-report", content: { date: r.date, symptoms: [...r.symptoms], note: null } });
  if (record.patient.sex !== undefined && patient.sex === null) {
    await tx.updateTable("patients").set({ sex: record.patient.sex }).where("clinic_id", "=", patient.clinic_id).where("id", "=", patient.id).execute();
  }
  await audit(tx, now, { clinicId: target.clinicId, actorUserId, action: "patient_record.imported", entity: "patient", entityId: patient.id });
}

/**
 * An imported session keeps no vials (they are the clinic's stock, with lot ids this record does
 * not have), so a lot or expiry the record gives is not stored: said, never dropped silently.
 */
function lotWarnings(record: PatientRecord): string[] {
  return record.treatments.flatMap((session, index) => (session.lot === undefined && session.expiry === undefined ? [] : [`treatments[${index}]: lot/expiry are not stored on import`]));
}

/** Rolls a dry run's transaction back after its checks (nothing it touched is kept). */
class DryRunDone extends Error {
  readonly result: RecordImportResult;
  constructor(result: RecordImportResult) {
    super("dry run");
    this.result = result;
  }
}

export async function importPatientRecord(deps: ServiceDeps, target: { clinicId: string; patientId: string }, actorUserId: string, body: unknown, dryRun: boolean): Promise<RecordImportResult> {
  const parsed = parsePatientRecord(body);
  if (!parsed.ok) throw recordInvalid("The patient record", parsed.issues);
  const { record, unknownFields } = parsed.value;
  const warnings = [...unknownFields.map((path) => `unknown field ${path}`), ...lotWarnings(record)];
  const now = deps.clock();
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const patient = await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
      await lockPatient(tx, target.clinicId, target.patientId);
      const p = await plan(tx, patient, record, actorUserId, now);
      const result = { dryRun, created: p.created, unchanged: p.unchanged, warnings };
      if (dryRun) throw new DryRunDone(result);
      await write(tx, patient, record, p, actorUserId, now);
      await deps.recordChanged(tx, target, now);
      return result;
    });
  } catch (error) {
    if (error instanceof DryRunDone) return error.result;
    throw error;
  }
}
