/**
 * A preventive trial's dose (issue 10: the authorization packet's failed-preventive table shows
 * drug, class, dose, dates, trial length and outcome), free text in the clinician's words
 * ("topiramate 100 mg daily"), one line of at most 200 characters, optional: NULL where not
 * recorded, which every trial entered before this migration is. Kept on each revision, as the
 * other fields of a trial's version are. Adding a nullable column without a default rewrites no
 * row, so the append-only trigger (20261126120800) is neither fired nor disabled.
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`ALTER TABLE preventive_trial_revisions ADD COLUMN dose text`,
  sql`ALTER TABLE preventive_trial_revisions ADD CONSTRAINT preventive_trial_revisions_dose_length CHECK (length(dose) BETWEEN 1 AND 200)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
