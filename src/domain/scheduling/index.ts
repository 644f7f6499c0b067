/** Scheduling (pathway-rules §6-§7): intervals, the cumulative dose and the treatment summary. */
export * from "./cumulative-dose.ts";
export * from "./session-interval.ts";
export * from "./treatment-schedule.ts";
