/**
 * The authorization packet's content (issue 10 §2, document 2), initial or renewal, from a patient
 * record as of a date under a policy: the assessment (src/domain/assess), what is missing
 * (src/domain/authorization), and the parts every packet shows (packet-parts.ts). Pure: no I/O,
 * no clock. The drawing (draw-packet.ts) reads only what this returns.
 */
import { assess, recordAsOf } from "#domain/assess/assess.ts";
import type { Assessment, AssessOptions } from "#domain/assess/assessment.ts";
import type { PacketGap, PacketKind } from "#domain/authorization/packet-gap.ts";
import { renewalThreshold } from "#domain/authorization/renewal-threshold.ts";
import { packetGaps } from "#domain/authorization/what-is-missing.ts";
import type { DiaryContext } from "#domain/diary/diary-context.ts";
import { countDays, type WindowCounts } from "#domain/diary/window-counts.ts";
import { RESPONDER_50 } from "#domain/outcomes/continuation.ts";
import { roundHalfAwayFromZero } from "#domain/outcomes/rounding.ts";
import type { PatientRecord } from "#domain/shared/record.ts";
import { RULES_VERSION } from "#domain/shared/settings.ts";
import { countOf, POLICY_NAMES, RECOMMENDATION_WORDS, RESPONSE_REASON_WORDS, reductionWords } from "../summary/summary-labels.ts";
import { CRITERION_NAMES, PACKET_TITLES } from "./packet-labels.ts";
import type { DiaryProvenanceFacts, PacketContent, PacketDiagnosis, PacketResponse } from "./packet-model.ts";
import { calendarRows, diagnosis, packetWindow, plan, preventiveRows, questionnaires, sessions } from "./packet-parts.ts";
import { patientLine } from "../pdf/patient-line.ts";

export interface PacketOptions extends AssessOptions {
  readonly kind: PacketKind;
  /** The diary's provenance from the clinic's system; absent from a record file. */
  readonly provenance?: DiaryProvenanceFacts | undefined;
}

/** The packet's content, the assessment it was made from and its gaps (the tests compare them). */
export interface PacketBuild {
  readonly content: PacketContent;
  readonly assessment: Assessment;
  readonly gaps: readonly PacketGap[];
}

const percentOf = (part: number, whole: number) => `${whole === 0 ? 0 : roundHalfAwayFromZero((part * 100) / whole, 1)}%`;

/** The provenance lines: the clinic system's figures when given, else where to find them (never invented). */
function provenanceLines(facts: DiaryProvenanceFacts | undefined, windows: readonly WindowCounts[]): string[] {
  const recorded = windows.reduce((sum, w) => sum + w.daysRecorded, 0);
  const span = `Diary days recorded in the windows above: ${recorded} of ${windows.length * 28}; a day without an entry is counted as unknown, never as headache-free.`;
  if (facts === undefined) {
    return [
      span,
      "Entry times are not part of a patient-record file (cephalog.patient-record/1): the share of entries made on the day and each entry's source (the patient's app, an import, a diary kept on the phone before joining, entries by staff) come from the clinic's Cephalog system, which keeps every entry's save time.",
    ];
  }
  return [
    span,
    `Entries made on the day they describe: ${facts.madeOnTheDay} of ${facts.entries} (${percentOf(facts.madeOnTheDay, facts.entries)}); filled in afterwards and marked late: ${facts.late}.`,
    `Source: the patient's app ${facts.fromApp}, imported ${facts.imported}, kept on the phone before joining ${facts.selfKept}; entered by clinic staff ${facts.enteredByStaff}.`,
  ];
}

function responsePart(assessment: Assessment, record: PatientRecord, context: DiaryContext): PacketResponse {
  const { response, policy } = assessment;
  const threshold = renewalThreshold(policy);
  const evaluated = response.status === "evaluated" && response.percentReduction !== null;
  const baseline = response.baselineWindow === null ? null : packetWindow("Baseline", countDays(record.diary, response.baselineWindow, context));
  const evaluation = response.evaluationWindow === null ? null : packetWindow("Evaluation", countDays(record.diary, response.evaluationWindow, context));
  // §8 compares the unrounded value; the assessment's responder flags carry that comparison.
  const thresholdMet = !evaluated ? null : threshold.percent === RESPONDER_50 ? response.responder50 : response.responder30;
  // The rules' reason codes in words on one line, then their lines for people (§8).
  const because = response.reasons.flatMap((reason) => (RESPONSE_REASON_WORDS[reason] === undefined ? [] : [RESPONSE_REASON_WORDS[reason]]));
  const sentences = response.reasons.filter((reason) => reason.includes(" "));
  const head = evaluated
    ? `${POLICY_NAMES[policy]} recommends: ${RECOMMENDATION_WORDS[response.recommendation ?? "continue"]}${response.reassessOn === null ? "" : `, reassess on ${response.reassessOn}`}${because.length === 0 ? "" : `, because: ${because.join("; ")}`}.`
    : `Not evaluated yet (${response.status.replaceAll("-", " ")}).`;
  const lines = [head, ...sentences];
  return {
    baseline,
    evaluation,
    percentReduction: evaluated ? response.percentReduction : null,
    thresholdPercent: threshold.percent,
    threshold: `≥ ${threshold.percent}% fewer headache days${threshold.alternatives.length === 0 ? "" : `, or ${threshold.alternatives.join(", or ")}`} (${threshold.source})`,
    thresholdMet,
    lines,
  };
}

