/**
 * An injection session as the clinic records it (clinical-facts.md §9.3): the sites, the vials
 * with their lots, reconstitution, the pre-procedure checklist and the written reasons for
 * warnings; and whether it may be signed. Signing needs no error and a reason for every kind of
 * warning (pathway-rules §6: "an error blocks signing the record; a warning needs a documented
 * reason"). The same check runs in the injector's browser as they work and on the server when
 * they sign, so the two cannot disagree.
 */
import { instantMs } from "../shared/instant.ts";
import type { PlainDate } from "../shared/plain-date.ts";
import type { Injection, OtherToxinDose, TreatmentSession } from "../shared/record.ts";
import type { OperationalSettings } from "../shared/operations.ts";
import { isUsableOn } from "../stock/lots.ts";
import { billingLines, type BillingLine } from "./billing.ts";
import { CHECKLIST_ITEMS, checklistFindings, type ChecklistAnswers, type ChecklistItemId } from "./checklist.ts";
import { INJECTION_PROBLEM_CODES } from "./injection-problem.ts";
import { validateSession, type InjectionCheck, type SessionSettings } from "./validate-session.ts";
import { STANDARD_UNITS_PER_ML, vialUsage, type VialSize, type VialUsage } from "./vials.ts";

/** One line of vials opened from one lot. */
export interface SessionVials {
  readonly lotId: string;
  readonly lotNumber: string;
  readonly vialUnits: VialSize;
  /** The lot's last day of use. */
  readonly expiry: PlainDate;
  /** Vials opened from this lot. */
  readonly vials: number;
  /** Saline added to each vial, mL. */
  readonly diluentMl: number;
}

/** The session record a signature covers. */
export interface SessionRecord {
  readonly date: PlainDate;
  readonly injections: readonly Injection[];
  /** The written reason to give a session before the minimum interval (pathway-rules §6). */
  readonly overrideReason: string | null;
  readonly vials: readonly SessionVials[];
  /** When the toxin was reconstituted, an instant. */
  readonly reconstitutedAt: string | null;
  /** When the injections were given, an instant. */
  readonly givenAt: string | null;
  readonly checklist: ChecklistAnswers;
  /** The other toxin dose the checklist reported (its units count toward the cumulative limit). */
  readonly otherToxin: OtherToxinDose | null;
  /** The written reason for each kind of warning, by code. */
  readonly warningReasons: { readonly [code: string]: string | undefined };
}

/** The codes a session record can add to the §6 problems. */
export const SESSION_RECORD_PROBLEM_CODES = [
  "no_vials",
  "lot_expired",
  "units_given_exceed_vials",
  "reconstitution_missing",
  "reconstitution_too_old",
  "reconstitution_after_injection",
  "dilution_not_standard",
  "checklist_unanswered",
  "checklist_contraindication",
  "checklist_caution",
  "other_toxin_dose_missing",
] as const;
export type SessionRecordProblemCode = (typeof SESSION_RECORD_PROBLEM_CODES)[number];
/** Every code a signing check can report: pathway-rules §6's, then the record's own. */
export const SIGNING_PROBLEM_CODES = [...INJECTION_PROBLEM_CODES, ...SESSION_RECORD_PROBLEM_CODES] as const;
export type SigningProblemCode = (typeof SIGNING_PROBLEM_CODES)[number];

export interface SigningProblem {
  readonly code: SigningProblemCode;
  readonly severity: "error" | "warning";
  readonly message: string;
  /** For a warning: whether a non-blank written reason is recorded for its code. */
  readonly reasonGiven: boolean;
}

export interface SessionRecordContext {
  /** The patient's other signed sessions (for interval and cumulative dose). */
  readonly otherSessions: readonly TreatmentSession[];
  /** Botulinum toxin for other indications already on record (the checklist's dose is added). */
  readonly otherToxinDoses: readonly OtherToxinDose[];
  readonly settings: SessionSettings;
  readonly operations: Pick<OperationalSettings, "reconstitutionMaxHours">;
}

export interface SessionRecordCheck {
  /** The pathway-rules §6 check, as the assessment reports it. */
  readonly injectionCheck: InjectionCheck;
  /** Every problem, §6 first, then the record's own. */
  readonly problems: readonly SigningProblem[];
  readonly usage: VialUsage;
  /** Units per 0.1 mL of each vial line, in order. */
  readonly concentrations: readonly number[];
  /** Null until the vials cover the units given. */
  readonly billing: readonly BillingLine[] | null;
  /** No error, and a reason for every kind of warning. */
  readonly canSign: boolean;
  /** The warning codes still without a reason. */
  readonly reasonsNeeded: readonly SigningProblemCode[];
}

const QUESTION = new Map(CHECKLIST_ITEMS.map((item) => [item.id, item.question]));
const itemNames = (ids: readonly ChecklistItemId[]) => ids.map((id) => `"${QUESTION.get(id) ?? id}"`).join("; ");

/**
 * Units per 0.1 mL of a vial reconstituted with `diluentMl` of saline, to 2 decimals.
 * @example unitsPerTenthMl(100, 2) // 5
 * @example unitsPerTenthMl(100, 4) // 2.5
 */
export function unitsPerTenthMl(vialUnits: number, diluentMl: number): number {
  if (!(diluentMl > 0)) return 0;
  return Math.round((vialUnits / diluentMl / 10) * 100) / 100;
}

