/**
 * Treatment decisions after the response review (pathway-rules §8): continue, stop, pause (with
 * the date to reassess) or switch to another treatment (with the treatment named), always with a
 * reason, each kept with the review it was made on, its basis: the review is recomputed in the
 * decision's transaction under the patient's lock and stored beside the record, never changed
 * (docs/clinical/pathway.md). Whether the decision followed the policy's recommendation is kept
 * with it, so one that departed from it is marked.
 */
import type { PatientCare } from "#contracts/api/care.ts";
import type { DecisionBasis } from "#contracts/api/response-review.ts";
import type { RecordContent } from "#contracts/records/kind-contents.ts";
import { followsRecommendation } from "#domain/pathway/decision-agreement.ts";
import type { PlainDate } from "#domain/shared/plain-date.ts";
import type { PolicyId } from "#domain/shared/record.ts";
import { AppError, invalidField } from "../../app-error.ts";
import type { PatientRow } from "../../db/schema.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { appendRecordRevision } from "../../shared/records/append-revision.ts";
import { refuseImpossible, write, type Target } from "./care.ts";
import { findDecisionBasis, insertDecisionBasis } from "./decision-basis-repository.ts";
import { reviewOn, type ReviewChoice } from "./response-review.ts";

/** The review a decision says it was made on: its date, policy and fingerprint (`GET .../response-review`). */
export interface ReviewedAs {
  readonly asOf: PlainDate;
  readonly policy: PolicyId;
  readonly fingerprint: string;
}

/** Refuses what a decision's content may not hold, naming the field. */
function refuseIncoherent(content: RecordContent<"treatment-decision">): void {
  if (content.decision === "pause" && content.reassessOn === null) throw invalidField("reassessOn", "is required with a pause: when to reassess");
  if (content.reassessOn !== null && content.reassessOn < content.date) throw invalidField("reassessOn", "must not be before the decision's date");
  if (content.decision === "switch" && content.switchTo === null) throw invalidField("switchTo", "is required with a switch: the treatment the patient moves to");
  if (content.decision !== "switch" && content.switchTo !== null) throw invalidField("switchTo", "is only for a switch to another treatment");
}

export interface DecisionWrite {
  readonly target: Target;
  readonly patient: PatientRow;
  readonly actorUserId: string;
  readonly content: RecordContent<"treatment-decision">;
  /** The review's date and policy (defaults: the patient's today, the clinic's policy) and, from a person, the fingerprint they read. */
  readonly review: ReviewChoice & { readonly fingerprint?: string | undefined };
  readonly now: Date;
}

/**
 * Writes a decision and its basis in the caller's transaction (the patient locked by the caller):
 * the review is computed now, compared with the fingerprint read when one is given
 * (`stale_version` when the figures changed), and kept beside the decision's record.
 */
export async function recordDecision(tx: Executor, write: DecisionWrite): Promise<string> {
  const { target, content, now } = write;
  refuseIncoherent(content);
  const review = await reviewOn(tx, write.patient, write.review, now);
  if (write.review.fingerprint !== undefined && review.fingerprint !== write.review.fingerprint) {
    throw new AppError(
      "stale_version",
      "The figures changed since you opened the review (a diary day, a session or a questionnaire was recorded meanwhile). Nothing was saved: reload the review to see them, then record your decision again.",
      { reviewChanged: true },
    );
  }
  const recommendation = review.assessment.response.recommendation;
  const { recordId } = await appendRecordRevision(tx, { ...target, kind: "treatment-decision", content, actorUserId: write.actorUserId, now, verb: content.decision });
  await insertDecisionBasis(tx, {
    clinic_id: target.clinicId,
    decision_id: recordId,
    patient_id: target.patientId,
    policy: review.policy,
    as_of: review.asOf,
    recommendation,
    follows_recommendation: followsRecommendation(content.decision, recommendation),
    review: JSON.stringify(review),
    recorded_at: now.toISOString(),
  });
  return recordId;
}

/**
 * Records a clinician's decision with the review it was made on: the one `reviewed` names (as
 * read), else the review as of the patient's today under the clinic's policy.
 */
export function addDecision(deps: ServiceDeps, target: Target, actorUserId: string, content: RecordContent<"treatment-decision">, reviewed: ReviewedAs | null = null): Promise<PatientCare> {
  return write(deps, target, async (tx, patient, now) => {
    refuseImpossible("date", content.date as PlainDate, patient, now);
    if (reviewed !== null) refuseImpossible("reviewed.asOf", reviewed.asOf, patient, now);
    await recordDecision(tx, { target, patient, actorUserId, content, review: reviewed ?? {}, now });
  });
}

/** The review a decision of the patient was made on, as kept then; `not_found` for a decision without one. */
export async function readDecisionBasis(deps: ServiceDeps, target: Target, decisionId: string): Promise<DecisionBasis> {
  return readSnapshot(deps.db, async (tx) => {
    await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
    const row = await findDecisionBasis(tx, target.clinicId, target.patientId, decisionId);
    if (row === undefined) throw new AppError("not_found", "No review is kept for that decision.");
    return {
      decisionId: row.decision_id,
      recordedAt: new Date(row.recorded_at).toISOString(),
      asOf: row.as_of,
      policy: row.policy as PolicyId,
      recommendation: row.recommendation as DecisionBasis["recommendation"],
      followsRecommendation: row.follows_recommendation,
      review: row.review as DecisionBasis["review"],
    };
  });
}
