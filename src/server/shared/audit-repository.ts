/** The audit trail: who read or wrote which record, when, from where. Never health data or names. */
import { sql } from "kysely";
import type { Executor } from "./executor.ts";

export interface AuditEventInput {
  clinicId: string;
  id: string;
  at: string;
  actorUserId: string | null;
  /** A stable dotted verb such as `patient.created`. */
  action: string;
  entity: string;
  entityId: string | null;
  /** Default write. */
  kind?: "read" | "write";
  patientId?: string | null;
  route?: string | null;
  method?: string | null;
  ip?: string | null;
}

export async function insertAuditEvent(db: Executor, event: AuditEventInput): Promise<void> {
  await db
    .insertInto("audit_events")
    .values({
      clinic_id: event.clinicId,
      id: event.id,
      at: event.at,
      actor_user_id: event.actorUserId,
      action: event.action,
      entity: event.entity,
      entity_id: event.entityId,
      kind: event.kind ?? "write",
      patient_id: event.patientId ?? null,
      route: event.route ?? null,
      method: event.method ?? null,
      ip: event.ip ?? null,
    })
    .execute();
}

/**
 * Inserts a batch of reads' rows in one statement, committed without waiting for the disk
 * (`synchronous_commit = off` for this statement's transaction only; ADR 0016): only a crash of the
 * database server within its WAL writer's delay (600 ms by default) could lose them. Waiting for
 * the flush would add a disk sync to every batch. Writes keep their rows in their own, fully
 * durable transactions. The batching is features/audit/read-row-writer.ts.
 */
export async function insertReadEvents(db: Executor, events: readonly AuditEventInput[]): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map(
    (event) => sql`(${event.clinicId}::uuid, ${event.id}::uuid, ${event.at}::timestamptz, ${event.actorUserId}::uuid, ${event.action}::text, ${event.entity}::text,
      ${event.entityId}::text, 'read', ${event.patientId ?? null}::uuid, ${event.route ?? null}::text, ${event.method ?? null}::text, ${event.ip ?? null}::text)`,
  );
  await sql`
    INSERT INTO audit_events (clinic_id, id, at, actor_user_id, action, entity, entity_id, kind, patient_id, route, method, ip)
    SELECT v.* FROM (VALUES ${sql.join(rows)}) AS v (clinic_id, id, at, actor_user_id, action, entity, entity_id, kind, patient_id, route, method, ip),
      (SELECT set_config('synchronous_commit', 'off', true)) AS relaxed`.execute(db);
}

export interface AccountEventInput {
  id: string;
  at: string;
  userId: string | null;
  action: string;
  route: string | null;
  method: string | null;
  ip: string | null;
}

export async function insertAccountEvent(db: Executor, event: AccountEventInput): Promise<void> {
  await db
    .insertInto("account_events")
    .values({ id: event.id, at: event.at, user_id: event.userId, action: event.action, route: event.route, method: event.method, ip: event.ip })
    .execute();
}

export async function listAuditEvents(db: Executor, clinicId: string) {
  return db.selectFrom("audit_events").selectAll().where("clinic_id", "=", clinicId).orderBy("at").orderBy("id").execute();
}
