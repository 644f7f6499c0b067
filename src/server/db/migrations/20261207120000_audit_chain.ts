/**
 * The audit of every access, hash-chained (issue 7, "Trust"; ADR 0016).
 *
 * - `audit_events` gains who/where/route context: the patient (when one), the route pattern, the
 *   method, the kind (read or write; rows from before were all writes) and the client's address.
 * - `account_events`: sign-ins, sign-outs and password changes, global (a failed sign-in names no
 *   clinic, and an account may belong to several).
 * - Every event row marks itself pending (a statement trigger, so the application cannot forget,
 *   and any insert that bypasses triggers leaves an unmarked row that `audit verify` finds).
 * - `audit_chain` (one chain per clinic) and `account_chain` (one global chain) link the events in
 *   the order a sealing step took them: seq, event, previous hash, hash.
 * - The events and the chains are append-only in the database, as the clinical records are
 *   (ADR 0012): UPDATE, DELETE and TRUNCATE are refused by statement triggers. The pending
 *   marks are a queue the sealing step empties, so they may be deleted.
 */
import { sql, type Kysely } from "kysely";

const APPEND_ONLY = ["audit_events", "audit_chain", "account_events", "account_chain"] as const;

const statements = [
  sql`ALTER TABLE audit_events ADD COLUMN kind text NOT NULL DEFAULT 'write' CHECK (kind IN ('read', 'write'))`,
  sql`ALTER TABLE audit_events ADD COLUMN patient_id uuid`,
  sql`ALTER TABLE audit_events ADD COLUMN route text`,
  sql`ALTER TABLE audit_events ADD COLUMN method text`,
  sql`ALTER TABLE audit_events ADD COLUMN ip text`,
  // The administrators' search: by patient or by person, newest first (by date uses audit_events_by_time).
  sql`CREATE INDEX audit_events_by_patient ON audit_events (clinic_id, patient_id, at)`,
  sql`CREATE INDEX audit_events_by_actor ON audit_events (clinic_id, actor_user_id, at)`,
  sql`CREATE TABLE account_events (
    id uuid PRIMARY KEY,
    at timestamptz NOT NULL,
    user_id uuid,
    action text NOT NULL,
    route text,
    method text,
    ip text
  )`,
  sql`CREATE INDEX account_events_by_user ON account_events (user_id, at)`,
  sql`CREATE TABLE audit_pending (
    clinic_id uuid NOT NULL,
    event_id uuid NOT NULL,
    PRIMARY KEY (clinic_id, event_id)
  )`,
  sql`CREATE TABLE account_pending (event_id uuid PRIMARY KEY)`,
  // The writes recorded before this migration are sealed like any new event.
  sql`INSERT INTO audit_pending (clinic_id, event_id) SELECT clinic_id, id FROM audit_events`,
  sql`CREATE TABLE audit_chain (
    clinic_id uuid NOT NULL REFERENCES clinics (id),
    seq bigint NOT NULL CHECK (seq >= 1),
    event_id uuid NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL,
    sealed_at timestamptz NOT NULL,
    PRIMARY KEY (clinic_id, seq),
    UNIQUE (clinic_id, event_id)
  )`,
  sql`CREATE TABLE account_chain (
    seq bigint PRIMARY KEY CHECK (seq >= 1),
    event_id uuid NOT NULL UNIQUE,
    prev_hash text NOT NULL,
    hash text NOT NULL,
    sealed_at timestamptz NOT NULL
  )`,
  // Statement-level with a transition table: one insert of many events marks them all at once.
  sql`CREATE FUNCTION mark_audit_pending() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO audit_pending (clinic_id, event_id) SELECT clinic_id, id FROM inserted_events;
      RETURN NULL;
    END
  $$`,
  sql`CREATE TRIGGER audit_events_mark_pending AFTER INSERT ON audit_events
    REFERENCING NEW TABLE AS inserted_events FOR EACH STATEMENT EXECUTE FUNCTION mark_audit_pending()`,
  sql`CREATE FUNCTION mark_account_pending() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO account_pending (event_id) SELECT id FROM inserted_events;
      RETURN NULL;
    END
  $$`,
  sql`CREATE TRIGGER account_events_mark_pending AFTER INSERT ON account_events
    REFERENCING NEW TABLE AS inserted_events FOR EACH STATEMENT EXECUTE FUNCTION mark_account_pending()`,
  // 55000 object_not_in_prerequisite_state, as for the clinical records (ADR 0012).
  sql`CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% on % refused: the audit log is append-only', TG_OP, TG_TABLE_NAME
        USING ERRCODE = '55000',
              HINT = 'Audit events and their chain are only ever appended (ADR 0016).';
    END
  $$`,
  ...APPEND_ONLY.map(
    (table) => sql`CREATE TRIGGER ${sql.id(`${table}_append_only`)}
      BEFORE UPDATE OR DELETE OR TRUNCATE ON ${sql.id(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change()`,
  ),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
