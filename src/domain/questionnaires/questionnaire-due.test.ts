import { describe, expect, it } from "vitest";
import { plainDate, type PlainDate } from "../shared/plain-date.ts";
import type { Instrument } from "../shared/record.ts";
import { questionnairesDue, questionnaireSpans, type QuestionnaireDueInput } from "./questionnaire-due.ts";

const d = plainDate;
const TODAY = d("2026-03-05");
const base: QuestionnaireDueInput = { today: TODAY, firstSessionDate: null, eligible: false, visitDates: [], recorded: [], dueDays: 7 };
const q = (instrument: Instrument, date: string) => ({ instrument, date: d(date) });
const spans = (input: Partial<QuestionnaireDueInput>) => questionnaireSpans({ ...base, ...input }).map((s) => `${s.instrument} ${s.reason} ${s.from ?? "…"}..${s.to ?? "…"} ${s.doneOn ?? "due"}`);

describe("questionnaires at baseline", () => {
  it("are not asked of a patient still in screening: not eligible, nothing booked", () => {
    expect(questionnaireSpans(base)).toEqual([]);
  });

  it("are due once the patient is eligible, before any visit is booked", () => {
    expect(spans({ eligible: true })).toEqual(["HIT-6 baseline …..… due", "MIDAS baseline …..… due"]);
  });

  it("are due once a first visit is booked, even before eligibility is settled", () => {
    expect(spans({ visitDates: [d("2026-04-20")] })).toEqual(["HIT-6 baseline …..2026-04-20 due", "MIDAS baseline …..2026-04-20 due"]);
  });

  it("are done by any questionnaire of that instrument before the first session (§8 takes the last on or before it)", () => {
    expect(questionnairesDue({ ...base, eligible: true, recorded: [q("HIT-6", "2025-11-02")] })).toEqual(["MIDAS"]);
  });

  it("stop applying once the first session is given", () => {
    expect(questionnaireSpans({ ...base, eligible: true, firstSessionDate: d("2026-03-01") })).toEqual([]);
  });
});

describe("questionnaires before a visit", () => {
  it("are not due while the next visit is more than the due days away", () => {
    expect(questionnaireSpans({ ...base, firstSessionDate: d("2025-12-10"), visitDates: [d("2026-03-13")] })).toEqual([]);
  });

  it("are due from 7 days before the visit to the visit's day", () => {
    expect(spans({ firstSessionDate: d("2025-12-10"), visitDates: [d("2026-03-12")] })).toEqual([
      "HIT-6 before-visit 2026-03-05..2026-03-12 due",
      "MIDAS before-visit 2026-03-05..2026-03-12 due",
    ]);
    expect(spans({ firstSessionDate: d("2025-12-10"), visitDates: [d("2026-03-05")] })).toEqual([
      "HIT-6 before-visit 2026-02-26..2026-03-05 due",
      "MIDAS before-visit 2026-02-26..2026-03-05 due",
    ]);
  });

  it("follow the clinic's setting for how many days before", () => {
    expect(questionnairesDue({ ...base, firstSessionDate: d("2025-12-10"), visitDates: [d("2026-03-15")], dueDays: 10 })).toEqual(["HIT-6", "MIDAS"]);
    expect(questionnairesDue({ ...base, firstSessionDate: d("2025-12-10"), visitDates: [d("2026-03-06")], dueDays: 0 })).toEqual([]);
    expect(questionnairesDue({ ...base, firstSessionDate: d("2025-12-10"), visitDates: [d("2026-03-05")], dueDays: 0 })).toEqual(["HIT-6", "MIDAS"]);
  });

  it("are done by one recorded in the span, not by one before it", () => {
    const input = { ...base, firstSessionDate: d("2025-12-10"), visitDates: [d("2026-03-10")] };
    expect(questionnairesDue({ ...input, recorded: [q("HIT-6", "2026-03-02"), q("MIDAS", "2026-03-03")] })).toEqual(["HIT-6"]);
    expect(spans({ ...input, recorded: [q("MIDAS", "2026-03-03"), q("MIDAS", "2026-03-04")] })).toContain("MIDAS before-visit 2026-03-03..2026-03-10 2026-03-04");
  });

  it("look at the next visit only: a later one and a past one do not count", () => {
    const input = { ...base, firstSessionDate: d("2025-12-10"), visitDates: [d("2026-06-01"), d("2026-03-08"), d("2026-03-01")] };
    expect(questionnaireSpans(input).map((s) => s.visitDate)).toEqual([d("2026-03-08"), d("2026-03-08")]);
  });

  it("apply to the first visit as well as the baseline, so the baseline score is recent", () => {
    expect(spans({ eligible: true, visitDates: [d("2026-03-09")], recorded: [q("HIT-6", "2026-01-10"), q("MIDAS", "2026-01-10")] })).toEqual([
      "HIT-6 baseline …..2026-03-09 2026-01-10",
      "MIDAS baseline …..2026-03-09 2026-01-10",
      "HIT-6 before-visit 2026-03-02..2026-03-09 due",
      "MIDAS before-visit 2026-03-02..2026-03-09 due",
    ]);
    // One filled in today does for both.
    const today: PlainDate = TODAY;
    expect(questionnairesDue({ ...base, eligible: true, visitDates: [d("2026-03-09")], recorded: [q("HIT-6", today), q("MIDAS", today)] })).toEqual([]);
  });
});
