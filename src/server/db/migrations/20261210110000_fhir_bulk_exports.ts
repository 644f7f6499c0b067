/**
 * FHIR bulk exports (issue 10 §4, ADR 0025): one row per export a staff member asked for, in its
 * clinic. The job (queue `fhir-bulk-export`) writes one NDJSON file per resource type under
 * `<dataDir>/exports/<id>/` and keeps its progress here (patients done of the total), then the
 * output manifest's counts; the files are served only to the person who asked, until `expires_at`,
 * after which housekeeping deletes them. Ids and counts only: no health data in this table.
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`CREATE TABLE fhir_bulk_exports (
    clinic_id uuid NOT NULL REFERENCES clinics (id),
    id uuid NOT NULL,
    requested_by uuid NOT NULL REFERENCES users (id),
    requested_at timestamptz NOT NULL,
    request_url text NOT NULL,
    types jsonb,
    status text NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed', 'expired')),
    patients_total integer CHECK (patients_total >= 0),
    patients_done integer NOT NULL DEFAULT 0 CHECK (patients_done >= 0),
    output jsonb,
    finished_at timestamptz,
    expires_at timestamptz,
    error text,
    PRIMARY KEY (clinic_id, id)
  )`,
  sql`CREATE INDEX fhir_bulk_exports_expiring ON fhir_bulk_exports (expires_at) WHERE status = 'done'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
