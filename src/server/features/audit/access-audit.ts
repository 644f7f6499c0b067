/**
 * The access hook every API route runs through (api-route.ts; issue 7, "Audit of every access";
 * ADR 0016). It opens the request's audit context around the handler, so the rows a write's use
 * case writes in its transaction carry the route, method and address; then, for a route that
 * reaches one patient's data or a list of the clinic's patients:
 *
 * - a read (GET) queues its row once the handler computed the answer; the rows are written in
 *   batches after the answers have gone (read-row-writer.ts says what that keeps and gives up);
 *   while too many rows wait unwritten, a read waits for its own (`awaitAccessRow`, the route's
 *   onSend) and fails, serving nothing, when it cannot be written;
 * - a write whose use case wrote no row of its own (a draft saved, a day sent twice) gets one.
 *
 * A request refused before its handler (another clinic, a missing permission) or failing in it
 * (a patient not in this clinic) writes no access row: nothing was read.
 * Account routes (sign-out, password change) write to the global account log, refused or done.
 */
import type { FastifyRequest } from "fastify";
import type { RouteContract } from "#contracts/api/route-contract.ts";
import { runWithAuditContext, type AuditContext } from "../../shared/audit-context.ts";
import { accessRow, recordAccountEvent, recordWriteAccess } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { accessScopeOf, accountActionsOf, type RequestAuth } from "./access-scope.ts";
import type { ReadRowWriter } from "./read-row-writer.ts";

export interface AccessAuditOptions {
  /** Where reads' rows go; null only in the benchmark that measures what they cost (bench/audit-overhead.ts). */
  readonly readRows: ReadRowWriter | null;
}

/** A read's row that must be written before its answer is sent (the backlog is past its limit). */
const pendingRows = new WeakMap<FastifyRequest, Promise<void>>();

/**
 * onSend of every API route: holds the answer until the read's row is written, or fails the
 * request (500, nothing served) when it could not be.
 */
export async function awaitAccessRow(request: FastifyRequest): Promise<void> {
  const row = pendingRows.get(request);
  if (row === undefined) return;
  // Taken once: the error answer that follows a failed row passes this hook again.
  pendingRows.delete(request);
  await row;
}

export async function auditedAccess<T>(deps: ServiceDeps, options: AccessAuditOptions, contract: RouteContract, request: FastifyRequest, work: () => Promise<T>): Promise<T> {
  const auth = request.apiAuth as RequestAuth | null;
  const scope = accessScopeOf(contract, auth, request.params);
  const context: AuditContext = {
    actorUserId: auth?.user.id ?? null,
    clinicId: scope?.clinicId ?? null,
    patientId: scope?.patientId ?? null,
    route: contract.path,
    method: contract.method,
    ip: request.ip,
    written: 0,
  };
  const account = accountActionsOf(contract);
  let result: T;
  try {
    result = await runWithAuditContext(context, work);
  } catch (error) {
    if (account?.refused !== undefined) await runWithAuditContext(context, () => recordAccountEvent(deps.db, deps.clock(), { action: account.refused ?? "", userId: context.actorUserId }));
    throw error;
  }
  if (scope !== null) {
    const access = { ...context, clinicId: scope.clinicId };
    if (contract.method === "GET") {
      if (options.readRows !== null) {
        const row = options.readRows.add(accessRow(deps.clock(), access, "read"));
        // Awaited in onSend; until then a failure must not count as unhandled.
        row.catch(() => undefined);
        pendingRows.set(request, row);
      }
    } else if (context.written === 0) await recordWriteAccess(deps.db, deps.clock(), access);
  }
  if (account !== null) await runWithAuditContext(context, () => recordAccountEvent(deps.db, deps.clock(), { action: account.done, userId: context.actorUserId }));
  return result;
}
