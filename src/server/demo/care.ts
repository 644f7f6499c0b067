/**
 * The treatment side of a demo patient: what the clinic has done for them, drawn from the seed so
 * that a demo clinic of a few dozen shows every pathway state (docs/clinical/pathway.md) and one
 * of thousands is a realistic mixture. Sessions are every 77-100 days (pathway-rules §7 allows
 * 77-91; some come late), visits are booked in the injectors' hours, some patients are overdue.
 * Days are counted back from (or on from) the demo's today; the seeding turns them into dates.
 */
import type { TreatmentDecisionKind } from "#domain/pathway/pathway-status.ts";
import type { Injection, PolicyId, SymptomCode } from "#domain/shared/record.ts";
import type { DemoArchetype } from "./profiles.ts";
import type { Random } from "./prng.ts";

/** What the clinic is to have done for a patient, named by the state it leads to. */
export const CARE_PLANS = [
  "screening",
  "baseline-diary",
  "eligible",
  "awaiting-authorization",
  "scheduled",
  "in-treatment-booked",
  "in-treatment-due-soon",
  "in-treatment-overdue",
  "evaluation-due",
  "continuing",
  "stopped",
  "switched",
  "paused",
] as const;
export type CarePlan = (typeof CARE_PLANS)[number];

export interface DemoSession {
  readonly daysAgo: number;
  /** Follow-the-pain sites given besides the 31 fixed ones. */
  readonly followThePain: readonly Injection[];
  /** A written reason for a follow-the-pain limit passed, when it is. */
  readonly reason: string | null;
  /** Corrected after signing (a second revision with a reason). */
  readonly amended: boolean;
  readonly injector: number;
}

export interface DemoCare {
  readonly plan: CarePlan;
  /** The clinical history eligibility needs is recorded (contraindications answered, preventives tried). */
  readonly historyRecorded: boolean;
  readonly sessions: readonly DemoSession[];
  /** A visit booked `daysFromToday` ahead with an injector (0 or 1), at a slot index of that day. */
  readonly visit: { readonly daysFromToday: number; readonly injector: number } | null;
  readonly authorization: { readonly status: "requested" | "approved" | "denied"; readonly daysAgo: number } | null;
  /**
   * The clinician's decision at the response review, made on the review of its day under the
   * clinic's policy, or under `policy` when the clinician reviewed under another (the EHF pause).
   */
  readonly decision: {
    readonly decision: TreatmentDecisionKind;
    readonly daysAgo: number;
    readonly reassessInDays: number | null;
    readonly policy: PolicyId | null;
    readonly switchTo: string | null;
  } | null;
  readonly sideEffects: readonly { readonly daysAgo: number; readonly symptoms: readonly SymptomCode[] }[];
}

/** The plans each kind of diary takes in turn (so every state is shown by the first few dozen). */
const PLANS_BY_ARCHETYPE: { readonly [A in DemoArchetype]: readonly CarePlan[] } = {
  chronic: ["stopped", "in-treatment-overdue", "eligible", "evaluation-due", "switched"],
  "chronic-overuse": ["eligible", "scheduled", "awaiting-authorization", "in-treatment-booked"],
  "chronic-improving": ["continuing", "paused", "evaluation-due", "in-treatment-booked"],
  "chronic-gaps": ["in-treatment-due-soon", "awaiting-authorization", "in-treatment-overdue"],
  episodic: ["screening"],
  "episodic-gaps": ["screening"],
  "late-starter": ["baseline-diary"],
};

/**
 * The care plan of the `n`-th patient of an archetype (counting from 0 in slot order).
 * @example carePlanOf("chronic-improving", 0) // "continuing"
 */
export function carePlanOf(archetype: DemoArchetype, n: number): CarePlan {
  const plans = PLANS_BY_ARCHETYPE[archetype];
  return plans[n % plans.length] as CarePlan;
}

const FTP_CHOICES: readonly (readonly Injection[])[] = [
  [],
  [],
  [
    { muscle: "temporalis", side: "left", units: 5, followThePain: true },
    { muscle: "temporalis", side: "right", units: 5, followThePain: true },
  ],
  [
    { muscle: "occipitalis", side: "left", units: 5, followThePain: true },
    { muscle: "trapezius", side: "left", units: 5, followThePain: true },
    { muscle: "trapezius", side: "right", units: 5, followThePain: true },
  ],
];

/** Sessions from `firstDaysAgo` every 77-100 days while still in the past, at most `max`. */
function sessionsFrom(random: Random, firstDaysAgo: number, max: number): DemoSession[] {
  const sessions: DemoSession[] = [];
  for (let daysAgo = firstDaysAgo; daysAgo >= 0 && sessions.length < max; daysAgo -= random.int(77, 100)) {
    sessions.push({ daysAgo, followThePain: random.pick(FTP_CHOICES), reason: null, amended: false, injector: random.int(0, 1) });
  }
  return sessions;
}

