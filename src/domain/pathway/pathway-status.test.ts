import { describe, expect, it } from "vitest";
import { assess } from "../assess/assess.ts";
import { consecutiveDays, headacheFreeDay, migraineDay } from "../diary/diary-builders.ts";
import { preemptFixedInjections } from "../injections/preempt-protocol.ts";
import { addDays, plainDate, type PlainDate } from "../shared/plain-date.ts";
import type { DiaryDay, PatientRecord, PolicyId, TreatmentSession } from "../shared/record.ts";
import { DEFAULT_SETTINGS } from "../shared/settings.ts";
import { pathwayStatus, type PathwayInput } from "./pathway-status.ts";

const FIRST = plainDate("2026-03-02");
/** 18 headache days in every 28 (all migraine), from a year before the first session to the end of the year. */
function chronicDiary(from: PlainDate, days: number, headacheDaysPer28 = 18): DiaryDay[] {
  return consecutiveDays(from, days, (date, i) => (i % 28 < headacheDaysPer28 ? migraineDay(date) : headacheFreeDay(date)));
}
const session = (date: PlainDate): TreatmentSession => ({ date, injections: preemptFixedInjections() });

function record(diary: DiaryDay[], treatments: TreatmentSession[] = []): PatientRecord {
  return {
    patient: { id: "p1", birthDate: plainDate("1980-05-05") },
    history: { botulinumHypersensitivity: false, injectionSiteInfection: false, overuseManaged: true },
    preventives: [
      { name: "topiramate", class: "antiepileptic", start: plainDate("2024-01-01"), end: plainDate("2024-06-01"), outcome: "ineffective" },
      { name: "propranolol", class: "beta-blocker", start: plainDate("2024-07-01"), end: plainDate("2024-12-01"), outcome: "ineffective" },
      { name: "amitriptyline", class: "antidepressant", start: plainDate("2025-01-01"), end: plainDate("2025-06-01"), outcome: "not-tolerated" },
    ],
    diary,
    treatments,
    otherToxinDoses: [],
    questionnaires: [],
    sideEffectReports: [],
  };
}

function status(rec: PatientRecord, asOf: PlainDate, extra: Partial<Omit<PathwayInput, "assessment" | "asOf">> = {}, policy: PolicyId = "nice-ta260") {
  const assessment = assess(rec, { asOf, policy, settings: DEFAULT_SETTINGS });
  return pathwayStatus({ asOf, policy, assessment, nextAppointment: null, authorization: null, decision: null, ...extra });
}

const before = addDays(FIRST, -1);
const yearOfDiary = chronicDiary(addDays(FIRST, -120), 120);

