/**
 * Each patient's pathway state as `pathwayStatus` (src/domain/pathway) computes it from their
 * whole record, kept in `patient_pathway` so the worklist reads thousands of patients without
 * assessing each one per request (ADR 0015). Every write to a patient's record refreshes it in
 * its own transaction; a recurring job refreshes the rows the calendar has moved past.
 */
import { sql } from "kysely";
import type { RecordContent } from "#contracts/records/kind-contents.ts";
import { assess } from "#domain/assess/assess.ts";
import { pathwayStatus, type PathwayInput, type PathwayStatus } from "#domain/pathway/pathway-status.ts";
import { plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import { DEFAULT_SETTINGS } from "#domain/shared/settings.ts";
import type { PatientRow } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";
import { findPatient } from "../patients/repository.ts";
import { currentRecords } from "../../shared/records/repository.ts";
import { localDateAt } from "../../shared/time-zone.ts";
import { clinicPolicy } from "../clinic-settings/clinic-settings.ts";
import { loadPatientRecord } from "../patient-record/load-patient-record.ts";
import { holdingReports } from "../side-effects/hold.ts";

const latestBy = <T>(items: readonly T[], key: (item: T) => string): T | undefined => items.reduce<T | undefined>((best, item) => (best === undefined || key(item) >= key(best) ? item : best), undefined);

/** The pathway inputs besides the assessment: the next live visit, the latest authorization and decision. */
async function clinicFacts(db: Executor, patient: PatientRow, now: Date): Promise<Pick<PathwayInput, "nextAppointment" | "authorization" | "decision"> & { nextAppointmentAt: string | null }> {
  const target = { clinicId: patient.clinic_id, patientId: patient.id };
  const rows = await currentRecords(db, { ...target, kinds: ["appointment", "authorization", "treatment-decision"] });
  const nowIso = now.toISOString();
  const appointments = rows
    .filter((row) => row.kind === "appointment")
    .map((row) => row.content as RecordContent<"appointment">)
    .filter((content) => content.startsAt >= nowIso)
    .sort((a, b) => (a.startsAt < b.startsAt ? -1 : 1));
  const next = appointments[0];
  const authorization = latestBy(rows.filter((row) => row.kind === "authorization"), (row) => `${row.effective_date} ${row.recorded_at}`);
  const decision = latestBy(rows.filter((row) => row.kind === "treatment-decision"), (row) => `${row.effective_date} ${row.recorded_at}`);
  const authorizationContent = authorization?.content as RecordContent<"authorization"> | undefined;
  const decisionContent = decision?.content as RecordContent<"treatment-decision"> | undefined;
  return {
    nextAppointment: next === undefined ? null : { date: plainDate(next.localDate) },
    nextAppointmentAt: next?.startsAt ?? null,
    authorization: authorizationContent === undefined ? null : { status: authorizationContent.status, date: plainDate(authorizationContent.date) },
    decision: decisionContent === undefined ? null : { decision: decisionContent.decision, date: plainDate(decisionContent.date), reassessOn: decisionContent.reassessOn === null ? null : plainDate(decisionContent.reassessOn) },
  };
}

export interface ComputedPathway {
  readonly status: PathwayStatus;
  readonly asOf: PlainDate;
  readonly eligibility: string;
  readonly nextLate: PlainDate | null;
  readonly nextAppointmentAt: string | null;
}

/** The patient's pathway as of their today (in their time zone), from the whole record. */
export async function computePathway(db: Executor, patient: PatientRow, now: Date): Promise<ComputedPathway> {
  const asOf = localDateAt(now, patient.time_zone);
  const policy = await clinicPolicy(db, patient.clinic_id);
  const record = await loadPatientRecord(db, patient, { diaryTo: asOf });
  const assessment = assess(record, { asOf, policy, settings: DEFAULT_SETTINGS });
  const facts = await clinicFacts(db, patient, now);
  const sideEffectHold = (await holdingReports(db, { clinicId: patient.clinic_id, patientId: patient.id })).length > 0;
  const status = pathwayStatus({ asOf, policy, assessment, nextAppointment: facts.nextAppointment, authorization: facts.authorization, decision: facts.decision, sideEffectHold });
  return { status, asOf, eligibility: assessment.eligibility.status, nextLate: assessment.treatment?.nextLate ?? null, nextAppointmentAt: facts.nextAppointmentAt };
}

/** Recomputes and stores one patient's pathway row; call it in the transaction of any write to their record. */
export async function refreshPathway(db: Executor, clinicId: string, patientId: string, now: Date): Promise<void> {
  const patient = await findPatient(db, clinicId, patientId);
  if (patient === undefined) return;
  const computed = await computePathway(db, patient, now);
  const row = {
    clinic_id: clinicId,
    patient_id: patientId,
    state: computed.status.state,
    cycle: computed.status.cycle,
    next_action: computed.status.nextAction,
    next_action_date: computed.status.nextActionDate,
    last_session_date: computed.status.lastSessionDate,
    next_due: computed.status.nextDue,
    next_late: computed.nextLate,
    next_appointment_at: computed.nextAppointmentAt,
    eligibility: computed.eligibility,
    computed_for: computed.asOf,
    computed_at: now.toISOString(),
    stopped_by: computed.status.stoppedBy,
  };
  await db
    .insertInto("patient_pathway")
    .values(row)
    .onConflict((oc) => oc.columns(["clinic_id", "patient_id"]).doUpdateSet({ ...row }))
    .execute();
}

/** Patients whose pathway row is missing, or older than `staleBefore` (the calendar moves states), oldest first. */
export async function stalePathways(db: Executor, staleBefore: string, limit: number): Promise<{ clinicId: string; patientId: string }[]> {
  const { rows } = await sql<{ clinic_id: string; id: string }>`
    SELECT p.clinic_id, p.id FROM patients p
    LEFT JOIN patient_pathway pw ON pw.clinic_id = p.clinic_id AND pw.patient_id = p.id
    WHERE pw.patient_id IS NULL OR pw.computed_at < ${staleBefore}
    ORDER BY pw.computed_at NULLS FIRST
    LIMIT ${limit}`.execute(db);
  return rows.map((row) => ({ clinicId: row.clinic_id, patientId: row.id }));
}