/**
 * Draws what the clinic has done for a patient on a plan.
 * @example drawCare(createRandom(1), "in-treatment-overdue").visit // null
 */
export function drawCare(random: Random, plan: CarePlan): DemoCare {
  const drawn = drawPlanCare(random, plan);
  // Treated patients were authorized before their first session, as a US payer asks (clinical-facts §6).
  const first = drawn.sessions[0];
  return first === undefined || drawn.authorization !== null ? drawn : { ...drawn, authorization: { status: "approved", daysAgo: first.daysAgo + 14 } };
}

function drawPlanCare(random: Random, plan: CarePlan): DemoCare {
  const none = { historyRecorded: plan !== "screening" && plan !== "baseline-diary", sessions: [], visit: null, authorization: null, decision: null, sideEffects: [] };
  const last = (sessions: readonly DemoSession[]) => (sessions[sessions.length - 1] as DemoSession).daysAgo;
  switch (plan) {
    case "screening":
    case "baseline-diary":
      return { plan, ...none };
    case "eligible":
      // Some eligible patients were refused by the payer: the worklist says to appeal.
      return { plan, ...none, authorization: random.int(0, 2) === 0 ? { status: "denied", daysAgo: random.int(5, 30) } : null };
    case "awaiting-authorization":
      return { plan, ...none, authorization: { status: "requested", daysAgo: random.int(3, 20) } };
    case "scheduled":
      return { plan, ...none, authorization: { status: "approved", daysAgo: random.int(5, 15) }, visit: { daysFromToday: random.int(0, 20), injector: random.int(0, 1) } };
    case "in-treatment-booked": {
      const sessions = sessionsFrom(random, random.int(55, 75), 1);
      return { plan, ...none, sessions, visit: { daysFromToday: Math.max(1, 84 - last(sessions) + random.int(-3, 3)), injector: random.int(0, 1) }, sideEffects: [{ daysAgo: last(sessions) - 3, symptoms: ["neck-pain", "injection-site-pain"] }] };
    }
    case "in-treatment-due-soon":
      return { plan, ...none, sessions: sessionsFrom(random, random.int(74, 82), 1) };
    case "in-treatment-overdue":
      return { plan, ...none, sessions: sessionsFrom(random, random.int(96, 130), 1) };
    case "evaluation-due":
      return { plan, ...none, sessions: [...sessionsFrom(random, random.int(172, 190), 2)] };
    case "continuing": {
      const sessions = sessionsFrom(random, random.int(250, 270), 3);
      const withWarning = sessions.map((session, index) =>
        index === 1
          ? {
              ...session,
              amended: true,
              followThePain: [
                { muscle: "temporalis" as const, side: "left" as const, units: 5, followThePain: true },
                { muscle: "temporalis" as const, side: "left" as const, units: 5, followThePain: true },
                { muscle: "temporalis" as const, side: "right" as const, units: 5, followThePain: true },
              ],
              reason: "Pain maximal over both temples; three follow-the-pain sites agreed",
            }
          : session,
      );
      return {
        plan,
        ...none,
        sessions: withWarning,
        // Decided at the two-cycle review, the day after the third session (the point is the day before it).
        decision: { decision: "continue", daysAgo: Math.max(0, last(sessions) - 1), reassessInDays: null, policy: null, switchTo: null },
        visit: { daysFromToday: Math.max(1, 84 - last(sessions)), injector: random.int(0, 1) },
        sideEffects: [{ daysAgo: Math.max(0, last(sessions) - 5), symptoms: ["eyelid-droop"] }],
      };
    }
    case "stopped":
    case "switched": {
      // Two sessions, then the review at the two-cycle point (167 days after the first) or a few days after it.
      const sessions = sessionsFrom(random, random.int(200, 215), 2);
      const decidedDaysAgo = Math.max(0, (sessions[0] as DemoSession).daysAgo - 167 - random.int(0, 5));
      const decision = plan === "stopped" ? { decision: "stop" as const, switchTo: null } : { decision: "switch" as const, switchTo: random.pick(["Erenumab (CGRP antibody)", "Fremanezumab (CGRP antibody)", "Atogepant"]) };
      return { plan, ...none, sessions, decision: { ...decision, daysAgo: decidedDaysAgo, reassessInDays: null, policy: null } };
    }
    case "paused": {
      // Reviewed under EHF 2018, which pauses a patient back to episodic migraine (pathway-rules §8).
      const sessions = sessionsFrom(random, random.int(280, 300), 3);
      return { plan, ...none, sessions, decision: { decision: "pause", daysAgo: Math.max(0, last(sessions) - 84), reassessInDays: 120, policy: "ehf-2018", switchTo: null } };
    }
  }
}
