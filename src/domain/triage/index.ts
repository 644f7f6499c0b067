/** Side-effect triage (pathway-rules §10): symptom levels, actions and the assessment list. */
export * from "./triage-levels.ts";
export * from "./triage-actions.ts";
export * from "./triage-reports.ts";
