/**
 * The history flags the rules read (pathway-rules §5: hypersensitivity and infection at the sites
 * are contraindications; overuse managed): one Observation each, valueBoolean, only when given.
 */
import type { PatientHistory } from "#domain/shared/record.ts";
import { LOCAL_SYSTEM, localCoding } from "./codes.ts";
import { booleanAt, type At } from "./read.ts";
import { PATIENT_REFERENCE } from "./references.ts";
import type { FhirResource } from "./types.ts";

export const HISTORY_FLAGS = {
  botulinumHypersensitivity: { code: "botulinum-hypersensitivity", display: "Hypersensitivity to a botulinum toxin" },
  injectionSiteInfection: { code: "injection-site-infection", display: "Infection at the proposed injection sites" },
  overuseManaged: { code: "overuse-managed", display: "Medication overuse addressed" },
} as const;
type HistoryFlag = keyof typeof HISTORY_FLAGS;
const FLAG_NAMES = Object.keys(HISTORY_FLAGS) as HistoryFlag[];

/**
 * One Observation per history flag given.
 * @example historyObservations({ overuseManaged: true }).map((o) => o.valueBoolean) // [true]
 */
export function historyObservations(history: PatientHistory | undefined): FhirResource[] {
  if (history === undefined) return [];
  return FLAG_NAMES.flatMap((name) => {
    const value = history[name];
    if (value === undefined) return [];
    const { code, display } = HISTORY_FLAGS[name];
    return [{
      resourceType: "Observation",
      id: `history-${code}`,
      status: "final",
      code: { coding: [localCoding(LOCAL_SYSTEM.history, code, display)] },
      subject: PATIENT_REFERENCE,
      valueBoolean: value,
    }];
  });
}

/** The flag an Observation code names, or undefined. */
export function historyFlagOf(code: string | undefined): HistoryFlag | undefined {
  return FLAG_NAMES.find((name) => HISTORY_FLAGS[name].code === code);
}

export function historyFlagValue(at: At): boolean {
  return booleanAt(at, "valueBoolean");
}
