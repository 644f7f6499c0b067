/**
 * Progress on both databases: the clinician's chart (windows over the whole treatment, the
 * baseline, sessions, evaluation points, the timeline), the diary calendar, and the patient's own
 * progress; a patient reaches only their own, another clinic's staff nothing.
 */
import { describe, expect, it } from "vitest";
import { preemptFixedInjections } from "#domain/injections/preempt-protocol.ts";
import { addDays, plainDate } from "#domain/shared/plain-date.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, signedIn } from "../../http/assessment-test-support.ts";
import { testClock } from "../../shared/test-support.ts";

const TODAY = plainDate("2026-12-03");
/** The first session: the baseline is the 28 days before it. */
const FIRST = addDays(TODAY, -150);
const SECOND = addDays(TODAY, -60);

/** 20 headache days in every 28 before the first session, 10 after; a triptan on 6 of each 28. */
function dayAt(back: number) {
  const date = addDays(TODAY, -back);
  const headache = back > 150 ? back % 28 < 20 : back % 28 < 10;
  if (!headache) return { date, headache: false };
  return {
    date,
    headache: true,
    hours: 6,
    severity: 2,
    features: { unilateral: true, pulsating: true, nausea: true },
    ...(back % 28 < 6 ? { medications: [{ name: "Sumatriptan", class: "triptan", relief: true }] } : {}),
  };
}

/** 200 days of diary (none in days 30-39: an incomplete stretch), two sessions, two HIT-6s and two side-effect reports. */
function treatedRecord() {
  return {
    patient: { id: "x" },
    history: { botulinumHypersensitivity: false, injectionSiteInfection: false },
    diary: Array.from({ length: 200 }, (_, back) => back)
      .filter((back) => back < 30 || back > 39)
      .map(dayAt),
    treatments: [FIRST, SECOND].map((date) => ({ date, injections: preemptFixedInjections() })),
    questionnaires: [
      { instrument: "HIT-6", date: addDays(FIRST, -1), responses: [4, 3, 3, 2, 4, 3] },
      { instrument: "HIT-6", date: addDays(TODAY, -10), responses: [3, 3, 3, 2, 3, 2] },
    ],
    sideEffectReports: [
      { date: addDays(SECOND, 1), symptoms: ["neck-pain"] },
      { date: addDays(SECOND, 2), symptoms: ["eyelid-droop"] },
    ],
  };
}

