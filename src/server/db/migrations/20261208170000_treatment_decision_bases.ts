/**
 * The review each treatment decision was made on (issue 8, pathway-rules §8): the policy, the
 * as-of date, the policy's recommendation then, whether the decision followed it, and the whole
 * response review (the assessment with the days of its windows) as the clinician saw it. One row
 * per decision, written in the decision's transaction; append-only like the record it explains
 * (ADR 0012), so "decided on these figures" always shows the figures of that day.
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`CREATE TABLE treatment_decision_bases (
    clinic_id uuid NOT NULL,
    decision_id uuid NOT NULL,
    patient_id uuid NOT NULL,
    policy text NOT NULL CHECK (policy IN ('us-label', 'us-payer', 'nice-ta260', 'ehf-2018')),
    as_of date NOT NULL,
    recommendation text CHECK (recommendation IN ('continue', 'stop', 'review', 'pause')),
    follows_recommendation boolean,
    review jsonb NOT NULL,
    recorded_at timestamptz NOT NULL,
    PRIMARY KEY (clinic_id, decision_id),
    FOREIGN KEY (clinic_id, decision_id) REFERENCES clinical_records (clinic_id, id),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
    -- Nothing to follow without a recommendation, and something to say with one.
    CONSTRAINT treatment_decision_bases_follows CHECK ((recommendation IS NULL) = (follows_recommendation IS NULL))
  )`,
  // The care view lists a patient's decisions with their bases.
  sql`CREATE INDEX treatment_decision_bases_by_patient ON treatment_decision_bases (clinic_id, patient_id)`,
  sql`CREATE TRIGGER treatment_decision_bases_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON treatment_decision_bases
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