describe("the pathway state of a patient (docs/clinical/pathway.md)", () => {
  it("screens a patient without diary, and one whose full diary is not chronic", () => {
    expect(status(record([]), before)).toMatchObject({ state: "screening", nextAction: "review-eligibility", cycle: null });
    expect(status(record(chronicDiary(addDays(FIRST, -120), 120, 6)), before).state).toBe("screening");
  });

  it("asks for more diary while the baseline windows are being filled", () => {
    expect(status(record(chronicDiary(addDays(FIRST, -30), 30)), before)).toMatchObject({ state: "baseline-diary", nextAction: "complete-diary" });
  });

  it("finds an eligible patient and, under NICE, asks to book; under a US policy, to request authorization first", () => {
    expect(status(record(yearOfDiary), before)).toMatchObject({ state: "eligible", nextAction: "book-first-session" });
    expect(status(record(yearOfDiary), before, {}, "us-label")).toMatchObject({ state: "eligible", nextAction: "request-authorization" });
  });

  it("follows the authorization: awaiting while requested (chase after 14 days), booking once approved, appealing when denied", () => {
    const requested = status(record(yearOfDiary), before, { authorization: { status: "requested", date: plainDate("2026-02-10") } }, "us-payer");
    expect(requested).toMatchObject({ state: "awaiting-authorization", nextAction: "chase-authorization", nextActionDate: "2026-02-24" });
    expect(status(record(yearOfDiary), before, { authorization: { status: "approved", date: plainDate("2026-02-20") } }, "us-payer").nextAction).toBe("book-first-session");
    expect(status(record(yearOfDiary), before, { authorization: { status: "denied", date: plainDate("2026-02-20") } }, "us-payer").nextAction).toBe("appeal-authorization");
  });

  it("is scheduled once the first visit is booked", () => {
    expect(status(record(yearOfDiary), before, { nextAppointment: { date: FIRST } })).toMatchObject({ state: "scheduled", nextAction: "give-first-session", nextActionDate: FIRST });
  });

  it("is in treatment, cycle 1, after the first session, with the next session due at 84 days", () => {
    const asOf = addDays(FIRST, 30);
    expect(status(record(chronicDiary(addDays(FIRST, -120), 150), [session(FIRST)]), asOf)).toMatchObject({
      state: "in-treatment",
      cycle: 1,
      nextAction: "book-next-session",
      nextActionDate: addDays(FIRST, 84),
      overdue: false,
      lastSessionDate: FIRST,
    });
  });

  it("is overdue past the late date with nothing booked, and not once a visit is booked", () => {
    const asOf = addDays(FIRST, 92);
    const rec = record(chronicDiary(addDays(FIRST, -120), 212), [session(FIRST)]);
    expect(status(rec, asOf)).toMatchObject({ overdue: true, nextAction: "book-overdue-session", nextActionDate: addDays(FIRST, 91) });
    expect(status(rec, asOf, { nextAppointment: { date: addDays(asOf, 3) } })).toMatchObject({ overdue: false, nextAction: "give-session", nextActionDate: addDays(asOf, 3) });
  });

  it("is due for evaluation once the evaluation point of two cycles is reached, until a decision is recorded", () => {
    const second = addDays(FIRST, 84);
    const rec = record(chronicDiary(addDays(FIRST, -120), 120 + 200, 6), [session(FIRST), session(second)]);
    const asOf = addDays(second, 84);
    const due = status(rec, asOf);
    expect(due.state).toBe("evaluation-due");
    expect(due.nextAction).toBe("review-response");
    expect(due.cycle).toBe(2);
    expect(status(rec, asOf, { decision: { decision: "continue", date: asOf } })).toMatchObject({ state: "continuing", nextAction: "book-next-session", nextActionDate: addDays(second, 84) });
    expect(status(rec, asOf, { decision: { decision: "stop", date: asOf } })).toMatchObject({ state: "stopped", nextAction: "none", nextDue: null });
    expect(status(rec, asOf, { decision: { decision: "pause", date: asOf, reassessOn: plainDate("2026-12-01") } })).toMatchObject({ state: "paused", nextAction: "reassess-after-pause", nextActionDate: "2026-12-01", nextDue: null });
  });

  it("stops a patient switched to another treatment, saying so: nothing due, the worklist shows why", () => {
    const second = addDays(FIRST, 84);
    const rec = record(chronicDiary(addDays(FIRST, -120), 120 + 200, 6), [session(FIRST), session(second)]);
    const asOf = addDays(second, 84);
    expect(status(rec, asOf, { decision: { decision: "switch", date: asOf } })).toMatchObject({ state: "stopped", stoppedBy: "switch", nextAction: "none", nextActionDate: null, nextDue: null, overdue: false });
    expect(status(rec, asOf, { decision: { decision: "stop", date: asOf } }).stoppedBy).toBe("stop");
    for (const decision of ["continue", "pause"] as const) expect(status(rec, asOf, { decision: { decision, date: asOf, reassessOn: asOf } }).stoppedBy, decision).toBeNull();
    expect(status(rec, asOf).stoppedBy).toBeNull();
  });

  it("lets a session given after a switch take the patient back into treatment", () => {
    const second = addDays(FIRST, 84);
    const rec = record(chronicDiary(addDays(FIRST, -120), 120 + 200, 6), [session(FIRST), session(second)]);
    expect(status(rec, addDays(second, 5), { decision: { decision: "switch", date: addDays(second, -3) } })).toMatchObject({ state: "in-treatment", stoppedBy: null });
  });

  it("ignores a decision older than the last session: treatment went on", () => {
    const rec = record(chronicDiary(addDays(FIRST, -120), 150), [session(FIRST)]);
    expect(status(rec, addDays(FIRST, 20), { decision: { decision: "stop", date: addDays(FIRST, -5) } }).state).toBe("in-treatment");
  });
});
