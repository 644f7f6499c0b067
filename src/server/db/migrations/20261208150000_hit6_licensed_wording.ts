/**
 * A clinic's licensed HIT-6 wording (clinical-facts §8: the items are © QualityMetric and GSK and
 * ship only under a licence): the licence's reference, the six items and five answer labels an
 * administrator pasted from the clinic's licensed form. Without a row the app asks for the paper
 * form's total. One row per clinic; the audit log records who changed it.
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`CREATE TABLE hit6_licensed_wording (
    clinic_id uuid PRIMARY KEY REFERENCES clinics (id),
    licence text NOT NULL,
    items jsonb NOT NULL,
    options jsonb NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by uuid NOT NULL REFERENCES users (id)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
