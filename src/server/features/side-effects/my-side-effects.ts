/**
 * The patient's side of side effects (issue 8): what the app shows (the check-ins due, their own
 * reports, the clinic's emergency number and phone) and a check-in answered "no problems" with
 * one tap, stored as a clinical fact (`side_effect_check_ins`, append-only), idempotent by the id
 * the phone made. A check-in answered "yes" is a report naming it (report-side-effect.ts).
 */
import type { MyCheckInBody, MySideEffects } from "#contracts/api/side-effects.ts";
import { addDays, plainDate } from "#domain/shared/plain-date.ts";
import { checkInKey, dueCheckIns, type CheckInAnswer, type CheckInDay } from "#domain/triage/check-ins.ts";
import { AppError, invalidField } from "../../app-error.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { isPastTomorrow } from "../../shared/patient-dates.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { localDateAt } from "../../shared/time-zone.ts";
import { clinicContact } from "../clinic-settings/clinic-settings.ts";
import { checkInsOf, findCheckIn, insertCheckInOnce, reportRows, signedSessions } from "./repository.ts";
import { ACCOUNT_MISMATCH_MESSAGE, CLOCK_DRIFT_ALLOWED_MS, type Target } from "./report-side-effect.ts";
import { stateOf, type ReportContent } from "./report-view.ts";

/** What the patient's app shows about side effects. */
export async function readMySideEffects(deps: ServiceDeps, target: Target): Promise<MySideEffects> {
  const now = deps.clock();
  return readSnapshot(deps.db, async (tx) => {
    const patient = await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
    const [contact, sessions, checkIns, reports] = await Promise.all([clinicContact(tx, target.clinicId), signedSessions(tx, target), checkInsOf(tx, target), reportRows(tx, target)]);
    const answers = new Map<string, CheckInAnswer>(checkIns.map((row) => [checkInKey(row.session_id, row.day), "no-problems"]));
    // A report made from a check-in answers it, even after a "no problems" tap on another device.
    for (const report of reports) {
      const checkIn = stateOf(report.content as ReportContent).checkIn;
      if (checkIn !== null) answers.set(checkInKey(checkIn.sessionId, checkIn.day), "reported");
    }
    const due = dueCheckIns(sessions.map((row) => ({ id: row.record_id, date: plainDate(row.effective_date) })), answers, localDateAt(now, patient.time_zone));
    return {
      clinicName: contact.name,
      emergencyNumber: contact.emergencyNumber,
      clinicPhone: contact.clinicPhone,
      checkIns: due.map((checkIn) => ({ ...checkIn })),
      reports: reports
        .map((row) => {
          const content = row.content as ReportContent;
          const state = stateOf(content);
          return { id: row.record_id, onsetDate: content.date, symptoms: [...content.symptoms], level: state.level, receivedAt: row.received_at, status: state.status };
        })
        .sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : 0)),
    };
  });
}

/**
 * A check-in answered "no problems" from the patient's app. Refused with `account_mismatch` when
 * made for another patient than the one signed in; naming the field when the session is not the
 * patient's, the day has not come (the day after, for a phone in another zone) or the phone's
 * clock is ahead of the server's.
 */
export async function answerMyCheckIn(deps: ServiceDeps, signedInAs: Target, userId: string, body: MyCheckInBody & { recordedAt: string }): Promise<{ ok: true }> {
  if (body.patientId !== signedInAs.patientId) throw new AppError("account_mismatch", ACCOUNT_MISMATCH_MESSAGE);
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const patient = await loadPatientOrNotFound(tx, signedInAs.clinicId, signedInAs.patientId);
    const stored = await findCheckIn(tx, signedInAs.clinicId, body.id);
    if (stored !== undefined) {
      if (stored.patient_id !== signedInAs.patientId) throw new AppError("conflict", "This answer id is already used. Make a new id and send again.");
      return { ok: true as const };
    }
    const session = (await signedSessions(tx, signedInAs)).find((row) => row.record_id === body.sessionId);
    if (session === undefined) throw invalidField("sessionId", "is not one of your signed sessions");
    if (isPastTomorrow(addDays(plainDate(session.effective_date), body.day), localDateAt(now, patient.time_zone))) throw invalidField("day", "is not due yet");
    if (new Date(body.recordedAt).getTime() > now.getTime() + CLOCK_DRIFT_ALLOWED_MS) throw invalidField("recordedAt", "must not be later than the server's clock (the phone's clock may be wrong)");
    const inserted = await insertCheckInOnce(tx, {
      clinic_id: signedInAs.clinicId,
      id: body.id,
      patient_id: signedInAs.patientId,
      session_id: body.sessionId,
      day: body.day as CheckInDay,
      answer: "no-problems",
      recorded_at: body.recordedAt,
      received_at: now.toISOString(),
      recorded_by: userId,
    });
    // No pathway refresh (ADR 0015): an answer of "no problems" moves nothing on the pathway.
    if (inserted) await audit(tx, now, { clinicId: signedInAs.clinicId, actorUserId: userId, action: "side-effect-check-in.no-problems", entity: "side_effect_check_in", entityId: body.id });
    return { ok: true as const };
  });
}