function vialProblems(record: SessionRecord, usage: VialUsage): SigningProblem[] {
  const problems: Omit<SigningProblem, "reasonGiven">[] = [];
  const opened = record.vials.filter((line) => line.vials > 0);
  if (opened.length === 0) problems.push({ code: "no_vials", severity: "error", message: "record the vials opened: product, lot and how many" });
  for (const line of opened) {
    if (!isUsableOn(line, record.date)) problems.push({ code: "lot_expired", severity: "error", message: `lot ${line.lotNumber} expired on ${line.expiry}; choose another lot` });
    if (line.diluentMl > 0 && line.vialUnits / line.diluentMl !== STANDARD_UNITS_PER_ML) {
      const perTenth = unitsPerTenthMl(line.vialUnits, line.diluentMl);
      problems.push({ code: "dilution_not_standard", severity: "warning", message: `lot ${line.lotNumber}: ${line.vialUnits} U in ${line.diluentMl} mL gives ${perTenth} U per 0.1 mL, not the standard 5 U` });
    }
  }
  if (opened.length > 0 && usage.problem !== null) problems.push({ code: "units_given_exceed_vials", severity: "error", message: usage.problem.message });
  return problems.map((p) => ({ ...p, reasonGiven: false }));
}

function reconstitutionProblems(record: SessionRecord, maxHours: number): Omit<SigningProblem, "reasonGiven">[] {
  const made = record.reconstitutedAt === null ? null : instantMs(record.reconstitutedAt);
  if (made === null) return [{ code: "reconstitution_missing", severity: "error", message: "record when the toxin was reconstituted (date and time)" }];
  const given = record.givenAt === null ? null : instantMs(record.givenAt);
  if (given === null) return [];
  if (made > given) return [{ code: "reconstitution_after_injection", severity: "error", message: "reconstitution is recorded after the injections were given; check both times" }];
  const hours = (given - made) / 3_600_000;
  if (hours > maxHours) {
    return [{ code: "reconstitution_too_old", severity: "error", message: `reconstituted ${Math.floor(hours)} h before the injections; use within ${maxHours} h and discard older solution` }];
  }
  return [];
}

function checklistProblems(record: SessionRecord): Omit<SigningProblem, "reasonGiven">[] {
  const findings = checklistFindings(record.checklist);
  const problems: Omit<SigningProblem, "reasonGiven">[] = [];
  if (findings.unanswered.length > 0) problems.push({ code: "checklist_unanswered", severity: "error", message: `answer every pre-procedure check: ${itemNames(findings.unanswered)}` });
  if (findings.contraindications.length > 0) {
    problems.push({ code: "checklist_contraindication", severity: "error", message: `contraindication: ${itemNames(findings.contraindications)}; do not inject` });
  }
  if (findings.cautions.length > 0) problems.push({ code: "checklist_caution", severity: "warning", message: `caution: ${itemNames(findings.cautions)}` });
  if (findings.otherToxinReported && (record.otherToxin === null || !(record.otherToxin.units > 0))) {
    problems.push({ code: "other_toxin_dose_missing", severity: "error", message: "record the other botulinum toxin dose (date and units): it counts toward the cumulative limit" });
  }
  return problems;
}

const hasReason = (record: SessionRecord, code: string): boolean => (record.warningReasons[code] ?? "").trim() !== "";

/**
 * Checks a session record for signing: the §6 problems (with the checklist's other toxin dose
 * in the cumulative check), the vials and lots, reconstitution, and the checklist; the billing
 * lines once the vials cover the units given.
 * @example checkSessionRecord({ date, injections: preemptFixedInjections(), vials: [{ vialUnits: 200, vials: 1, diluentMl: 4, ... }], checklist: allNo, ... }, context).billing
 *   // [64615 × 1, J0585 × 155, J0585 JW × 45]
 */
export function checkSessionRecord(record: SessionRecord, context: SessionRecordContext): SessionRecordCheck {
  const otherToxinDoses = record.otherToxin !== null && record.otherToxin.units > 0 ? [...context.otherToxinDoses, record.otherToxin] : context.otherToxinDoses;
  const session: TreatmentSession = { date: record.date, overrideReason: record.overrideReason, injections: record.injections };
  const injectionCheck = validateSession(session, { otherSessions: context.otherSessions, otherToxinDoses }, context.settings);
  const vialSizes = record.vials.flatMap((line) => Array.from({ length: Math.max(0, line.vials) }, () => line.vialUnits));
  const usage = vialUsage(vialSizes, injectionCheck.totalUnits);
  const own = [...vialProblems(record, usage), ...reconstitutionProblems(record, context.operations.reconstitutionMaxHours), ...checklistProblems(record)];
  const problems: SigningProblem[] = [...injectionCheck.problems, ...own].map((problem) => ({
    code: problem.code,
    severity: problem.severity,
    message: problem.message,
    reasonGiven: problem.severity === "warning" && hasReason(record, problem.code),
  }));
  const reasonsNeeded = [...new Set(problems.filter((p) => p.severity === "warning" && !p.reasonGiven).map((p) => p.code))];
  const hasError = problems.some((p) => p.severity === "error");
  return {
    injectionCheck,
    problems,
    usage,
    concentrations: record.vials.map((line) => unitsPerTenthMl(line.vialUnits, line.diluentMl)),
    billing: usage.unitsWasted === null || vialSizes.length === 0 ? null : billingLines(usage.unitsGiven, usage.unitsWasted),
    canSign: !hasError && reasonsNeeded.length === 0,
    reasonsNeeded,
  };
}
