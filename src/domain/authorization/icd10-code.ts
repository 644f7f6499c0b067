/**
 * The ICD-10-CM code a packet proposes for chronic migraine without aura (clinical-facts.md §9.4:
 * G43.709 not intractable, without status migrainosus; G43.719 intractable, without status
 * migrainosus). ADR 0026 records the choice; the clinician confirms the code on the packet.
 *
 * - Only when chronic migraine is met (pathway-rules §3); otherwise no G43.7 code is proposed.
 * - Intractable: ICD-10-CM reads "intractable" as pharmacoresistant, treatment resistant,
 *   refractory or poorly controlled. The record's evidence of that is failed preventive treatment:
 *   failures (§5's counting: ineffective after `minPreventiveTrialDays`, not tolerated,
 *   contraindicated) in at least 2 distinct classes, the US payers' step-therapy count
 *   (clinical-facts.md §7.1; the us-payer policy of §5). The code is US (ICD-10-CM), so the US
 *   count is used whatever the policy.
 * - Status migrainosus (an attack over 72 hours) cannot be read from a diary of days with their
 *   longest headache (at most 24 hours a day): "without status migrainosus".
 * - Aura: the diary records aura per day; chronic migraine with aura has its own codes since
 *   FY2025 (G43.E09 / G43.E19), so the packet says when aura was recorded.
 */
import type { ChronicMigraineStatus } from "../diagnosis/chronic-migraine.ts";
import type { JudgedTrial } from "../eligibility/preventives-failed.ts";
import { distinctKey } from "../eligibility/preventives-failed.ts";

/** Failed distinct preventive classes that make chronic migraine intractable for the code. */
export const INTRACTABLE_MIN_FAILED_CLASSES = 2;

export type ChronicMigraineIcd10 = "G43.709" | "G43.719";

export interface Icd10Proposal {
  /** Null when chronic migraine is not met. */
  readonly code: ChronicMigraineIcd10 | null;
  /** The code's meaning, e.g. "chronic migraine without aura, intractable, without status migrainosus". */
  readonly meaning: string;
  /** Why this code: the facts it was chosen on. */
  readonly because: string;
  /** Days with aura in W1-W3: when above 0, the with-aura codes may apply instead. */
  readonly auraDays: number;
}

export interface Icd10Input {
  readonly chronicMigraine: ChronicMigraineStatus;
  /** The preventive trials as judged by `judgeTrials` (empty when none or not given). */
  readonly trials: readonly JudgedTrial[];
  readonly auraDays: number;
}

/**
 * The proposed code for chronic migraine without aura.
 * @example chronicMigraineIcd10({ chronicMigraine: "met", trials: [], auraDays: 0 }).code // "G43.709"
 * @example chronicMigraineIcd10({ chronicMigraine: "met", trials: twoFailedClasses, auraDays: 0 }).code // "G43.719"
 * @example chronicMigraineIcd10({ chronicMigraine: "not-met", trials: [], auraDays: 0 }).code // null
 */
export function chronicMigraineIcd10(input: Icd10Input): Icd10Proposal {
  const { auraDays } = input;
  if (input.chronicMigraine !== "met") {
    const why = input.chronicMigraine === "not-met" ? "chronic migraine is not met in the diary" : "the diary is too short to establish chronic migraine";
    return { code: null, meaning: "no chronic-migraine code", because: why, auraDays };
  }
  const classes = [...new Set(input.trials.filter((t) => t.failed).map((t) => distinctKey(t, "class")))].sort();
  const intractable = classes.length >= INTRACTABLE_MIN_FAILED_CLASSES;
  const failed = classes.length === 0 ? "no preventive class has failed" : `preventives failed in ${classes.length} class${classes.length === 1 ? "" : "es"} (${classes.join(", ")})`;
  return {
    code: intractable ? "G43.719" : "G43.709",
    meaning: `chronic migraine without aura, ${intractable ? "intractable" : "not intractable"}, without status migrainosus`,
    because: `${failed}; intractable from ${INTRACTABLE_MIN_FAILED_CLASSES} failed classes (treatment resistant)`,
    auraDays,
  };
}
