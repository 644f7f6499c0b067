/**
 * Side-effect symptom codes and their triage levels (pathway-rules §10; clinical-facts.md §4
 * boxed warning and §5.4). Red symptoms can start hours to weeks after a session, so nothing
 * here looks at the time since the session.
 */
import { AMBER_SYMPTOMS, GREEN_SYMPTOMS, RED_SYMPTOMS, SYMPTOM_CODES, type SymptomCode } from "../shared/record.ts";

/** Triage levels, least urgent first. */
export const TRIAGE_LEVELS = ["green", "amber", "red"] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

/** The level of every symptom code, from the lists of pathway-rules §10. */
export const SYMPTOM_LEVEL: Readonly<Record<SymptomCode, TriageLevel>> = Object.freeze({
  ...(Object.fromEntries(GREEN_SYMPTOMS.map((code) => [code, "green"])) as Record<(typeof GREEN_SYMPTOMS)[number], TriageLevel>),
  ...(Object.fromEntries(AMBER_SYMPTOMS.map((code) => [code, "amber"])) as Record<(typeof AMBER_SYMPTOMS)[number], TriageLevel>),
  ...(Object.fromEntries(RED_SYMPTOMS.map((code) => [code, "red"])) as Record<(typeof RED_SYMPTOMS)[number], TriageLevel>),
});

/**
 * Whether a string is a known symptom code (an unknown one is an input error, §10).
 * @example isSymptomCode("eyelid-droop") // true
 * @example isSymptomCode("sneezing") // false
 */
export function isSymptomCode(value: unknown): value is SymptomCode {
  return typeof value === "string" && (SYMPTOM_CODES as readonly string[]).includes(value);
}

/**
 * The more urgent of two levels.
 * @example higherLevel("green", "amber") // "amber"
 */
export function higherLevel(a: TriageLevel, b: TriageLevel): TriageLevel {
  return TRIAGE_LEVELS.indexOf(a) >= TRIAGE_LEVELS.indexOf(b) ? a : b;
}

/**
 * The level of a report: the highest level among its symptoms. A report without symptoms is
 * rejected at the boundary, so an empty list is a programmer error and throws.
 * @example triageLevel(["neck-pain", "eyelid-droop"]) // "amber"
 */
export function triageLevel(symptoms: readonly SymptomCode[]): TriageLevel {
  if (symptoms.length === 0) throw new RangeError("a side-effect report needs at least one symptom");
  return symptoms.map((code) => {
    const level = SYMPTOM_LEVEL[code] as TriageLevel | undefined;
    if (level === undefined) throw new RangeError("unknown symptom code (validate at the boundary)");
    return level;
  }).reduce(higherLevel);
}
