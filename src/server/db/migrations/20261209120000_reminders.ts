/**
 * Patient reminders (issue 9 §6). Each patient's settings: the daily diary reminder (on or off,
 * at a wall-clock time of their own zone), visit and questionnaire reminders, quiet hours (both
 * ends or neither), the channels they accept, and the language the reminders are written in (the
 * one their app was in when they saved). No row means the defaults
 * (src/domain/reminders/reminder-settings.ts). And the reminders already queued, one row per
 * stable key ("diary:<patient>:<date>"): the key is the primary key, so however many servers run
 * the job, a reminder enters the outbox once.
 */
import { sql, type Kysely } from "kysely";

const CLOCK = "'^([01][0-9]|2[0-3]):[0-5][0-9]$'";

const statements = [
  sql`CREATE TABLE reminder_settings (
    clinic_id uuid NOT NULL,
    patient_id uuid NOT NULL,
    diary boolean NOT NULL,
    diary_time text NOT NULL CHECK (diary_time ~ ${sql.raw(CLOCK)}),
    visits boolean NOT NULL,
    questionnaires boolean NOT NULL,
    quiet_start text CHECK (quiet_start ~ ${sql.raw(CLOCK)}),
    quiet_end text CHECK (quiet_end ~ ${sql.raw(CLOCK)}),
    push boolean NOT NULL,
    email boolean NOT NULL,
    language text NOT NULL CHECK (language IN ('en', 'es')),
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (clinic_id, patient_id),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
    CHECK ((quiet_start IS NULL) = (quiet_end IS NULL))
  )`,
  sql`CREATE TABLE reminders_sent (
    clinic_id uuid NOT NULL,
    key text NOT NULL,
    patient_id uuid NOT NULL,
    kind text NOT NULL CHECK (kind IN ('diary', 'visit', 'questionnaire')),
    due_at timestamptz NOT NULL,
    queued_at timestamptz NOT NULL,
    PRIMARY KEY (clinic_id, key),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id)
  )`,
  sql`CREATE INDEX reminders_sent_by_patient ON reminders_sent (clinic_id, patient_id, queued_at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
