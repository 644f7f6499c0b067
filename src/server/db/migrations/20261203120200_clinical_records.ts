/**
 * The clinical-record kit (ADR 0013): one identity table and one revision table for every record
 * kind (injection sessions, other toxin doses, questionnaires, side-effect reports, appointments,
 * authorizations, treatment decisions). Revisions are numbered per record, 1, 2, ...; the highest
 * is current; every revision after the first carries a reason. Both tables are append-only, as the
 * other clinical records are (ADR 0012).
 */
import { sql, type Kysely } from "kysely";

const KINDS = sql.raw(`('injection-session', 'other-toxin-dose', 'questionnaire', 'side-effect-report', 'appointment', 'authorization', 'treatment-decision')`);

const statements = [
  sql`CREATE TABLE clinical_records (
    clinic_id uuid NOT NULL,
    id uuid NOT NULL,
    patient_id uuid NOT NULL,
    kind text NOT NULL CHECK (kind IN ${KINDS}),
    created_at timestamptz NOT NULL,
    created_by uuid NOT NULL REFERENCES users (id),
    PRIMARY KEY (clinic_id, id),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id)
  )`,
  sql`CREATE INDEX clinical_records_by_patient ON clinical_records (clinic_id, patient_id, kind)`,
  sql`CREATE TABLE clinical_record_revisions (
    clinic_id uuid NOT NULL,
    record_id uuid NOT NULL,
    revision integer NOT NULL CHECK (revision >= 1),
    patient_id uuid NOT NULL,
    kind text NOT NULL CHECK (kind IN ${KINDS}),
    status text NOT NULL CHECK (status IN ('active', 'cancelled', 'entered-in-error')),
    effective_date date NOT NULL,
    content jsonb NOT NULL,
    reason text CHECK (reason IS NULL OR length(reason) <= 2000),
    source text NOT NULL CHECK (source IN ('app', 'import')),
    recorded_at timestamptz NOT NULL,
    recorded_by uuid NOT NULL REFERENCES users (id),
    PRIMARY KEY (clinic_id, record_id, revision),
    FOREIGN KEY (clinic_id, record_id) REFERENCES clinical_records (clinic_id, id),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
    -- A correction says why: every revision after the first has a reason.
    CONSTRAINT clinical_record_revisions_reason_after_first CHECK (revision = 1 OR length(btrim(coalesce(reason, ''))) > 0)
  )`,
  sql`CREATE INDEX clinical_record_revisions_by_patient ON clinical_record_revisions (clinic_id, patient_id, kind, record_id, revision DESC)`,
  sql`CREATE INDEX clinical_record_revisions_by_date ON clinical_record_revisions (clinic_id, kind, effective_date)`,
  ...["clinical_records", "clinical_record_revisions"].map(
    (table) => sql`CREATE TRIGGER ${sql.id(`${table}_append_only`)}
      BEFORE UPDATE OR DELETE OR TRUNCATE ON ${sql.id(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change()`,
  ),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
