/**
 * The job handlers the server runs, by queue name. None yet: reminders, reports and imports
 * will add theirs here, and the worker started in main.ts picks them up.
 */
import type { JobHandler } from "./worker.ts";
import type { ServiceDeps } from "../services/deps.ts";

export function jobHandlers(_deps: ServiceDeps): Record<string, JobHandler> {
  return {};
}
