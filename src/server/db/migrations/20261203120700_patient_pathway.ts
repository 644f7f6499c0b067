/**
 * Each patient's pathway state as `pathwayStatus` (src/domain/pathway) last computed it: the
 * worklist reads 5,000 patients from here instead of assessing each one per request. Refreshed in
 * the transaction of every write to the patient's record, and daily by a job for the states that
 * move with the calendar (ADR 0015).
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`CREATE TABLE patient_pathway (
    clinic_id uuid NOT NULL,
    patient_id uuid NOT NULL,
    state text NOT NULL,
    cycle integer,
    next_action text NOT NULL,
    next_action_date date,
    last_session_date date,
    next_due date,
    next_late date,
    next_appointment_at timestamptz,
    eligibility text NOT NULL,
    computed_for date NOT NULL,
    computed_at timestamptz NOT NULL,
    PRIMARY KEY (clinic_id, patient_id),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id)
  )`,
  sql`CREATE INDEX patient_pathway_by_state ON patient_pathway (clinic_id, state)`,
  sql`CREATE INDEX patient_pathway_stale ON patient_pathway (computed_for)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
