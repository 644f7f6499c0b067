/**
 * Why a stopped patient stopped (issue 8): the clinician stopped treatment, or switched to
 * another (pathway-rules §8; docs/clinical/pathway.md), so the worklist can say which. Rows
 * stopped before switching existed were all stopped by a stop.
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`ALTER TABLE patient_pathway ADD COLUMN stopped_by text CHECK (stopped_by IN ('stop', 'switch'))`,
  sql`UPDATE patient_pathway SET stopped_by = 'stop' WHERE state = 'stopped'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
