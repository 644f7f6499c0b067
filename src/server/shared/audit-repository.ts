/** The audit trail: who did what to which record, and when. Never health data or names. */
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
    })
    .execute();
}

export async function listAuditEvents(db: Executor, clinicId: string) {
  return db.selectFrom("audit_events").selectAll().where("clinic_id", "=", clinicId).orderBy("at").orderBy("id").execute();
}
