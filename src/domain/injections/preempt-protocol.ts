/**
 * The PREEMPT injection paradigm as data (pathway-rules §6; clinical-facts.md §3.1, from
 * Blumenfeld 2010 and the label text): fixed sites per muscle and side, and how many
 * follow-the-pain sites a muscle may take (temporalis, occipitalis and trapezius only; none in
 * the neck's paraspinal group). Every site is 5 U in 0.1 mL: 155 U in 31 fixed sites, at most
 * 195 U in 39 sites with follow-the-pain.
 */
import { MUSCLES, SIDES, type Injection, type Muscle, type Side } from "../shared/record.ts";

/** Units per PREEMPT site (5 U in 0.1 mL). */
export const UNITS_PER_SITE = 5;

/** One muscle's row of the PREEMPT table. */
export interface MuscleProtocol {
  /** Fixed sites per side; procerus is the only midline site. */
  readonly fixedSites: Readonly<Record<Side, number>>;
  /** Follow-the-pain sites allowed on the muscle, both sides together. */
  readonly followThePainMax: number;
}

/** The PREEMPT table of pathway-rules §6. */
export const PREEMPT_PROTOCOL: Readonly<Record<Muscle, MuscleProtocol>> = Object.freeze({
  corrugator: { fixedSites: { left: 1, right: 1, midline: 0 }, followThePainMax: 0 },
  procerus: { fixedSites: { left: 0, right: 0, midline: 1 }, followThePainMax: 0 },
  frontalis: { fixedSites: { left: 2, right: 2, midline: 0 }, followThePainMax: 0 },
  temporalis: { fixedSites: { left: 4, right: 4, midline: 0 }, followThePainMax: 2 },
  occipitalis: { fixedSites: { left: 3, right: 3, midline: 0 }, followThePainMax: 2 },
  "cervical-paraspinal": { fixedSites: { left: 2, right: 2, midline: 0 }, followThePainMax: 0 },
  trapezius: { fixedSites: { left: 3, right: 3, midline: 0 }, followThePainMax: 4 },
});

/** How a muscle is named in messages for people. */
export const MUSCLE_NAMES: Readonly<Record<Muscle, string>> = Object.freeze({
  corrugator: "corrugator",
  procerus: "procerus",
  frontalis: "frontalis",
  temporalis: "temporalis",
  occipitalis: "occipitalis",
  "cervical-paraspinal": "cervical paraspinal",
  trapezius: "trapezius",
});

/**
 * The number of fixed sites in the PREEMPT table (31).
 * @example preemptFixedSiteCount() // 31
 */
export function preemptFixedSiteCount(): number {
  return MUSCLES.reduce((sum, muscle) => {
    const { left, right, midline } = PREEMPT_PROTOCOL[muscle].fixedSites;
    return sum + left + right + midline;
  }, 0);
}

/**
 * The number of follow-the-pain sites PREEMPT allows in all (8).
 * @example preemptFollowThePainSiteCount() // 8
 */
export function preemptFollowThePainSiteCount(): number {
  return MUSCLES.reduce((sum, muscle) => sum + PREEMPT_PROTOCOL[muscle].followThePainMax, 0);
}

/**
 * The 31 fixed sites of PREEMPT at 5 U each (155 U), muscle by muscle, left before right: the
 * starting point of a session form.
 * @example preemptFixedInjections().length // 31
 */
export function preemptFixedInjections(): Injection[] {
  return MUSCLES.flatMap((muscle) =>
    SIDES.flatMap((side) =>
      Array.from({ length: PREEMPT_PROTOCOL[muscle].fixedSites[side] }, (): Injection => ({ muscle, side, units: UNITS_PER_SITE, followThePain: false })),
    ),
  );
}
