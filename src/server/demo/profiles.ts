/**
 * The kinds of demo patient and the diary habits each kind draws. The mixture is fixed by slot
 * (so every clinic of a few dozen holds every kind); the figures within a kind come from the seed.
 * Rates are headache days per 28 days, the pathway's window (pathway-rules §1).
 */
import type { AcuteMedicationClass } from "#domain/shared/record.ts";
import type { Random } from "./prng.ts";

export const DEMO_ARCHETYPES = [
  "chronic",
  "chronic-overuse",
  "chronic-improving",
  "chronic-gaps",
  "episodic",
  "episodic-gaps",
  "late-starter",
] as const;
export type DemoArchetype = (typeof DEMO_ARCHETYPES)[number];

/** A stretch of days, counted back from today, with no diary records. */
export interface DiaryGap {
  readonly fromDaysAgo: number;
  readonly toDaysAgo: number;
}

/** Treatment that lowers the rate: from `startDaysAgo` it falls over `rampDays` to `treatedPer28`. */
export interface Improvement {
  readonly startDaysAgo: number;
  readonly rampDays: number;
  readonly treatedPer28: number;
}

/** An acute medication class besides triptans and simple analgesics, and its share of headache days. */
export interface ExtraMedication {
  readonly class: Extract<AcuteMedicationClass, "combination-analgesic" | "gepant" | "opioid" | "ditan">;
  readonly share: number;
}

/** How one demo patient's headaches and diary-keeping behave. */
export interface DiaryProfile {
  readonly archetype: DemoArchetype;
  readonly adolescent: boolean;
  readonly headacheDaysPer28: number;
  readonly improvement?: Improvement | undefined;
  /** Share of headache days that are migraine attacks rather than milder featureless headache. */
  readonly migraineShare: number;
  /** Share of migraine attacks with aura. */
  readonly auraShare: number;
  /** Share of migraine attacks treated with a triptan. */
  readonly triptanShare: number;
  /** Share of headache days treated with a simple analgesic. */
  readonly simpleAnalgesicShare: number;
  readonly extraMedication?: ExtraMedication | undefined;
  /** Chance that a day between the first and last diary day is recorded. */
  readonly recordedShare: number;
  readonly firstDaysAgo: number;
  readonly lastDaysAgo: number;
  readonly gaps: readonly DiaryGap[];
}

/** The archetype of each slot; slot `i` of a clinic takes entry `i % 12`. */
const SLOT_ARCHETYPES: readonly DemoArchetype[] = [
  "chronic", "episodic", "chronic-overuse", "chronic-improving", "episodic", "chronic-gaps",
  "chronic-overuse", "episodic-gaps", "chronic-improving", "chronic", "late-starter", "episodic",
];

/**
 * The archetype of the patient in a slot.
 * @example archetypeOfSlot(2) // "chronic-overuse"
 */
export function archetypeOfSlot(slot: number): DemoArchetype {
  return SLOT_ARCHETYPES[slot % SLOT_ARCHETYPES.length] as DemoArchetype;
}

/**
 * Whether the patient in a slot is an adolescent (16-17): "a couple" per clinic, slots 9 and 21.
 * @example isAdolescentSlot(9) // true
 */
export function isAdolescentSlot(slot: number): boolean {
  return slot === 9 || slot === 21;
}

const FULL_YEAR_DAYS_AGO = 364;

/**
 * Draws the diary habits of a patient of the given slot.
 * @example drawProfile(createRandom(1), 0).archetype // "chronic"
 */
export function drawProfile(random: Random, slot: number): DiaryProfile {
  const archetype = archetypeOfSlot(slot);
  const chronic = archetype.startsWith("chronic") || archetype === "late-starter";
  const base = {
    archetype,
    adolescent: isAdolescentSlot(slot),
    headacheDaysPer28: chronic ? random.between(15, 25) : random.between(6, 12),
    migraineShare: chronic ? random.between(0.6, 0.9) : random.between(0.7, 0.95),
    auraShare: random.chance(0.25) ? random.between(0.2, 0.5) : 0,
    triptanShare: random.between(0.3, 0.6),
    simpleAnalgesicShare: random.between(0.15, 0.45),
    extraMedication: random.chance(0.2) ? drawExtraMedication(random) : undefined,
    recordedShare: random.between(0.9, 1),
    firstDaysAgo: FULL_YEAR_DAYS_AGO,
    lastDaysAgo: 0,
    gaps: [] as DiaryGap[],
  };
  switch (archetype) {
    case "chronic-overuse":
      return random.chance(0.5)
        ? { ...base, triptanShare: random.between(0.8, 0.95) }
        : { ...base, simpleAnalgesicShare: random.between(0.85, 0.98) };
    case "chronic-improving":
      return {
        ...base,
        improvement: {
          startDaysAgo: random.int(90, 150),
          rampDays: random.int(28, 56),
          treatedPer28: base.headacheDaysPer28 * random.between(0.3, 0.6),
        },
      };
    case "chronic-gaps":
      return { ...base, recordedShare: random.between(0.72, 0.88), gaps: drawGaps(random, random.int(1, 3)) };
    case "episodic-gaps":
      return { ...base, recordedShare: random.between(0.65, 0.85), lastDaysAgo: random.int(3, 14), gaps: drawGaps(random, 1) };
    case "late-starter":
      return { ...base, firstDaysAgo: random.int(20, 80) };
    case "chronic":
    case "episodic":
      return base;
  }
}

function drawExtraMedication(random: Random): ExtraMedication {
  const kind = random.pick(["combination-analgesic", "combination-analgesic", "gepant", "opioid", "ditan"] as const);
  return { class: kind, share: random.between(0.1, 0.35) };
}

/** Gaps of 5-25 days somewhere in the year, sometimes reaching into the last weeks. */
function drawGaps(random: Random, count: number): DiaryGap[] {
  return Array.from({ length: count }, () => {
    const length = random.int(5, 25);
    const toDaysAgo = random.int(0, FULL_YEAR_DAYS_AGO - length);
    return { fromDaysAgo: toDaysAgo + length - 1, toDaysAgo };
  });
}
