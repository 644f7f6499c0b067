/**
 * The parts every authorization packet shows, from the record and its assessment (issue 10 §2):
 * windows, the diary calendar, the diagnosis with its ICD-10-CM code, the preventive table, HIT-6
 * and MIDAS, sessions and the planned dose. Figures come from src/domain; nothing is recounted.
 */
import type { Assessment } from "#domain/assess/assessment.ts";
import { chronicMigraineIcd10 } from "#domain/authorization/icd10-code.ts";
import { CHRONIC_MIN_ANY_HEADACHE_DAYS, CHRONIC_MIN_MIGRAINE_DAYS } from "#domain/diagnosis/chronic-migraine.ts";
import { classifyDay } from "#domain/diary/classify-day.ts";
import type { DateRange, DiaryContext } from "#domain/diary/diary-context.ts";
import { countMatchingDays, type WindowCounts } from "#domain/diary/window-counts.ts";
import { judgeTrials } from "#domain/eligibility/preventives-failed.ts";
import { MUSCLE_NAMES, PREEMPT_PROTOCOL, preemptFixedSiteCount, preemptFollowThePainSiteCount, UNITS_PER_SITE } from "#domain/injections/preempt-protocol.ts";
import type { Hit6Grade } from "#domain/questionnaires/hit6.ts";
import type { MidasGrade } from "#domain/questionnaires/midas.ts";
import { addDays, daysBetween } from "#domain/shared/plain-date.ts";
import { MUSCLES, type PatientRecord } from "#domain/shared/record.ts";
import type { SummaryCalendarRow } from "../summary/summary-model.ts";
import { HIT6_GRADE_WORDS, MIDAS_GRADE_WORDS, OVERUSE_WORDS, overuseFindingWords } from "../summary/summary-labels.ts";
import { MIDAS_ITEM_LABELS, PREVENTIVE_CLASS_WORDS, PREVENTIVE_OUTCOME_WORDS } from "./packet-labels.ts";
import type { PacketDiagnosis, PacketPlan, PacketPreventive, PacketQuestionnaires, PacketSession, PacketWindow } from "./packet-model.ts";

export function packetWindow(label: string, counts: WindowCounts): PacketWindow {
  const { start, end, daysRecorded, complete, anyHeadacheDays, headacheDays, migraineDays, moderateSevereDays, acuteMedicationDays } = counts;
  return { label, start, end, daysRecorded, complete, anyHeadacheDays, headacheDays, migraineDays, moderateSevereDays, acuteMedicationDays };
}

/** One calendar row per window, each day classified by the clinical core (§2); unrecorded days stay unknown (§1). */
export function calendarRows(record: PatientRecord, context: DiaryContext, windows: readonly { readonly label: string; readonly counts: WindowCounts }[]): SummaryCalendarRow[] {
  const byDate = new Map(record.diary.map((day) => [day.date, day]));
  const sessions = new Set(record.treatments.map((session) => session.date));
  return windows.map(({ label, counts }) => ({
    label,
    window: packetWindow(label, counts),
    days: Array.from({ length: daysBetween(counts.start, counts.end) + 1 }, (_, offset) => {
      const date = addDays(counts.start, offset);
      const day = byDate.get(date);
      if (day === undefined) return { date, recorded: false, anyHeadache: false, headacheDay: false, migraine: false, acuteMedication: false, severity: null, session: sessions.has(date) };
      const counted = classifyDay(day, context);
      return {
        date, recorded: true, anyHeadache: counted.anyHeadache, headacheDay: counted.headacheDay, migraine: counted.migraine,
        acuteMedication: counted.acuteMedication, severity: day.headache ? (day.severity ?? null) : null, session: sessions.has(date),
      };
    }),
  }));
}

function chronicStatement(assessment: Assessment): string {
  const { chronicMigraine } = assessment;
  const figures = chronicMigraine.windows
    .map((w, index) => `W${index + 1} ${w.complete ? `${w.anyHeadacheDays.days} / ${w.migraineDays.days}` : `${w.daysRecorded} days recorded`}`)
    .join(", ");
  const rule = `ICHD-3 1.3 needs ≥ ${CHRONIC_MIN_ANY_HEADACHE_DAYS} days with headache and ≥ ${CHRONIC_MIN_MIGRAINE_DAYS} migraine days a month for more than 3 months`;
  const attested = chronicMigraine.reasons.find((reason) => reason.startsWith("chronic migraine attested since"));
  const verdict = { met: "Meets ICHD-3 1.3 chronic migraine", "not-met": "Does not meet ICHD-3 1.3 chronic migraine", "insufficient-data": "Chronic migraine cannot be judged: too little diary" }[chronicMigraine.status];
  return `${verdict}${attested === undefined ? "" : ` (${attested}, with W1 meeting both thresholds)`}. Days with headache / migraine days: ${figures}; ${rule} (28-day windows).`;
}

function overuseStatement(assessment: Assessment): string {
  const { medicationOveruse } = assessment;
  const named = medicationOveruse.windows.map((w, index) => `W${index + 1} ${w.complete ? String(w.judgedClassDays) : `${w.daysRecorded} days recorded`}`).join(", ");
  const rule = "ICHD-3 8.2: triptans, ergots, opioids or combination analgesics on ≥ 10 days a month, simple analgesics on ≥ 15, or several classes on ≥ 10";
  if (medicationOveruse.status === "suspected") {
    return `Medication-overuse headache (ICHD-3 8.2) suspected: ${overuseFindingWords(medicationOveruse.classes)} (${rule}). A patient meeting both receives both diagnoses.`;
  }
  const verdict = OVERUSE_WORDS[medicationOveruse.status];
  return `Medication overuse (ICHD-3 8.2): ${verdict}. Days with a judged acute medication: ${named} (${rule}).`;
}

