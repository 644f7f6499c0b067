/**
 * The patient summary's content (issue 10 §1, document 1) from a patient record, as of a date
 * under a policy: the assessment from src/domain/assess, and the few extra figures the page draws
 * (the baseline's counts, each calendar day's classification) from the same domain functions.
 * Pure: no I/O, no clock. The PDF drawing (summary-pdf.ts) reads only what this returns.
 */
import { assess, recordAsOf } from "#domain/assess/assess.ts";
import type { Assessment, AssessOptions } from "#domain/assess/assessment.ts";
import { classifyDay } from "#domain/diary/classify-day.ts";
import type { DiaryContext } from "#domain/diary/diary-context.ts";
import { countDays, type WindowCounts } from "#domain/diary/window-counts.ts";
import { addDays, daysBetween } from "#domain/shared/plain-date.ts";
import type { PatientRecord } from "#domain/shared/record.ts";
import { RULES_VERSION } from "#domain/shared/settings.ts";
import { summaryHeadline } from "./summary-headline.ts";
import {
  CHRONIC_MIGRAINE_WORDS, countOf, HIT6_GRADE_WORDS, MIDAS_GRADE_WORDS, OVERUSE_WORDS, overuseFindingWords, POLICY_NAMES, symptomWords,
} from "./summary-labels.ts";
import type { SummaryCalendarRow, SummaryContent, SummaryQuestionnaire, SummaryStatus, SummaryWindow } from "./summary-model.ts";
import type { Hit6Grade } from "#domain/questionnaires/hit6.ts";
import type { MidasGrade } from "#domain/questionnaires/midas.ts";
import { patientLine } from "../pdf/patient-line.ts";

/** 26 windows are two years: as many as the chart shows readably on one page. */
export const MAX_CHART_WINDOWS = 26;

/** The summary's content and the assessment it was made from (the tests compare the two). */
export interface SummaryBuild {
  readonly content: SummaryContent;
  readonly assessment: Assessment;
}

function toSummaryWindow(counts: WindowCounts): SummaryWindow {
  const { start, end, daysRecorded, complete, headacheDays, migraineDays, acuteMedicationDays } = counts;
  return { start, end, daysRecorded, complete, headacheDays, migraineDays, acuteMedicationDays };
}

function calendarRows(record: PatientRecord, assessment: Assessment, context: DiaryContext): SummaryCalendarRow[] {
  const byDate = new Map(record.diary.map((day) => [day.date, day]));
  const sessions = new Set(record.treatments.map((session) => session.date));
  // W3, W2, W1: the last three windows, oldest first (pathway-rules §1).
  return assessment.windows.slice(0, 3).reverse().map((window) => ({
    window: toSummaryWindow(window),
    days: Array.from({ length: daysBetween(window.start, window.end) + 1 }, (_, offset) => {
      const date = addDays(window.start, offset);
      const day = byDate.get(date);
      if (day === undefined) {
        return { date, recorded: false, anyHeadache: false, headacheDay: false, migraine: false, acuteMedication: false, severity: null, session: sessions.has(date) };
      }
      const counted = classifyDay(day, context);
      return {
        date,
        recorded: true,
        anyHeadache: counted.anyHeadache,
        headacheDay: counted.headacheDay,
        migraine: counted.migraine,
        acuteMedication: counted.acuteMedication,
        severity: day.headache ? (day.severity ?? null) : null,
        session: sessions.has(date),
      };
    }),
  }));
}

function questionnaireRows(assessment: Assessment): SummaryContent["questionnaires"] {
  const rows = assessment.questionnaires.map((q): SummaryQuestionnaire => ({
    instrument: q.instrument,
    date: q.date,
    score: q.score,
    gradeCode: q.grade,
    grade: q.instrument === "HIT-6" ? HIT6_GRADE_WORDS[q.grade as Hit6Grade] : MIDAS_GRADE_WORDS[q.grade as MidasGrade],
    change: q.change,
  }));
  return { "HIT-6": rows.filter((q) => q.instrument === "HIT-6"), MIDAS: rows.filter((q) => q.instrument === "MIDAS") };
}

