/**
 * Clinical records are amended by new rows, never overwritten (ADR 0005, ADR 0011; ADR 0012):
 * statement-level triggers refuse every UPDATE, DELETE and TRUNCATE on the revision tables and on
 * `preventive_trials` (a trial's identity, never changed once inserted), so a bug or a hand-typed
 * statement cannot rewrite a patient's history. Statement-level, so the refusal does not depend
 * on which rows match. PL/pgSQL ships with PostgreSQL 15 and PGlite alike.
 *
 * A later migration that truly must backfill one of these tables disables the trigger around its
 * statement (ALTER TABLE ... DISABLE TRIGGER ... / ENABLE TRIGGER ...) and says why.
 */
import { sql, type Kysely } from "kysely";

const APPEND_ONLY_TABLES = ["diary_revisions", "clinical_history_revisions", "preventive_trials", "preventive_trial_revisions"] as const;

const statements = [
  // 55000 object_not_in_prerequisite_state: the row is a record that cannot be changed.
  sql`CREATE FUNCTION refuse_append_only_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% on % refused: clinical records are append-only', TG_OP, TG_TABLE_NAME
        USING ERRCODE = '55000',
              HINT = 'Amend a record by inserting a new revision (ADR 0005, ADR 0011).';
    END
  $$`,
  ...APPEND_ONLY_TABLES.map(
    (table) => sql`CREATE TRIGGER ${sql.id(`${table}_append_only`)}
      BEFORE UPDATE OR DELETE OR TRUNCATE ON ${sql.id(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change()`,
  ),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
