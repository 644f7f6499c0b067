/**
 * No double booking, enforced by the database: a live appointment holds its injector's slot
 * (the primary key), so a second booking of the same slot fails whatever the app servers do.
 * Cancelling or rescheduling releases the slot (a slot is a claim, not a clinical record; the
 * appointment's revisions keep the history). And per-user calendar feeds: the sha256 of an
 * unguessable token, revocable.
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`CREATE TABLE appointment_slots (
    clinic_id uuid NOT NULL,
    injector_user_id uuid NOT NULL,
    starts_at timestamptz NOT NULL,
    appointment_id uuid NOT NULL,
    PRIMARY KEY (clinic_id, injector_user_id, starts_at),
    FOREIGN KEY (clinic_id, injector_user_id) REFERENCES memberships (clinic_id, user_id),
    FOREIGN KEY (clinic_id, appointment_id) REFERENCES clinical_records (clinic_id, id)
  )`,
  sql`CREATE UNIQUE INDEX appointment_slots_one_per_appointment ON appointment_slots (clinic_id, appointment_id)`,
  sql`CREATE TABLE calendar_feeds (
    clinic_id uuid NOT NULL,
    user_id uuid NOT NULL,
    token_hash text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL,
    revoked_at timestamptz,
    PRIMARY KEY (clinic_id, user_id, token_hash),
    FOREIGN KEY (clinic_id, user_id) REFERENCES memberships (clinic_id, user_id)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
