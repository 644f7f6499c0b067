/**
 * The demo clinic's treatment decisions (issue 8): at the two-cycle review, responders continued,
 * non-responders stopped or switched to another treatment, and one patient back to episodic
 * migraine paused under EHF 2018. Each is recorded through the app's own writer, so it is kept
 * with the review of its day (its basis) like any clinician's decision. Seeded last, after every
 * other record of the demo (diaries, sessions, questionnaires, side effects), so each basis holds
 * what the clinician would have seen on that day; the decided patients' pathway rows are refreshed.
 */
import { addDays, type PlainDate } from "#domain/shared/plain-date.ts";
import type { TreatmentDecisionKind } from "#domain/pathway/pathway-status.ts";
import type { DemoPatient } from "../../demo/generate.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { instantAtLocalTime } from "../../shared/time-zone.ts";
import { recordDecision } from "../care/decisions.ts";
import { findPatient } from "../patients/repository.ts";

export interface DemoDecisionContext {
  readonly clinicId: string;
  readonly timeZone: string;
  readonly today: PlainDate;
  readonly now: Date;
  /** The physician who decides. */
  readonly clinicianId: string;
}

const REASONS: { readonly [D in TreatmentDecisionKind]: string } = {
  continue: "Fewer headache days at the two-cycle review and the patient feels the benefit; continue every 12 weeks",
  stop: "No meaningful response at the two-cycle review; stop and discuss other preventives",
  switch: "No meaningful response after two cycles; the patient moves to another preventive",
  pause: "Back to episodic migraine and sustained; pause under EHF 2018 and reassess",
};

/** Records each demo patient's decision on the review of its day, then refreshes their pathway. */
export async function seedDemoDecisions(deps: ServiceDeps, tx: Executor, context: DemoDecisionContext, patients: readonly (DemoPatient & { id: string })[]): Promise<void> {
  for (const patient of patients) {
    const decision = patient.care.decision;
    if (decision === null) continue;
    const target = { clinicId: context.clinicId, patientId: patient.id };
    const row = await findPatient(tx, context.clinicId, patient.id);
    if (row === undefined) throw new Error("a demo patient is missing");
    const date = addDays(context.today, -decision.daysAgo);
    const lastSession = patient.care.sessions[patient.care.sessions.length - 1];
    const reassessOn = decision.reassessInDays === null || lastSession === undefined ? null : addDays(context.today, decision.reassessInDays - lastSession.daysAgo);
    await recordDecision(tx, {
      target,
      patient: row,
      actorUserId: context.clinicianId,
      content: { decision: decision.decision, date, reason: REASONS[decision.decision], reassessOn, switchTo: decision.switchTo },
      review: { asOf: date, ...(decision.policy === null ? {} : { policy: decision.policy }) },
      now: instantAtLocalTime(date, 11, 0, context.timeZone),
    });
    await deps.recordChanged(tx, target, context.now);
  }
}
