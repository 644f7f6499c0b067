/**
 * Who is asking, from where and through which route, for the length of one API request (ADR 0016).
 * `api-route.ts` opens the context around each handler; `audit()` reads it, so every row a use
 * case writes inside its own transaction carries the request's route, method and address without
 * each of the many use cases passing them along. Outside a request (jobs, the CLI, tests calling a
 * use case) there is no context and those columns stay null.
 *
 * AsyncLocalStorage follows the request through every await (Kysely, pg and PGlite alike).
 */
import { AsyncLocalStorage } from "node:async_hooks";

export interface AuditContext {
  /** The signed-in user, when one. */
  readonly actorUserId: string | null;
  /** The clinic whose data the route reaches (the path's clinic, or a patient account's clinic). */
  readonly clinicId: string | null;
  /** The patient whose data the route reaches, when one (`:patientId`, or the patient's own `/api/me`). */
  readonly patientId: string | null;
  /** The route's pattern, e.g. `/api/clinics/:clinicId/patients/:patientId`: never the raw URL. */
  readonly route: string;
  readonly method: string;
  /** The client's address as Fastify gives it (`request.ip`, after TRUST_PROXY). */
  readonly ip: string;
  /** Rows audit() wrote for this request: a write that wrote its own needs no second row. */
  written: number;
}

const storage = new AsyncLocalStorage<AuditContext>();

/** Runs `work` with the request's audit context. */
export function runWithAuditContext<T>(context: AuditContext, work: () => Promise<T>): Promise<T> {
  return storage.run(context, work);
}

/** The current request's audit context, or undefined outside a request. */
export function currentAuditContext(): AuditContext | undefined {
  return storage.getStore();
}
