/**
 * Sign-in sessions (only the sha256 of the cookie token is stored), invitation links (only the
 * sha256 of the link token) and failed sign-ins for the rate limit (only a hash of the email).
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`CREATE TABLE sessions (
    id text PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL
  )`,
  sql`CREATE INDEX sessions_by_user ON sessions (user_id)`,
  sql`CREATE TABLE invitations (
    clinic_id uuid NOT NULL REFERENCES clinics (id),
    id uuid NOT NULL,
    token_hash text NOT NULL UNIQUE,
    kind text NOT NULL CHECK (kind IN ('patient', 'staff')),
    patient_id uuid,
    email text CHECK (email = lower(email)),
    name text NOT NULL,
    role text CHECK (role IN ('admin', 'clinician')),
    created_by uuid NOT NULL REFERENCES users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at timestamptz,
    PRIMARY KEY (clinic_id, id),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
    CHECK ((kind = 'patient' AND patient_id IS NOT NULL AND role IS NULL)
        OR (kind = 'staff' AND patient_id IS NULL AND role IS NOT NULL AND email IS NOT NULL))
  )`,
  sql`CREATE TABLE login_failures (
    key_hash text NOT NULL,
    at timestamptz NOT NULL
  )`,
  sql`CREATE INDEX login_failures_by_key ON login_failures (key_hash, at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
