/**
 * Drafts of injection sessions, saved as the injector works (a draft survives a reload and a
 * dropped connection). A draft is not yet a clinical record: it is saved over (with a version
 * number, so two tablets cannot overwrite each other unseen) until it is signed, when the signed
 * record becomes revision 1 of a `clinical_records` row with the draft's id.
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`CREATE TABLE session_drafts (
    clinic_id uuid NOT NULL,
    id uuid NOT NULL,
    patient_id uuid NOT NULL,
    content jsonb NOT NULL,
    state text NOT NULL CHECK (state IN ('open', 'signed', 'discarded')),
    version integer NOT NULL CHECK (version >= 1),
    created_at timestamptz NOT NULL,
    created_by uuid NOT NULL REFERENCES users (id),
    updated_at timestamptz NOT NULL,
    updated_by uuid NOT NULL REFERENCES users (id),
    PRIMARY KEY (clinic_id, id),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id)
  )`,
  sql`CREATE INDEX session_drafts_open ON session_drafts (clinic_id, patient_id) WHERE state = 'open'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
