/**
 * The acute medication classes as counted per day and per window (pathway-rules §2), as data:
 * each class with the name of its day flag and of its window count.
 */
import type { AcuteMedicationClass } from "../shared/record.ts";

/** The per-class flag names of a classified day. */
export type MedicationFlag =
  | "triptan"
  | "ergot"
  | "simpleAnalgesic"
  | "opioid"
  | "combinationAnalgesic"
  | "gepant"
  | "ditan"
  | "otherAcute";

/** The per-class count names of a window (assess-contract.md, `windows`). */
export type MedicationCountName =
  | "triptanDays"
  | "ergotDays"
  | "simpleAnalgesicDays"
  | "opioidDays"
  | "combinationAnalgesicDays"
  | "gepantDays"
  | "ditanDays"
  | "otherAcuteDays";

interface MedicationClassEntry {
  readonly medicationClass: AcuteMedicationClass;
  readonly flag: MedicationFlag;
  readonly count: MedicationCountName;
}

/** Every acute medication class with its day flag and window count, in the contract's order. */
export const MEDICATION_CLASS_TABLE: readonly MedicationClassEntry[] = Object.freeze([
  { medicationClass: "triptan", flag: "triptan", count: "triptanDays" },
  { medicationClass: "ergot", flag: "ergot", count: "ergotDays" },
  { medicationClass: "simple-analgesic", flag: "simpleAnalgesic", count: "simpleAnalgesicDays" },
  { medicationClass: "opioid", flag: "opioid", count: "opioidDays" },
  { medicationClass: "combination-analgesic", flag: "combinationAnalgesic", count: "combinationAnalgesicDays" },
  { medicationClass: "gepant", flag: "gepant", count: "gepantDays" },
  { medicationClass: "ditan", flag: "ditan", count: "ditanDays" },
  { medicationClass: "other", flag: "otherAcute", count: "otherAcuteDays" },
]);
