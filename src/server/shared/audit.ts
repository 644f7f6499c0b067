/**
 * Writes audit rows; ids and verbs only, never health data (ADR 0016). Inside an API request each
 * row also carries the request's route pattern, method and client address (audit-context.ts).
 */
import { v7 as uuidv7 } from "uuid";
import { currentAuditContext, type AuditContext } from "./audit-context.ts";
import { insertAccountEvent, insertAuditEvent, type AuditEventInput } from "./audit-repository.ts";
import type { Executor } from "./executor.ts";

/** Records a write inside the caller's transaction (every use case that changes data calls it). */
export async function audit(
  tx: Executor,
  at: Date,
  event: { clinicId: string; actorUserId: string | null; action: string; entity: string; entityId: string | null },
): Promise<void> {
  const context = currentAuditContext();
  // The request's patient applies to rows of the request's clinic only (an invitation accepted
  // from a public route writes into the invitation's clinic, which the context does not name).
  const requestPatient = context !== undefined && context.clinicId === event.clinicId ? context.patientId : null;
  await insertAuditEvent(tx, {
    id: uuidv7(),
    at: at.toISOString(),
    ...event,
    kind: "write",
    patientId: requestPatient ?? (event.entity === "patient" ? event.entityId : null),
    route: context?.route ?? null,
    method: context?.method ?? null,
    ip: context?.ip ?? null,
  });
  if (context !== undefined) context.written += 1;
}

/**
 * The row of one access to a patient's data (or to a list of the clinic's patients) by the request
 * in `context`, which must name its clinic.
 */
export function accessRow(at: Date, context: AuditContext & { readonly clinicId: string }, kind: "read" | "write"): AuditEventInput {
  const patient = context.patientId !== null;
  return {
    id: uuidv7(),
    at: at.toISOString(),
    clinicId: context.clinicId,
    actorUserId: context.actorUserId,
    action: `${patient ? "patient" : "clinic"}.${kind === "read" ? "read" : "written"}`,
    entity: patient ? "patient" : "clinic",
    entityId: patient ? context.patientId : context.clinicId,
    kind,
    patientId: context.patientId,
    route: context.route,
    method: context.method,
    ip: context.ip,
  };
}

/** Records a write's access row as its own statement (a write whose use case wrote none). */
export async function recordWriteAccess(db: Executor, at: Date, context: AuditContext & { readonly clinicId: string }): Promise<void> {
  await insertAuditEvent(db, accessRow(at, context, "write"));
}

/**
 * Records a sign-in, sign-out or password change in the global account log (ADR 0016): the
 * account when known, never the email typed. Inside a request it carries the route and address.
 */
export async function recordAccountEvent(db: Executor, at: Date, event: { readonly action: string; readonly userId: string | null }): Promise<void> {
  const context = currentAuditContext();
  await insertAccountEvent(db, {
    id: uuidv7(),
    at: at.toISOString(),
    userId: event.userId,
    action: event.action,
    route: context?.route ?? null,
    method: context?.method ?? null,
    ip: context?.ip ?? null,
  });
}
