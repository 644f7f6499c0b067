/**
 * `treatment_decision_bases`: the review each treatment decision was made on, one row per
 * decision, only ever inserted (the table refuses UPDATE, DELETE and TRUNCATE, ADR 0012).
 */
import type { Insertable, Selectable } from "kysely";
import type { TreatmentDecisionBasesTable } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";

export type DecisionBasisRow = Selectable<TreatmentDecisionBasesTable>;
type Summary = Pick<DecisionBasisRow, "decision_id" | "policy" | "as_of" | "recommendation" | "follows_recommendation">;

export async function insertDecisionBasis(db: Executor, row: Insertable<TreatmentDecisionBasesTable>): Promise<void> {
  await db.insertInto("treatment_decision_bases").values(row).execute();
}

/** The bases of a patient's decisions in brief (without the review itself), by decision id. */
export async function decisionBasisSummaries(db: Executor, clinicId: string, patientId: string): Promise<Map<string, Summary>> {
  const rows = await db
    .selectFrom("treatment_decision_bases")
    .select(["decision_id", "policy", "as_of", "recommendation", "follows_recommendation"])
    .where("clinic_id", "=", clinicId)
    .where("patient_id", "=", patientId)
    .execute();
  return new Map(rows.map((row) => [row.decision_id, row]));
}

/** One decision's basis in full, in the clinic and for the patient named. */
export async function findDecisionBasis(db: Executor, clinicId: string, patientId: string, decisionId: string): Promise<DecisionBasisRow | undefined> {
  return db
    .selectFrom("treatment_decision_bases")
    .selectAll()
    .where("clinic_id", "=", clinicId)
    .where("patient_id", "=", patientId)
    .where("decision_id", "=", decisionId)
    .executeTakeFirst();
}
