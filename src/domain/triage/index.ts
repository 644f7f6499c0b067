/** Side-effect triage (pathway-rules §10): symptom levels, actions and the assessment list; the call-back day, the emergency number and the check-ins (issue 8). */
export * from "./triage-levels.ts";
export * from "./triage-actions.ts";
export * from "./triage-reports.ts";
export * from "./call-back.ts";
export * from "./emergency-number.ts";
export * from "./check-ins.ts";
