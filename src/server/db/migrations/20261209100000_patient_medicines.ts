/**
 * A patient's own acute medicines (issue 9): name and the rules' class, listed first in the
 * day's medicines question and kept on the phone for offline use. One row per patient holding
 * the list; a save replaces it (an audit row records who, never what).
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`CREATE TABLE patient_medicines (
    clinic_id uuid NOT NULL,
    patient_id uuid NOT NULL,
    medicines jsonb NOT NULL CHECK (jsonb_typeof(medicines) = 'array'),
    updated_at timestamptz NOT NULL,
    updated_by uuid NOT NULL REFERENCES users (id),
    PRIMARY KEY (clinic_id, patient_id),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
