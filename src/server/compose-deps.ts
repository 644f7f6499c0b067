/**
 * The service dependencies of a running server, a command or a test: the database, the clock, the
 * logger, and the projection refresh every patient write triggers (the worklist's pathway row).
 */
import type { Kysely } from "kysely";
import type { Database } from "./db/schema.ts";
import { refreshPathway } from "./features/worklist/pathway-projection.ts";
import type { Log, ServiceDeps } from "./shared/deps.ts";

export function composeDeps(db: Kysely<Database>, clock: () => Date, log: Log): ServiceDeps {
  return { db, clock, log, recordChanged: (tx, target, now) => refreshPathway(tx, target.clinicId, target.patientId, now) };
}