describe.each(testDatabaseKinds())("progress on %s", (kind) => {
  const clock = testClock("2026-12-03T10:00:00.000Z");
  const env = httpWorld(kind, clock);
  const base = () => `/api/clinics/${env.world.a.clinicId}/patients/${env.world.ann.patientId}`;

  it("gives the clinician the windows over the whole treatment, the baseline, sessions, evaluation point and timeline", async () => {
    expect((await env.clinician.post(`${base()}/record`, treatedRecord())).statusCode).toBe(200);
    expect((await env.clinician.post(`${base()}/treatment-decisions`, { decision: "continue", date: TODAY, reason: "Fewer headache days" })).statusCode).toBe(200);

    const answer = await env.clinician.get(`${base()}/progress`);
    expect(answer.statusCode).toBe(200);
    const progress = answer.json();
    expect(progress).toMatchObject({ patientId: env.world.ann.patientId, today: TODAY, policy: "us-label", counting: { minRecordedDays: 20, headacheDayMinHours: 4 } });
    // 200 days back: W1 ... W8 (the eighth holds the earliest day, 199 days back).
    expect(progress.windows).toHaveLength(8);
    expect(progress.windows[0]).toMatchObject({ start: addDays(TODAY, -27), end: TODAY, daysRecorded: 28, complete: true, headacheDays: 10, migraineDays: 10, acuteMedicationDays: 6 });
    expect(progress.windows[1]).toMatchObject({ daysRecorded: 18, complete: false });
    expect(progress.baseline).toMatchObject({ start: addDays(FIRST, -28), end: addDays(FIRST, -1), daysRecorded: 28, complete: true, headacheDays: 20 });
    expect(progress.sessions.map((s: { date: string; units: number }) => [s.date, s.units])).toEqual([[FIRST, 155], [SECOND, 155]]);
    expect(progress.evaluationPoints).toEqual([{ kind: "two-cycles", date: addDays(FIRST, 167), reached: false }]);
    expect(progress.response).toMatchObject({ status: "too-early", baselineHeadacheDays: 20, percentReduction: null });

    const kinds = progress.timeline.map((item: { kind: string; date: string }) => `${item.date} ${item.kind}`);
    expect(kinds).toEqual([
      `${TODAY} decision`,
      `${addDays(TODAY, -10)} questionnaire`,
      `${addDays(SECOND, 2)} side-effect`,
      `${addDays(SECOND, 1)} side-effect`,
      `${SECOND} session`,
      `${FIRST} session`,
      `${addDays(FIRST, -1)} questionnaire`,
    ]);
    expect(progress.timeline[0]).toMatchObject({ decision: "continue", reason: "Fewer headache days", reassessOn: null });
    expect(progress.timeline[1]).toMatchObject({ instrument: "HIT-6", score: 64, grade: "severe", change: -5 });
    expect(progress.timeline[2]).toMatchObject({ symptoms: ["eyelid-droop"], level: "amber" });
    expect(progress.timeline[3]).toMatchObject({ level: "green" });
    expect(progress.timeline[4]).toMatchObject({ number: 2, units: 155 });
  });

  it("gives the diary as a calendar: recorded days classified, gaps absent, sessions and month counts", async () => {
    const answer = await env.clinician.get(`${base()}/diary-calendar?from=${addDays(SECOND, -3)}&to=${addDays(SECOND, 3)}`);
    expect(answer.statusCode).toBe(200);
    const calendar = answer.json();
    expect(calendar.days).toHaveLength(7);
    expect(calendar.sessionDates).toEqual([SECOND]);
    const recorded = calendar.days.find((day: { headache: boolean }) => day.headache);
    expect(recorded).toMatchObject({ severity: 2, hours: 6, migraine: true, headacheDay: true, enteredBy: "staff", late: true });
    expect(calendar.months.reduce((sum: number, m: { daysRecorded: number }) => sum + m.daysRecorded, 0)).toBe(7);

    const gap = (await env.clinician.get(`${base()}/diary-calendar?from=${addDays(TODAY, -39)}&to=${addDays(TODAY, -30)}`)).json();
    expect(gap.days).toEqual([]);
    expect(gap.months.every((m: { daysRecorded: number }) => m.daysRecorded === 0)).toBe(true);

    const byDefault = (await env.clinician.get(`${base()}/diary-calendar`)).json();
    expect(byDefault).toMatchObject({ from: "2026-10-01", to: TODAY });
    expect(byDefault.months.map((m: { month: string }) => m.month)).toEqual(["2026-10", "2026-11", "2026-12"]);
  });

  it("refuses a calendar range the wrong way round or too long, naming the field", async () => {
    const backwards = await env.clinician.get(`${base()}/diary-calendar?from=2026-07-20&to=2026-07-01`);
    expect(backwards.statusCode).toBe(400);
    expect(JSON.stringify(backwards.json().error.details)).toContain("to");
    const tooLong = await env.clinician.get(`${base()}/diary-calendar?from=2026-01-01&to=2026-12-01`);
    expect(tooLong.statusCode).toBe(400);
    expect(JSON.stringify(tooLong.json().error.details)).toContain("200 days");
  });

  it("gives the patient their own progress: the last 28 days against the baseline, medicine days against the limits", async () => {
    const ann = await signedIn(env.http, env.world.ann);
    const answer = await ann.get("/api/me/progress");
    expect(answer.statusCode).toBe(200);
    const mine = answer.json();
    expect(mine).toMatchObject({
      patientId: env.world.ann.patientId,
      today: TODAY,
      last28: { headacheDays: 10, complete: true },
      baseline: { headacheDays: 20, complete: true },
      treatment: { sessionsSoFar: 2, firstSession: FIRST, lastSession: SECOND, sessionDates: [FIRST, SECOND] },
      nextVisit: null,
    });
    expect(mine.earlier).toHaveLength(6);
    expect(mine.medicines).toEqual([{ medicationClass: "triptan", days: 6, limitDays: 10, judged: "triptan", reachesLimit: false }]);
  });

  it("says there is no baseline and no treatment for a patient without sessions", async () => {
    const bea = await signedIn(env.http, env.world.bea);
    const mine = (await bea.get("/api/me/progress")).json();
    expect(mine).toMatchObject({ patientId: env.world.bea.patientId, baseline: null, treatment: { sessionsSoFar: 0, firstSession: null }, medicines: [], last28: { daysRecorded: 0, complete: false } });
  });

  it("keeps each clinic's and each patient's progress to themselves", async () => {
    const otherClinic = await signedIn(env.http, env.world.b.staff);
    expect((await otherClinic.get(`${base()}/progress`)).statusCode).toBe(404);
    expect((await otherClinic.get(`${base()}/diary-calendar`)).statusCode).toBe(404);
    const ann = await signedIn(env.http, env.world.ann);
    expect((await ann.get(`${base()}/progress`)).statusCode).toBe(403);
    expect((await env.clinician.get("/api/me/progress")).statusCode).toBe(403);
  });
});
