/**
 * The patient's sex (assess-contract.md: female, male, other, unknown; null when not given) and
 * the clinic's own record number (the worklist searches by it), unique within a clinic.
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`ALTER TABLE patients ADD COLUMN sex text CONSTRAINT patients_sex_known CHECK (sex IN ('female', 'male', 'other', 'unknown'))`,
  sql`ALTER TABLE patients ADD COLUMN record_number text CONSTRAINT patients_record_number_length CHECK (length(record_number) BETWEEN 1 AND 40)`,
  sql`CREATE UNIQUE INDEX patients_record_number ON patients (clinic_id, record_number) WHERE record_number IS NOT NULL`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