export function diagnosis(assessment: Assessment, record: PatientRecord, context: DiaryContext): PacketDiagnosis {
  const firstThree = assessment.windows.slice(0, 3);
  const span: DateRange = { start: (firstThree[firstThree.length - 1] as WindowCounts).start, end: assessment.asOf };
  const auraDays = countMatchingDays(record.diary, span, context, (day) => day.criteria.aura);
  const proposal = chronicMigraineIcd10({
    chronicMigraine: assessment.chronicMigraine.status,
    trials: judgeTrials(record.preventives ?? [], assessment.asOf, assessment.settings),
    auraDays,
  });
  return {
    code: proposal.code,
    codeMeaning: proposal.meaning,
    codeBecause: proposal.because,
    auraNote: auraDays === 0 ? null : `Aura was recorded on ${auraDays} day${auraDays === 1 ? "" : "s"} in W1–W3: if the clinician diagnoses chronic migraine with aura, the code is G43.E09 or G43.E19 (ICD-10-CM from FY2025) instead.`,
    chronicMigraine: chronicStatement(assessment),
    medicationOveruse: overuseStatement(assessment),
  };
}

export function preventiveRows(record: PatientRecord, assessment: Assessment): PacketPreventive[] | null {
  if (record.preventives === undefined) return null;
  const min = assessment.settings.minPreventiveTrialDays;
  // Judged one by one so each judged trial keeps its own dose (judgeTrials leaves out those started after A).
  return record.preventives.flatMap((given) => judgeTrials([given], assessment.asOf, assessment.settings).map((trial) => ({
    drug: trial.name,
    drugClass: PREVENTIVE_CLASS_WORDS[trial.class],
    dose: given.dose ?? "not recorded",
    doseRecorded: given.dose !== undefined,
    start: trial.start,
    end: trial.end,
    trialDays: trial.trialDays,
    outcome: PREVENTIVE_OUTCOME_WORDS[trial.outcome],
    failed: trial.failed,
    counts: trial.failed ? "yes" : trial.outcome === "ineffective" ? `no: under ${min} days` : "no",
  })));
}

export function questionnaires(record: PatientRecord, assessment: Assessment): PacketQuestionnaires {
  const scored = assessment.questionnaires;
  const hit6 = scored.filter((q) => q.instrument === "HIT-6").map((q) => ({ date: q.date, score: q.score, grade: HIT6_GRADE_WORDS[q.grade as Hit6Grade] }));
  const midas = scored.filter((q) => q.instrument === "MIDAS").map((q) => ({ date: q.date, score: q.score, grade: MIDAS_GRADE_WORDS[q.grade as MidasGrade] }));
  // The raw items of the latest MIDAS (the last given among those of its date, as the assessment orders them).
  const latest = midas[midas.length - 1];
  const answers = latest === undefined ? undefined : record.questionnaires.filter((q) => q.instrument === "MIDAS" && q.date === latest.date).at(-1);
  return {
    hit6,
    midas,
    latestMidas: latest === undefined || answers === undefined ? null : {
      ...latest,
      items: MIDAS_ITEM_LABELS.map((label, index) => ({ label, days: answers.responses[index] as number })),
      headacheDays: answers.a ?? null,
      pain: answers.b ?? null,
    },
  };
}

export function sessions(record: PatientRecord, assessment: Assessment): PacketSession[] {
  const byDate = new Map(record.treatments.map((session) => [session.date, session]));
  return assessment.injectionChecks.map((check) => ({
    date: check.date,
    totalUnits: check.totalUnits,
    sites: check.sites,
    followThePainSites: (byDate.get(check.date)?.injections ?? []).filter((site) => site.followThePain === true).length,
  }));
}

/** The PREEMPT plan (§6, clinical-facts.md §3.1) and the interval (§7); a renewal adds the last session. */
export function plan(assessment: Assessment, last: PacketSession | undefined): PacketPlan {
  const fixedSites = preemptFixedSiteCount();
  const allSites = fixedSites + preemptFollowThePainSiteCount();
  const { nextDueDays, minIntervalDays } = assessment.settings;
  const lines = [
    `OnabotulinumtoxinA ${fixedSites * UNITS_PER_SITE} U in ${fixedSites} fixed sites, ${UNITS_PER_SITE} U (0.1 mL) a site, by the PREEMPT paradigm; up to ${allSites * UNITS_PER_SITE} U in ${allSites} sites with follow-the-pain sites (temporalis, occipitalis, trapezius).`,
    `Every 12 weeks (${nextDueDays} days), never sooner than ${minIntervalDays} days.`,
    "Billing: CPT 64615 once a session; HCPCS J0585 × units given, with modifier JW for the units wasted or JZ when none are.",
    ...(last === undefined ? [] : [`Last session ${last.date}: ${last.totalUnits} U in ${last.sites} sites (${last.followThePainSites} follow-the-pain).`]),
  ];
  const muscles = MUSCLES.map((muscle) => {
    const { fixedSites: sites, followThePainMax } = PREEMPT_PROTOCOL[muscle];
    const count = sites.left + sites.right + sites.midline;
    return {
      muscle: MUSCLE_NAMES[muscle],
      sites: sites.midline > 0 ? `${sites.midline} midline` : `${sites.left} left, ${sites.right} right`,
      units: count * UNITS_PER_SITE,
      followThePain: followThePainMax === 0 ? "none" : `up to ${followThePainMax} (${followThePainMax * UNITS_PER_SITE} U)`,
    };
  });
  return { lines, muscles };
}

