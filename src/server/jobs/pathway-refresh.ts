/**
 * The pathway rows the calendar has moved past (ADR 0015): a patient becomes overdue, due for
 * evaluation, or their baseline windows shift, without any write to their record. This recurring
 * job recomputes every row older than six hours (and any patient without one), a batch per
 * transaction, and logs counts only.
 */
import { refreshPathway, stalePathways } from "../features/worklist/pathway-projection.ts";
import type { ServiceDeps } from "../shared/deps.ts";
import type { JobHandler } from "./worker.ts";

export const PATHWAY_REFRESH_QUEUE = "pathway-refresh";
export const PATHWAY_REFRESH_EVERY_MS = 15 * 60 * 1000;
/** A row older than this is recomputed (several times a day, so a state never lags a day). */
export const PATHWAY_STALE_MS = 6 * 60 * 60 * 1000;
const BATCH = 200;

/** Refreshes stale pathway rows as of `now` in batches; returns how many were refreshed. */
export async function refreshStalePathways(deps: ServiceDeps, now: Date, maxBatches = 1000): Promise<number> {
  const staleBefore = new Date(now.getTime() - PATHWAY_STALE_MS).toISOString();
  let refreshed = 0;
  for (let batch = 0; batch < maxBatches; batch += 1) {
    const stale = await stalePathways(deps.db, staleBefore, BATCH);
    if (stale.length === 0) break;
    await deps.db.transaction().execute(async (tx) => {
      for (const patient of stale) await refreshPathway(tx, patient.clinicId, patient.patientId, now);
    });
    refreshed += stale.length;
    if (stale.length < BATCH) break;
  }
  return refreshed;
}

export function pathwayRefreshHandler(deps: ServiceDeps): JobHandler {
  return async () => {
    const refreshed = await refreshStalePathways(deps, deps.clock());
    deps.log.info({ queue: PATHWAY_REFRESH_QUEUE, refreshed }, "pathway rows refreshed");
  };
}
