/**
 * Scheduling (pathway-rules §7): injectors' working hours, 15-minute slots, visits booked inside
 * the treatment window (outside it only with a reason), rescheduled and cancelled with a reason,
 * the patient's next visit in their app, and per-injector calendar feeds.
 */
import type { RouteContract } from "./route-contract.ts";

export const schedulingRoutes = {} as const satisfies Record<string, RouteContract>;
