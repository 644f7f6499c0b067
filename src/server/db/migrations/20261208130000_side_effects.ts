/**
 * Side effects between visits (issue 8). The clinic's emergency number (911, 999, 112 ...; null
 * until an administrator sets it: the default then follows the clinic's time zone) and the phone
 * number shown to its patients. And the check-ins a patient answered "no problems" (day 1, 7, 14
 * or 28 after a session): clinical facts, one row per answer, append-only like the other clinical
 * records (ADR 0012), idempotent by the id the phone made. A "yes" is a side-effect report, a
 * record of the kit (clinical_record_revisions).
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`ALTER TABLE clinics ADD COLUMN emergency_number text CHECK (emergency_number ~ '^[0-9]{2,6}$')`,
  sql`ALTER TABLE clinics ADD COLUMN clinic_phone text CHECK (length(clinic_phone) BETWEEN 3 AND 40)`,
  sql`CREATE TABLE side_effect_check_ins (
    clinic_id uuid NOT NULL,
    id uuid NOT NULL,
    patient_id uuid NOT NULL,
    session_id uuid NOT NULL,
    day integer NOT NULL CHECK (day IN (1, 7, 14, 28)),
    answer text NOT NULL CHECK (answer IN ('no-problems')),
    recorded_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL,
    recorded_by uuid NOT NULL REFERENCES users (id),
    PRIMARY KEY (clinic_id, id),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
    FOREIGN KEY (clinic_id, session_id) REFERENCES clinical_records (clinic_id, id)
  )`,
  sql`CREATE INDEX side_effect_check_ins_by_patient ON side_effect_check_ins (clinic_id, patient_id, session_id, day)`,
  sql`CREATE TRIGGER side_effect_check_ins_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON side_effect_check_ins
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
