/**
 * Clinic outcomes reports made as jobs (issue 10 §1 and §3; docs/reports.md, "The reports page"):
 * one row per report a staff member asked for, in its clinic. The job (queue `outcomes-report`)
 * keeps its progress here (treated patients read of the total), then the cohort's figures
 * (`CohortFigures`: counts, rates and means of the clinic, naming no patient) from which the PDF
 * is drawn when it is downloaded. Rows are kept a day after they finish, then deleted when the
 * clinic next asks for a report.
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`CREATE TABLE outcomes_reports (
    clinic_id uuid NOT NULL REFERENCES clinics (id),
    id uuid NOT NULL,
    requested_by uuid NOT NULL REFERENCES users (id),
    requested_at timestamptz NOT NULL,
    from_date date NOT NULL,
    to_date date NOT NULL CHECK (to_date >= from_date),
    status text NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
    patients_total integer CHECK (patients_total >= 0),
    patients_done integer NOT NULL DEFAULT 0 CHECK (patients_done >= 0),
    figures jsonb,
    finished_at timestamptz,
    error text,
    PRIMARY KEY (clinic_id, id)
  )`,
  sql`CREATE INDEX outcomes_reports_finished ON outcomes_reports (finished_at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
