/**
 * When HIT-6 and MIDAS are due (docs/clinical/questionnaires.md, "When they are due"): at
 * baseline, before the first session, and before each visit, in the clinic's
 * `questionnaireDueDays` before it (default 7, src/domain/shared/operations.ts). Each is a span of
 * dates; it is done when a questionnaire of that instrument is dated in it.
 *
 * - **Baseline**: while no session has been given, once the patient is eligible or has a visit
 *   booked. Any questionnaire before the first session counts: pathway-rules §8 takes the last one
 *   on or before the first session as the baseline score, however old.
 * - **Before a visit**: the next booked visit `V` (on or after today), from `V - dueDays` to `V`
 *   itself (a paper form filled in at the visit counts too). The first visit has one as well, so
 *   the baseline score is recent (HIT-6 recalls 4 weeks, clinical-facts §8).
 */
import { addDaysWithinRange, type PlainDate } from "../shared/plain-date.ts";
import { INSTRUMENTS, type Instrument } from "../shared/record.ts";

export const QUESTIONNAIRE_DUE_REASONS = ["baseline", "before-visit"] as const;
export type QuestionnaireDueReason = (typeof QUESTIONNAIRE_DUE_REASONS)[number];

export interface QuestionnaireDueInput {
  /** The patient's today. */
  readonly today: PlainDate;
  /** The date of the patient's first session; null before treatment. */
  readonly firstSessionDate: PlainDate | null;
  /** Whether the patient is eligible for treatment (the assessment's eligibility). */
  readonly eligible: boolean;
  /** The dates of the patient's booked visits that are not over, in any order. */
  readonly visitDates: readonly PlainDate[];
  /** The questionnaires on record: instrument and date. */
  readonly recorded: readonly { readonly instrument: Instrument; readonly date: PlainDate }[];
  /** Days before a visit HIT-6 and MIDAS are due (the clinic's `questionnaireDueDays`, 0 or more). */
  readonly dueDays: number;
}

/** One instrument's current span: why, which dates count, and whether one was recorded in it. */
export interface QuestionnaireSpan {
  readonly instrument: Instrument;
  readonly reason: QuestionnaireDueReason;
  /** The visit it prepares for: the next visit, or for a baseline the first one if booked. */
  readonly visitDate: PlainDate | null;
  /** The first date that counts; null for a baseline (any date before the first session). */
  readonly from: PlainDate | null;
  /** The last date that counts: the visit's; null for a baseline with no visit booked. */
  readonly to: PlainDate | null;
  /** The date of the latest questionnaire in the span; null while it is due. */
  readonly doneOn: PlainDate | null;
}

function latestIn(input: QuestionnaireDueInput, instrument: Instrument, from: PlainDate | null, to: PlainDate | null): PlainDate | null {
  let latest: PlainDate | null = null;
  for (const q of input.recorded) {
    if (q.instrument !== instrument || (from !== null && q.date < from) || (to !== null && q.date > to)) continue;
    if (latest === null || q.date > latest) latest = q.date;
  }
  return latest;
}

/**
 * The spans of HIT-6 and MIDAS that apply today, done or not: a baseline span per instrument
 * before the first session (once eligible or booked), and a span before the next visit once it is
 * `dueDays` away or nearer. Baseline first, then HIT-6 before MIDAS.
 * @example questionnaireSpans({ today: "2026-03-05", firstSessionDate: "2025-12-01", eligible: true,
 *   visitDates: ["2026-03-10"], recorded: [{ instrument: "MIDAS", date: "2026-03-04" }], dueDays: 7 })
 * // [{ instrument: "HIT-6", reason: "before-visit", visitDate: "2026-03-10", from: "2026-03-03", to: "2026-03-10", doneOn: null },
 * //  { instrument: "MIDAS", reason: "before-visit", visitDate: "2026-03-10", from: "2026-03-03", to: "2026-03-10", doneOn: "2026-03-04" }]
 */
export function questionnaireSpans(input: QuestionnaireDueInput): QuestionnaireSpan[] {
  const { today, firstSessionDate, dueDays } = input;
  const ahead = input.visitDates.filter((date) => date >= today).sort();
  const nextVisit = ahead[0] ?? null;
  const spans: QuestionnaireSpan[] = [];
  const treated = firstSessionDate !== null && firstSessionDate <= today;
  if (!treated && (input.eligible || nextVisit !== null)) {
    const before = firstSessionDate === null ? null : addDaysWithinRange(firstSessionDate, -1);
    for (const instrument of INSTRUMENTS) {
      spans.push({ instrument, reason: "baseline", visitDate: nextVisit, from: null, to: nextVisit, doneOn: latestIn(input, instrument, null, before ?? nextVisit) });
    }
  }
  if (nextVisit !== null && today >= addDaysWithinRange(nextVisit, -dueDays)) {
    const from = addDaysWithinRange(nextVisit, -dueDays);
    for (const instrument of INSTRUMENTS) {
      spans.push({ instrument, reason: "before-visit", visitDate: nextVisit, from, to: nextVisit, doneOn: latestIn(input, instrument, from, nextVisit) });
    }
  }
  return spans;
}

/**
 * The instruments due today (a span of theirs has nothing recorded in it), HIT-6 before MIDAS.
 * @example questionnairesDue({ today: "2026-03-05", firstSessionDate: null, eligible: true, visitDates: [],
 *   recorded: [{ instrument: "HIT-6", date: "2026-03-01" }], dueDays: 7 }) // ["MIDAS"]
 */
export function questionnairesDue(input: QuestionnaireDueInput): Instrument[] {
  const due = new Set(questionnaireSpans(input).filter((span) => span.doneOn === null).map((span) => span.instrument));
  return INSTRUMENTS.filter((instrument) => due.has(instrument));
}
