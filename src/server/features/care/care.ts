/**
 * A patient's pathway as the worklist has it, and the records that move it besides sessions and
 * visits: authorizations (coordinators) and treatment decisions (clinicians, decisions.ts), both
 * records of the kit (ADR 0013), dated no later than the patient's tomorrow and no earlier than
 * their birth. Each write refreshes the patient's pathway row in its transaction (ADR 0015).
 */
import type { PatientCare } from "#contracts/api/care.ts";
import type { DecisionBasisSummary } from "#contracts/api/response-review.ts";
import type { RecordContent } from "#contracts/records/kind-contents.ts";
import type { StoppingDecision } from "#domain/pathway/pathway-status.ts";
import type { PlainDate } from "#domain/shared/plain-date.ts";
import type { PolicyId } from "#domain/shared/record.ts";
import { AppError, invalidField } from "../../app-error.ts";
import type { PatientRow } from "../../db/schema.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { BEFORE_BIRTH_MESSAGE, isBeforeBirth, isPastTomorrow } from "../../shared/patient-dates.ts";
import { lockPatient } from "../../shared/patient-lock.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { appendRecordRevision } from "../../shared/records/append-revision.ts";
import { currentRecord, currentRecords, type RevisionWithAuthor } from "../../shared/records/repository.ts";
import { localDateAt } from "../../shared/time-zone.ts";
import { decisionBasisSummaries } from "./decision-basis-repository.ts";

export type Target = { readonly clinicId: string; readonly patientId: string };

const meta = (row: RevisionWithAuthor) => ({ id: row.record_id, revision: row.revision, recordedAt: row.recorded_at, recordedBy: { userId: row.recorded_by, name: row.recorded_by_name }, changeReason: row.reason });
const newestFirst = (a: RevisionWithAuthor, b: RevisionWithAuthor) => (a.effective_date === b.effective_date ? (a.recorded_at < b.recorded_at ? 1 : -1) : a.effective_date < b.effective_date ? 1 : -1);

async function careView(tx: Executor, target: Target, now: Date): Promise<PatientCare> {
  const [row, records, bases] = await Promise.all([
    tx.selectFrom("patient_pathway").selectAll().where("clinic_id", "=", target.clinicId).where("patient_id", "=", target.patientId).executeTakeFirst(),
    currentRecords(tx, { ...target, kinds: ["authorization", "treatment-decision"] }),
    decisionBasisSummaries(tx, target.clinicId, target.patientId),
  ]);
  const patient = await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
  const today = localDateAt(now, patient.time_zone);
  const booked = row?.next_appointment_at !== null && row?.next_appointment_at !== undefined && row.next_appointment_at >= now.toISOString();
  return {
    pathway:
      row === undefined
        ? null
        : {
            state: row.state as NonNullable<PatientCare["pathway"]>["state"],
            cycle: row.cycle,
            nextAction: row.next_action as NonNullable<PatientCare["pathway"]>["nextAction"],
            nextActionDate: row.next_action_date,
            lastSessionDate: row.last_session_date,
            nextDue: row.next_due,
            nextLate: row.next_late,
            // As the worklist judges it: past the late date today, nothing booked.
            overdue: row.next_late !== null && row.next_late < today && !booked && ["in-treatment", "evaluation-due", "continuing"].includes(row.state),
            stoppedBy: row.state === "stopped" ? ((row.stopped_by ?? "stop") as StoppingDecision) : null,
            computedAt: row.computed_at,
          },
    authorizations: records.filter((r) => r.kind === "authorization").sort(newestFirst).map((r) => ({ ...(r.content as RecordContent<"authorization">), ...meta(r) })),
    decisions: records
      .filter((r) => r.kind === "treatment-decision")
      .sort(newestFirst)
      .map((r) => {
        const content = r.content as RecordContent<"treatment-decision">;
        const basis = bases.get(r.record_id);
        return {
          ...content,
          // Decisions recorded before switching existed have no `switchTo` in their content.
          switchTo: content.switchTo ?? null,
          ...meta(r),
          basis: basis === undefined ? null : { asOf: basis.as_of, policy: basis.policy as PolicyId, recommendation: basis.recommendation as DecisionBasisSummary["recommendation"], followsRecommendation: basis.follows_recommendation },
        };
      }),
  };
}

export async function readCare(deps: ServiceDeps, target: Target): Promise<PatientCare> {
  return readSnapshot(deps.db, (tx) => careView(tx, target, deps.clock()));
}

/** Refuses a date after the patient's tomorrow or before their birth, naming the field. */
export function refuseImpossible(field: string, date: PlainDate | null, patient: PatientRow, now: Date): void {
  if (date === null) return;
  if (isPastTomorrow(date, localDateAt(now, patient.time_zone))) throw invalidField(field, "must not be after today");
  if (isBeforeBirth(date, patient)) throw invalidField(field, BEFORE_BIRTH_MESSAGE);
}

/** One change to the patient's care records under their lock, the pathway row refreshed, answered with the care view. */
export async function write(deps: ServiceDeps, target: Target, change: (tx: Executor, patient: PatientRow, now: Date) => Promise<void>): Promise<PatientCare> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const patient = await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
    await lockPatient(tx, target.clinicId, target.patientId);
    await change(tx, patient, now);
    await deps.recordChanged(tx, target, now);
    return careView(tx, target, now);
  });
}

export function addAuthorization(deps: ServiceDeps, target: Target, actorUserId: string, content: RecordContent<"authorization">): Promise<PatientCare> {
  return write(deps, target, async (tx, patient, now) => {
    refuseImpossible("date", content.date as PlainDate, patient, now);
    await appendRecordRevision(tx, { ...target, kind: "authorization", content, actorUserId, now, verb: content.status });
  });
}

/** Updates an authorization: a new revision with a reason, made from `fromRevision` (`stale_version` when another came since). */
export function updateAuthorization(deps: ServiceDeps, target: Target, authorizationId: string, actorUserId: string, content: RecordContent<"authorization">, reason: string, fromRevision: number): Promise<PatientCare> {
  return write(deps, target, async (tx, patient, now) => {
    const current = await currentRecord(tx, target.clinicId, authorizationId);
    if (current === undefined || current.patient_id !== target.patientId || current.kind !== "authorization") throw new AppError("not_found", "No such authorization.");
    refuseImpossible("date", content.date as PlainDate, patient, now);
    await appendRecordRevision(tx, { ...target, kind: "authorization", recordId: authorizationId, content, reason, fromRevision, actorUserId, now, verb: content.status });
  });
}