function verdict(kind: PacketKind, assessment: Assessment, gaps: readonly PacketGap[], response: PacketResponse | null): string {
  const missing = gaps.length === 0 ? "" : ` ${countOf(gaps.length, "item")} missing (listed above): not ready to send.`;
  if (kind === "initial") {
    const status = { eligible: "Eligible", "not-eligible": "Not eligible", "insufficient-data": "Not enough data to judge eligibility" }[assessment.eligibility.status];
    return `${status} under ${POLICY_NAMES[assessment.policy]} as of ${assessment.asOf}.${missing}`;
  }
  if (response === null || response.percentReduction === null) return `The response cannot be judged as of ${assessment.asOf}.${missing}`;
  const meets = response.thresholdMet === true ? "reaches" : "does not reach";
  return `${reductionWords(response.percentReduction)} headache days than at baseline: ${meets} the threshold of ${response.thresholdPercent}%.${missing}`;
}

/**
 * Initial: the diagnosis as of the packet's date. Renewal: the diagnosis treatment was started on,
 * as of the eve of the first session (the diary since shows the response, not the diagnosis).
 */
function diagnosisPart(kind: PacketKind, fullRecord: PatientRecord, options: PacketOptions, assessment: Assessment, record: PatientRecord, context: DiaryContext): PacketDiagnosis {
  const first = assessment.response.baselineWindow;
  if (kind === "initial" || first === null) return diagnosis(assessment, record, context);
  const eve = first.end;
  const atStart = diagnosis(assess(fullRecord, { ...options, asOf: eve }), recordAsOf(fullRecord, eve), context);
  return { ...atStart, chronicMigraine: `Before the first session (as of ${eve}): ${atStart.chronicMigraine}`, medicationOveruse: `Before the first session: ${atStart.medicationOveruse}` };
}


/**
 * The packet of a record as of `options.asOf` under `options.policy`, with the assessment and the
 * gaps it shows.
 * @example buildPacket(record, { kind: "renewal", asOf: plainDate("2026-06-21"), policy: "nice-ta260", settings: DEFAULT_SETTINGS }).content.response?.percentReduction
 *   // 0
 */
export function buildPacket(fullRecord: PatientRecord, options: PacketOptions): PacketBuild {
  const { kind } = options;
  const assessment = assess(fullRecord, options);
  const record = recordAsOf(fullRecord, options.asOf);
  const context: DiaryContext = { birthDate: record.patient.birthDate, settings: options.settings };
  const gaps = packetGaps(kind, assessment, fullRecord);
  const response = kind === "renewal" ? responsePart(assessment, record, context) : null;

  // Initial: W1-W3 (§3-5). Renewal: the baseline and the evaluation window (§8).
  const shownWindows = kind === "initial"
    ? assessment.windows.slice(0, 3).map((counts, index) => ({ label: `W${index + 1}`, counts }))
    : [
      ...(assessment.response.baselineWindow === null ? [] : [{ label: "B", counts: countDays(record.diary, assessment.response.baselineWindow, context) }]),
      ...(assessment.response.evaluationWindow === null ? [] : [{ label: "E", counts: countDays(record.diary, assessment.response.evaluationWindow, context) }]),
    ];
  const given = sessions(record, assessment);

  const content: PacketContent = {
    kind,
    title: PACKET_TITLES[kind],
    patientLine: patientLine(record),
    asOf: options.asOf,
    policy: options.policy,
    policyName: POLICY_NAMES[options.policy],
    gaps: gaps.map((gap) => gap.text),
    verdict: verdict(kind, assessment, gaps, response),
    criteria: assessment.eligibility.criteria.map((criterion) => ({ name: CRITERION_NAMES[criterion.id], status: criterion.status, detail: criterion.detail })),
    windows: shownWindows.map(({ label, counts }) => packetWindow(label === "B" ? "Baseline" : label === "E" ? "Evaluation" : label, counts)),
    calendar: calendarRows(record, context, kind === "initial" ? [...shownWindows].reverse() : shownWindows),
    provenance: provenanceLines(options.provenance, shownWindows.map((w) => w.counts)),
    diagnosis: diagnosisPart(kind, fullRecord, options, assessment, record, context),
    preventives: preventiveRows(record, assessment),
    questionnaires: questionnaires(record, assessment),
    response,
    sessions: given,
    plan: plan(assessment, kind === "renewal" ? given[given.length - 1] : undefined),
    footnote: `Pathway rules version ${RULES_VERSION}; a window counts when at least ${countOf(options.settings.minRecordedDays, "day")} of its 28 are recorded; a headache day lasts at least ${countOf(options.settings.headacheDayMinHours, "hour")}. Counts are of recorded days, never rescaled.`,
  };
  return { content, assessment, gaps };
}
