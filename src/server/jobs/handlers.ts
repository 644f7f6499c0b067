/**
 * The job handlers the server runs, by queue name, and the queues that recur. Reminders, reports
 * and imports will add theirs here, and the worker started in main.ts picks them up.
 */
import type { ServiceDeps } from "../shared/deps.ts";
import { HOUSEKEEPING_EVERY_MS, HOUSEKEEPING_QUEUE, housekeepingHandler } from "./housekeeping.ts";
import { PATHWAY_REFRESH_EVERY_MS, PATHWAY_REFRESH_QUEUE, pathwayRefreshHandler } from "./pathway-refresh.ts";
import type { JobHandler, WorkerOptions } from "./worker.ts";

export function jobHandlers(deps: ServiceDeps): Record<string, JobHandler> {
  return { [HOUSEKEEPING_QUEUE]: housekeepingHandler(deps), [PATHWAY_REFRESH_QUEUE]: pathwayRefreshHandler(deps) };
}

/** Queues that run again after each run, one pending job each across every app server (ADR 0012). */
export const recurringJobs: NonNullable<WorkerOptions["recurring"]> = {
  [HOUSEKEEPING_QUEUE]: { everyMs: HOUSEKEEPING_EVERY_MS },
  [PATHWAY_REFRESH_QUEUE]: { everyMs: PATHWAY_REFRESH_EVERY_MS },
};