function statusLines(assessment: Assessment): SummaryStatus[] {
  const { chronicMigraine, medicationOveruse } = assessment;
  const named = <T extends { readonly complete: boolean; readonly daysRecorded: number }>(windows: readonly T[], figure: (w: T) => string) =>
    windows.map((w, index) => `W${index + 1} ${w.complete ? figure(w) : `${w.daysRecorded} days recorded`}`).join(", ");
  const [first] = chronicMigraine.windows;
  const thresholds = first === undefined ? "" : ` (any-headache / migraine days; needs ≥ ${first.anyHeadacheDays.minDays} / ≥ ${first.migraineDays.minDays})`;
  const chronicEvidence = `${named(chronicMigraine.windows, (w) => `${w.anyHeadacheDays.days} / ${w.migraineDays.days}`)}${thresholds}`;
  const overuseEvidence = medicationOveruse.status === "suspected"
    ? overuseFindingWords(medicationOveruse.classes)
    : `days with a judged medication class: ${named(medicationOveruse.windows, (w) => String(w.judgedClassDays))}`;
  return [
    { label: "Chronic migraine (ICHD-3 1.3)", verdict: CHRONIC_MIGRAINE_WORDS[chronicMigraine.status], evidence: chronicEvidence },
    { label: "Medication overuse (ICHD-3 8.2)", verdict: OVERUSE_WORDS[medicationOveruse.status], evidence: overuseEvidence },
  ];
}

function nextLines(assessment: Assessment): string[] {
  const { treatment, response, sideEffects } = assessment;
  const lines: string[] = [];
  if (treatment !== null) {
    const state = treatment.overdue ? " — overdue" : "";
    lines.push(`Next session due ${treatment.nextDue} (window ${treatment.nextEarliest} – ${treatment.nextLate})${state}.`);
    if (treatment.onTimeRate !== null) {
      // REPOSE: most patients had a gap over 13 weeks, so the share on time is worth a line (clinical-facts §9.1).
      lines.push(`Intervals on time (≤ ${assessment.settings.nextLateDays} days): ${Math.round(treatment.onTimeRate * 100)}% of ${countOf(treatment.sessions - 1, "interval")}.`);
    }
  } else lines.push("No session yet.");
  if (response.status === "too-early") {
    const reason = response.reasons.find((r) => r.includes(" "));
    if (reason !== undefined) lines.push(`Response: ${reason}.`);
  }
  if (response.reassessOn !== null) lines.push(`Reassess on ${response.reassessOn} (pause).`);
  const held = sideEffects.filter((report) => report.holdNextDose);
  if (held.length > 0) lines.push(`Next dose held: red side-effect report on ${held.map((r) => r.date).join(", ")} needs a clinician's review.`);
  return lines;
}


/**
 * The summary of a record as of `options.asOf` under `options.policy`, with the assessment it shows.
 * @example buildSummary(record, { asOf: plainDate("2026-06-30"), policy: "us-label", settings: DEFAULT_SETTINGS }).content.headline.figure
 *   // "60% fewer"
 */
export function buildSummary(fullRecord: PatientRecord, options: AssessOptions): SummaryBuild {
  const assessment = assess(fullRecord, options);
  const record = recordAsOf(fullRecord, options.asOf);
  const context: DiaryContext = { birthDate: record.patient.birthDate, settings: options.settings };
  const baselineWindow = assessment.response.baselineWindow;
  const baseline = baselineWindow === null ? null : countDays(record.diary, baselineWindow, context);

  const oldestFirst = [...assessment.windows].reverse();
  const charted = oldestFirst.slice(-MAX_CHART_WINDOWS);
  const chartStart = (charted[0] as WindowCounts).start;
  const injectionCheckBySession = new Map(record.treatments.map((session) => [session.date, session]));

  const content: SummaryContent = {
    patientLine: patientLine(record),
    asOf: options.asOf,
    policy: options.policy,
    policyName: POLICY_NAMES[options.policy],
    headline: summaryHeadline(assessment),
    chart: {
      windows: charted.map(toSummaryWindow),
      windowsLeftOut: oldestFirst.length - charted.length,
      baseline: baseline === null ? null : toSummaryWindow(baseline),
      sessions: record.treatments.map((session) => session.date).filter((date) => date >= chartStart).sort(),
      evaluationWindow: assessment.response.evaluationWindow,
    },
    calendar: calendarRows(record, assessment, context),
    sessions: assessment.injectionChecks.map((check) => ({
      date: check.date,
      totalUnits: check.totalUnits,
      sites: check.sites,
      followThePainSites: (injectionCheckBySession.get(check.date)?.injections ?? []).filter((site) => site.followThePain === true).length,
      valid: check.valid,
      problems: check.problems.map((problem) => problem.message),
    })),
    sideEffects: assessment.sideEffects.map((report) => ({
      date: report.date,
      level: report.level,
      symptoms: report.symptoms.map(symptomWords),
      holdNextDose: report.holdNextDose,
    })),
    questionnaires: questionnaireRows(assessment),
    status: statusLines(assessment),
    next: nextLines(assessment),
    footnote: `Pathway rules version ${RULES_VERSION}; a window counts when at least ${countOf(options.settings.minRecordedDays, "day")} of its 28 are recorded; a headache day lasts at least ${countOf(options.settings.headacheDayMinHours, "hour")}. Counts are of recorded days, never rescaled.`,
  };
  return { content, assessment };
}
