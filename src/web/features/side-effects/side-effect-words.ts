/**
 * Side effects in the clinic's words (pathway-rules §10): each symptom code with the clinical term
 * beside the plain one, the levels, standings and actions, and the sites of the session a report
 * follows at the muscles it points to, grouped by muscle ("Frontalis: 4 sites, 20 U").
 */
import type { SideEffectAction, SideEffectStatus } from "#contracts/records/kind-contents.ts";
import { MUSCLE_NAMES } from "#domain/injections/preempt-protocol.ts";
import type { Muscle, Side, SymptomCode } from "#domain/shared/record.ts";
import type { TriageLevel } from "#domain/triage/triage-levels.ts";

export const SYMPTOM_WORDS: { readonly [S in SymptomCode]: string } = {
  "difficulty-swallowing": "Trouble swallowing (dysphagia)",
  "difficulty-breathing": "Trouble breathing",
  "difficulty-speaking": "Trouble speaking (dysarthria)",
  "voice-change": "Voice change or hoarseness (dysphonia)",
  "generalized-weakness": "Spreading or general weakness",
  "double-vision": "Double vision (diplopia)",
  "loss-of-bladder-control": "Loss of bladder control",
  "allergic-reaction": "Allergic reaction",
  "eyelid-droop": "Drooping eyelid (ptosis)",
  "brow-droop": "Drooping brow",
  "facial-weakness": "Facial weakness",
  "neck-weakness": "Neck weakness",
  "headache-worse-over-3-days": "Headache worse for over 3 days",
  "injection-site-infection": "Injection-site infection",
  "high-blood-pressure": "High blood pressure",
  "injection-site-pain": "Injection-site pain",
  bruising: "Bruising",
  "neck-pain": "Neck pain",
  "neck-stiffness": "Neck stiffness",
  "headache-flare": "Headache flare",
  "muscle-weakness-local": "Weakness near an injection site",
};

export const LEVEL_WORDS: { readonly [L in TriageLevel]: string } = { red: "Red", amber: "Amber", green: "Green" };

/** What each level asks of the clinic, in a few words. */
export const LEVEL_MEANING: { readonly [L in TriageLevel]: string } = {
  red: "urgent: possible spread of toxin effect or allergy; next session on hold",
  amber: "call the patient within one working day",
  green: "self-care; recorded for the next visit",
};

export const STATUS_WORDS: { readonly [S in SideEffectStatus]: string } = { new: "New", acknowledged: "Acknowledged", "in-hand": "In hand", resolved: "Resolved" };

export const ACTION_WORDS: { readonly [A in SideEffectAction]: string } = {
  acknowledged: "Acknowledged",
  called: "Called the patient",
  advised: "Advised",
  referred: "Referred",
  resolved: "Resolved",
  "hold-cleared": "Hold cleared",
};

/**
 * The symptoms of a report in words, in the order reported.
 * @example symptomsInWords(["eyelid-droop", "neck-pain"]) // "Drooping eyelid (ptosis), neck pain"
 */
export function symptomsInWords(symptoms: readonly SymptomCode[]): string {
  return symptoms.map((symptom, index) => (index === 0 ? SYMPTOM_WORDS[symptom] : SYMPTOM_WORDS[symptom].charAt(0).toLowerCase() + SYMPTOM_WORDS[symptom].slice(1))).join(", ");
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const units = (value: number) => `${Number.isInteger(value) ? value : value.toFixed(1)} U`;

/**
 * The session's sites at the muscles concerned, one line a muscle: its sites and units, by side.
 * @example sitesInWords(["frontalis"], [{ muscle: "frontalis", side: "left", units: 5 }, { muscle: "frontalis", side: "right", units: 5 }]) // ["Frontalis: 2 sites, 10 U (left 5 U, right 5 U)"]
 * @example sitesInWords(["trapezius"], []) // ["Trapezius: not injected"]
 */
export function sitesInWords(muscles: readonly Muscle[], sites: readonly { muscle: Muscle; side: Side; units: number }[]): string[] {
  return muscles.map((muscle) => {
    const here = sites.filter((site) => site.muscle === muscle);
    const name = capitalised(MUSCLE_NAMES[muscle]);
    if (here.length === 0) return `${name}: not injected`;
    const total = here.reduce((sum, site) => sum + site.units, 0);
    const sides = (["left", "right", "midline"] as const)
      .map((side) => [side, here.filter((site) => site.side === side).reduce((sum, site) => sum + site.units, 0)] as const)
      .filter(([, sum]) => sum > 0)
      .map(([side, sum]) => `${side} ${units(sum)}`);
    return `${name}: ${here.length} ${here.length === 1 ? "site" : "sites"}, ${units(total)} (${sides.join(", ")})`;
  });
}

/**
 * How a report came in.
 * @example sourceInWords("staff-phone") // "by phone, recorded by staff"
 */
export function sourceInWords(source: "patient" | "staff-phone" | null): string {
  if (source === "patient") return "from the patient's app";
  if (source === "staff-phone") return "by phone, recorded by staff";
  return "recorded before side-effect follow-up began";
}
