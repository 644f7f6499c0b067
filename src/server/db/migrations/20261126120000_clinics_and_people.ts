/**
 * Clinics (the tenant), users (global accounts), memberships (staff roles in a clinic) and
 * patients. PostgreSQL 15 features only: PGlite runs 18, servers here run 15.
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`CREATE TABLE clinics (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    time_zone text NOT NULL,
    is_demo boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  // At most one demo clinic: seeding it twice at once cannot create two.
  sql`CREATE UNIQUE INDEX clinics_one_demo ON clinics (is_demo) WHERE is_demo`,
  sql`CREATE TABLE users (
    id uuid PRIMARY KEY,
    email text NOT NULL UNIQUE CHECK (email = lower(email)),
    name text NOT NULL,
    password_hash text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  sql`CREATE TABLE memberships (
    clinic_id uuid NOT NULL REFERENCES clinics (id),
    user_id uuid NOT NULL REFERENCES users (id),
    role text NOT NULL CHECK (role IN ('admin', 'clinician')),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, user_id)
  )`,
  sql`CREATE INDEX memberships_by_user ON memberships (user_id)`,
  sql`CREATE TABLE patients (
    clinic_id uuid NOT NULL REFERENCES clinics (id),
    id uuid NOT NULL,
    name text NOT NULL,
    birth_date date NOT NULL,
    time_zone text NOT NULL,
    user_id uuid UNIQUE REFERENCES users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, id)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
