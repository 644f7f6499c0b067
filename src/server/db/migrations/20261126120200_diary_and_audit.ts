/**
 * Diary revisions (ADR 0005: each save is a new row, never an overwrite; the current view of a
 * day is its latest revision) and the audit trail (who did what to which record; never health
 * data).
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`CREATE TABLE diary_revisions (
    clinic_id uuid NOT NULL,
    patient_id uuid NOT NULL,
    id uuid NOT NULL,
    date date NOT NULL,
    answers jsonb NOT NULL,
    recorded_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL,
    entered_by text NOT NULL CHECK (entered_by IN ('patient', 'staff')),
    entered_by_user_id uuid REFERENCES users (id),
    source text NOT NULL CHECK (source IN ('app', 'import')),
    late boolean NOT NULL,
    PRIMARY KEY (clinic_id, id),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id)
  )`,
  sql`CREATE INDEX diary_revisions_by_day ON diary_revisions (clinic_id, patient_id, date, recorded_at)`,
  sql`CREATE TABLE audit_events (
    clinic_id uuid NOT NULL REFERENCES clinics (id),
    id uuid NOT NULL,
    at timestamptz NOT NULL,
    actor_user_id uuid REFERENCES users (id),
    action text NOT NULL,
    entity text NOT NULL,
    entity_id text,
    PRIMARY KEY (clinic_id, id)
  )`,
  sql`CREATE INDEX audit_events_by_time ON audit_events (clinic_id, at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
