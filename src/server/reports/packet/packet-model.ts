/**
 * What an authorization packet shows (issue 10 §2, document 2), initial or renewal, as plain data:
 * every figure from the clinical core, every sentence written. The drawing (draw-packet.ts) reads
 * only this, so the tests check the page's numbers against the assessment.
 */
import type { CriterionStatus } from "#domain/eligibility/criterion.ts";
import type { PacketKind } from "#domain/authorization/packet-gap.ts";
import type { PlainDate } from "#domain/shared/plain-date.ts";
import type { PolicyId } from "#domain/shared/record.ts";
import type { SummaryCalendarRow } from "../summary/summary-model.ts";

/** One 28-day window's counts (pathway-rules §1-2). */
export interface PacketWindow {
  /** "W1", "W2", "W3", "Baseline" or "Evaluation". */
  readonly label: string;
  readonly start: PlainDate;
  readonly end: PlainDate;
  readonly daysRecorded: number;
  readonly complete: boolean;
  readonly anyHeadacheDays: number;
  readonly headacheDays: number;
  readonly migraineDays: number;
  readonly moderateSevereDays: number;
  readonly acuteMedicationDays: number;
}

/** One of the policy's criteria (§5) with the evidence the clinical core used. */
export interface PacketCriterion {
  readonly name: string;
  readonly status: CriterionStatus;
  readonly detail: string;
}

/** Chronic migraine, overuse and the ICD-10-CM code proposed. */
export interface PacketDiagnosis {
  /** "G43.719" or null when chronic migraine is not met. */
  readonly code: string | null;
  readonly codeMeaning: string;
  readonly codeBecause: string;
  /** Said when aura was recorded in W1-W3: the with-aura codes may apply. */
  readonly auraNote: string | null;
  /** The ICHD-3 1.3 statement with the figures behind it. */
  readonly chronicMigraine: string;
  /** The ICHD-3 8.2 statement with the figures behind it. */
  readonly medicationOveruse: string;
}

/** One preventive trial, as judged by §5. */
export interface PacketPreventive {
  readonly drug: string;
  readonly drugClass: string;
  /** The dose in the clinician's words, or "not recorded". */
  readonly dose: string;
  /** Whether the record gives the dose (the packet then asks for the others by name). */
  readonly doseRecorded: boolean;
  readonly start: PlainDate;
  readonly end: PlainDate;
  readonly trialDays: number;
  readonly outcome: string;
  /** Whether §5 counts it as failed, in words with why. */
  readonly counts: string;
  readonly failed: boolean;
}

export interface PacketScore {
  readonly date: PlainDate;
  readonly score: number;
  readonly grade: string;
}

/** The latest MIDAS with its five scored items and items A and B. */
export interface PacketMidas extends PacketScore {
  readonly items: readonly { readonly label: string; readonly days: number }[];
  /** Item A (headache days in 3 months) and B (pain 0-10); null when not given. */
  readonly headacheDays: number | null;
  readonly pain: number | null;
}

export interface PacketQuestionnaires {
  readonly hit6: readonly PacketScore[];
  readonly midas: readonly PacketScore[];
  readonly latestMidas: PacketMidas | null;
}

/** The renewal's answer: the evaluation window against the baseline, and the policy's threshold. */
export interface PacketResponse {
  readonly baseline: PacketWindow | null;
  readonly evaluation: PacketWindow | null;
  /** Rounded half away from zero to one decimal (§8); null until evaluated. */
  readonly percentReduction: number | null;
  readonly thresholdPercent: number;
  /** e.g. "≥ 30% fewer headache days (NICE TA260)". */
  readonly threshold: string;
  /** Whether the reduction reaches the threshold (the unrounded comparison of §8); null until evaluated. */
  readonly thresholdMet: boolean | null;
  /** The policy's recommendation and its reasons, in words. */
  readonly lines: readonly string[];
}

export interface PacketSession {
  readonly date: PlainDate;
  readonly totalUnits: number;
  readonly sites: number;
  readonly followThePainSites: number;
}

/** The planned dose and sites (PREEMPT, pathway-rules §6). */
export interface PacketPlan {
  readonly lines: readonly string[];
  readonly muscles: readonly { readonly muscle: string; readonly sites: string; readonly units: number; readonly followThePain: string }[];
}

/**
 * When and how each diary entry was made, as the clinic's system knows it (the server's diary
 * revisions: save time, late flag, source); a record file carries none of it.
 */
export interface DiaryProvenanceFacts {
  /** Diary days in the packet's windows. */
  readonly entries: number;
  /** Entries saved on the day they describe (the patient's local date). */
  readonly madeOnTheDay: number;
  /** Entries filled in afterwards (the late-entry window, docs/clinical/diary.md). */
  readonly late: number;
  readonly fromApp: number;
  readonly imported: number;
  readonly selfKept: number;
  readonly enteredByStaff: number;
}

export interface PacketContent {
  readonly kind: PacketKind;
  readonly title: string;
  readonly patientLine: string;
  readonly asOf: PlainDate;
  readonly policy: PolicyId;
  readonly policyName: string;
  /** What is missing, in plain words; empty when the packet can be sent. */
  readonly gaps: readonly string[];
  /** The one-line answer under the title, e.g. "Every criterion of US payer is met." */
  readonly verdict: string;
  readonly criteria: readonly PacketCriterion[];
  readonly windows: readonly PacketWindow[];
  readonly calendar: readonly SummaryCalendarRow[];
  readonly provenance: readonly string[];
  readonly diagnosis: PacketDiagnosis;
  /** Null when no preventive history was given. */
  readonly preventives: readonly PacketPreventive[] | null;
  readonly questionnaires: PacketQuestionnaires;
  /** The renewal's response; null on an initial packet. */
  readonly response: PacketResponse | null;
  readonly sessions: readonly PacketSession[];
  readonly plan: PacketPlan;
  readonly footnote: string;
}
