/**
 * One demo diary day's answers. A headache day is either a migraine attack (longer, moderate or
 * severe, with migraine features) or a milder headache with few features, so the counts of
 * pathway-rules §2 come out the way a real clinic's do: most chronic days last 4 hours or more,
 * and features follow severity.
 */
import type { AcuteMedicationClass, AcuteMedicationTaken, DiaryAnswers, HeadacheFeature, Severity } from "#domain/shared/record.ts";
import type { Random } from "./prng.ts";
import type { DiaryProfile } from "./profiles.ts";

/** Real generic drug names per class, so medication entries read like a clinic's. */
const DRUG_NAMES: Readonly<Record<AcuteMedicationClass, readonly string[]>> = {
  triptan: ["sumatriptan", "rizatriptan", "zolmitriptan", "naratriptan", "eletriptan"],
  ergot: ["ergotamine"],
  "simple-analgesic": ["ibuprofen", "paracetamol", "naproxen", "aspirin"],
  opioid: ["tramadol", "codeine"],
  "combination-analgesic": ["paracetamol/codeine", "aspirin/paracetamol/caffeine", "butalbital/paracetamol/caffeine"],
  gepant: ["rimegepant", "ubrogepant"],
  ditan: ["lasmiditan"],
  other: ["metoclopramide"],
};

/**
 * Answers for a day without headache.
 * @example headacheFreeDay() // { headache: false }
 */
export function headacheFreeDay(): DiaryAnswers {
  return { headache: false };
}

/**
 * Draws the answers of a headache day for a patient's profile.
 * @example drawHeadacheDay(createRandom(1), profile).headache // true
 */
export function drawHeadacheDay(random: Random, profile: DiaryProfile): DiaryAnswers {
  const migraine = random.chance(profile.migraineShare);
  const severity = migraine ? drawMigraineSeverity(random) : (random.chance(0.65) ? 1 : 2);
  const hours = migraine ? drawMigraineHours(random, profile.adolescent) : roundHours(0.5 + 7.5 * random.next() ** 1.5);
  const features = migraine ? drawMigraineFeatures(random, severity, profile.auraShare) : drawMildFeatures(random);
  const medications = drawMedications(random, profile, migraine, severity);
  return {
    headache: true,
    hours,
    severity,
    ...(features.length > 0 ? { features: Object.fromEntries(features.map((name) => [name, true])) } : {}),
    ...(medications.length > 0 ? { medications } : {}),
  };
}

function drawMigraineSeverity(random: Random): Severity {
  const draw = random.next();
  return draw < 0.1 ? 1 : draw < 0.6 ? 2 : 3;
}

/** Adults: mostly 4-24 h (PREEMPT baseline: ~71% of days over 4 h); adolescents' attacks are shorter. */
function drawMigraineHours(random: Random, adolescent: boolean): number {
  const short = random.chance(adolescent ? 0.55 : 0.12);
  return short ? roundHours(random.between(1, 4)) : roundHours(4 + 20 * random.next() ** 2.5);
}

/** Half-hour steps within 0.5-24. */
function roundHours(hours: number): number {
  return Math.min(24, Math.max(0.5, Math.round(hours * 2) / 2));
}

/** Features grow more likely with severity (nausea, vomiting, pain worse on activity). */
function drawMigraineFeatures(random: Random, severity: Severity, auraShare: number): HeadacheFeature[] {
  const features: HeadacheFeature[] = [];
  const add = (name: HeadacheFeature, p: number) => {
    if (random.chance(p)) features.push(name);
  };
  add("unilateral", 0.6);
  add("pulsating", 0.45 + 0.1 * severity);
  add("aggravatedByActivity", 0.2 + 0.2 * severity);
  add("nausea", 0.2 + 0.2 * severity);
  if (features.includes("nausea")) add("vomiting", 0.1 * severity);
  add("photophobia", 0.55 + 0.1 * severity);
  add("phonophobia", 0.45 + 0.1 * severity);
  add("aura", auraShare);
  return features;
}

/** A milder, tension-type-like headache: bilateral, pressing, no nausea, at most one of light or sound sensitivity. */
function drawMildFeatures(random: Random): HeadacheFeature[] {
  const features: HeadacheFeature[] = [];
  if (random.chance(0.15)) features.push("unilateral");
  if (random.chance(0.1)) features.push("aggravatedByActivity");
  if (random.chance(0.2)) features.push(random.chance(0.5) ? "photophobia" : "phonophobia");
  return features;
}

function drawMedications(random: Random, profile: DiaryProfile, migraine: boolean, severity: Severity): AcuteMedicationTaken[] {
  const taken: AcuteMedicationTaken[] = [];
  if (migraine && random.chance(profile.triptanShare)) taken.push(drawMedication(random, "triptan", 0.75 - 0.1 * severity));
  if (random.chance(profile.simpleAnalgesicShare)) taken.push(drawMedication(random, "simple-analgesic", 0.5));
  const extra = profile.extraMedication;
  if (extra && random.chance(extra.share)) taken.push(drawMedication(random, extra.class, 0.5));
  return taken;
}

/** About one answer in ten leaves relief out (unknown), as patients do. */
function drawMedication(random: Random, medicationClass: AcuteMedicationClass, reliefChance: number): AcuteMedicationTaken {
  const name = random.pick(DRUG_NAMES[medicationClass]);
  if (random.chance(0.1)) return { name, class: medicationClass };
  return { name, class: medicationClass, relief: random.chance(reliefChance) };
}
