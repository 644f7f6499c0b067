/**
 * PREEMPT injection sites as codes: a muscle and a side (pathway-rules §6), pre-coordinated into one
 * code of the local preempt-site system (`trapezius-left`), as SNOMED CT pre-coordinates "structure
 * of left facial muscle". No SNOMED CT code for these muscles is confirmed in clinical-facts.md, so
 * none is sent (docs/fhir.md, "Codes").
 */
import { MUSCLES, SIDES, type Injection, type Muscle, type Side } from "#domain/shared/record.ts";
import { LOCAL_SYSTEM } from "./codes.ts";
import { codeOf, type At } from "./read.ts";
import type { CodeableConcept } from "./types.ts";

const MUSCLE_NAMES: Readonly<Record<Muscle, string>> = {
  corrugator: "Corrugator",
  procerus: "Procerus",
  frontalis: "Frontalis",
  temporalis: "Temporalis",
  occipitalis: "Occipitalis",
  "cervical-paraspinal": "Cervical paraspinal",
  trapezius: "Trapezius",
};

/** Every site code: each muscle on each side. */
export const SITE_CODES = MUSCLES.flatMap((muscle) => SIDES.map((side) => `${muscle}-${side}`));

/**
 * The site of one injection.
 * @example siteConcept({ muscle: "trapezius", side: "left", units: 5 })
 * // { coding: [{ system: ".../preempt-site", code: "trapezius-left", display: "Trapezius, left" }], text: "Trapezius, left" }
 */
export function siteConcept(injection: Pick<Injection, "muscle" | "side">): CodeableConcept {
  const display = `${MUSCLE_NAMES[injection.muscle]}, ${injection.side}`;
  return { coding: [{ system: LOCAL_SYSTEM.preemptSite, code: `${injection.muscle}-${injection.side}`, display }], text: display };
}

/** The muscle and side of a site CodeableConcept. */
export function siteOf(concept: At): { muscle: Muscle; side: Side } {
  const code = codeOf(concept, LOCAL_SYSTEM.preemptSite, SITE_CODES);
  const side = SIDES.find((s) => code.endsWith(`-${s}`)) as Side;
  return { muscle: code.slice(0, code.length - side.length - 1) as Muscle, side };
}
