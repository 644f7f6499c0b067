/** Injections (pathway-rules §6): the PREEMPT table, session validation, vials and billing. */
export * from "./preempt-protocol.ts";
export * from "./injection-problem.ts";
export * from "./session-units.ts";
export * from "./site-problems.ts";
export * from "./site-count-problems.ts";
export * from "./validate-session.ts";
export * from "./check-sessions.ts";
export * from "./vials.ts";
export * from "./billing.ts";
