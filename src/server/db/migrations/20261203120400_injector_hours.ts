/**
 * Injectors' working hours: weekly ranges (ISO weekday 1-7, local wall-clock times in the
 * clinic's zone) and dated exceptions (a day off, or other hours that day). Bookings use their
 * 15-minute slots.
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`CREATE TABLE injector_hours (
    clinic_id uuid NOT NULL,
    user_id uuid NOT NULL,
    weekday integer NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_time text NOT NULL CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
    end_time text NOT NULL CHECK (end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
    PRIMARY KEY (clinic_id, user_id, weekday, start_time),
    FOREIGN KEY (clinic_id, user_id) REFERENCES memberships (clinic_id, user_id),
    CHECK (start_time < end_time)
  )`,
  sql`CREATE TABLE injector_hours_exceptions (
    clinic_id uuid NOT NULL,
    user_id uuid NOT NULL,
    date date NOT NULL,
    ranges jsonb NOT NULL,
    note text CHECK (note IS NULL OR length(note) <= 200),
    PRIMARY KEY (clinic_id, user_id, date),
    FOREIGN KEY (clinic_id, user_id) REFERENCES memberships (clinic_id, user_id)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
