/**
 * The clinic's eligibility policy (pathway-rules §5; ADR 0010): its assessments use it unless a
 * request names another. Existing clinics get the US label, the CLI's default.
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`ALTER TABLE clinics ADD COLUMN policy text NOT NULL DEFAULT 'us-label'
    CONSTRAINT clinics_policy_known CHECK (policy IN ('us-label', 'us-payer', 'nice-ta260', 'ehf-2018'))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
