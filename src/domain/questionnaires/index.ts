/** Questionnaire scoring (pathway-rules §9): HIT-6, MIDAS, answer checks, the assessment list and when they are due. */
export * from "./hit6.ts";
export * from "./midas.ts";
export * from "./questionnaire-due.ts";
export * from "./questionnaire-problems.ts";
export * from "./score-questionnaires.ts";
