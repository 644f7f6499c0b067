/**
 * Clinical history revisions get a per-patient revision number (1, 2, ...) that orders them, as
 * trial revisions already have. The current history was the latest by `recorded_at`, an app
 * server's clock read before the patient's lock: with two servers (or a wait on the lock) a later
 * save could sort before an earlier one and silently not become current. The number is assigned
 * under the patient's lock as the current highest plus one; `recorded_at` stays as information.
 * Existing rows are numbered in the order they were current by: recorded_at, then id.
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`ALTER TABLE clinical_history_revisions ADD COLUMN revision integer`,
  sql`UPDATE clinical_history_revisions AS r SET revision = numbered.revision
    FROM (
      SELECT clinic_id, id, row_number() OVER (PARTITION BY clinic_id, patient_id ORDER BY recorded_at, id) AS revision
      FROM clinical_history_revisions
    ) AS numbered
    WHERE r.clinic_id = numbered.clinic_id AND r.id = numbered.id`,
  sql`ALTER TABLE clinical_history_revisions ALTER COLUMN revision SET NOT NULL`,
  sql`ALTER TABLE clinical_history_revisions ADD CONSTRAINT clinical_history_revisions_revision_positive CHECK (revision >= 1)`,
  sql`ALTER TABLE clinical_history_revisions ADD CONSTRAINT clinical_history_revisions_patient_revision UNIQUE (clinic_id, patient_id, revision)`,
  // The unique constraint's index serves "the patient's latest revision"; the one by recorded_at no longer does.
  sql`DROP INDEX clinical_history_revisions_by_patient`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
