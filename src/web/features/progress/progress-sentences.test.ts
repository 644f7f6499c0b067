import { describe, expect, it } from "vitest";
import type { MyProgress } from "#contracts/api/progress.ts";
import { countdown, headacheFollowUp, headacheSentence, headacheTrend, medicineSentence, visitLine, whatToExpect } from "./progress-sentences.ts";

const window = (headacheDays: number, daysRecorded = 28, complete = daysRecorded >= 20) => ({
  start: "2026-11-06",
  end: "2026-12-03",
  daysRecorded,
  complete,
  anyHeadacheDays: headacheDays,
  headacheDays,
  migraineDays: 0,
  acuteMedicationDays: 0,
});
const treated = { sessionsSoFar: 2, firstSession: "2026-07-06", lastSession: "2026-10-04", sessionDates: ["2026-07-06", "2026-10-04"] };
const untreated = { sessionsSoFar: 0, firstSession: null, lastSession: null, sessionDates: [] };
const progress = (last28: MyProgress["last28"], baseline: MyProgress["baseline"], treatment: MyProgress["treatment"] = treated) => ({ last28, baseline, treatment });

describe("the headache sentence of My progress", () => {
  it("says fewer headache days than before treatment, down from the baseline, in words only", () => {
    const p = progress(window(12), window(20));
    expect(headacheTrend(p)).toBe("better");
    expect(headacheSentence(p)).toBe("12 headache days in the last 4 weeks, down from 20 before treatment.");
    expect(headacheFollowUp(p)).toBe("That is 8 fewer headache days than before treatment.");
    expect(headacheSentence(p) + headacheFollowUp(p)).not.toContain("%");
  });

  it("says the same number as before treatment, calmly", () => {
    const p = progress(window(20), window(20));
    expect(headacheTrend(p)).toBe("same");
    expect(headacheSentence(p)).toBe("20 headache days in the last 4 weeks, the same as before treatment (20).");
    expect(headacheFollowUp(p)).toContain("after two rounds of injections");
  });

  it("says more headache days than before treatment without alarm, pointing to the clinic", () => {
    const p = progress(window(22), window(20));
    expect(headacheTrend(p)).toBe("worse");
    expect(headacheSentence(p)).toBe("22 headache days in the last 4 weeks, up from 20 before treatment.");
    expect(headacheFollowUp(p)).toBe("Your clinic will look at this with you at your next visit. If you are worried before then, you can contact them.");
  });

  it("compares nothing before the first treatment", () => {
    const p = progress(window(14), null, untreated);
    expect(headacheTrend(p)).toBe("no-treatment");
    expect(headacheSentence(p)).toBe("14 headache days in the last 4 weeks.");
    expect(headacheFollowUp(p)).toMatch(/^Once your treatment starts/);
  });

  it("compares nothing without a baseline (too few days recorded before the first treatment)", () => {
    const p = progress(window(9), null);
    expect(headacheTrend(p)).toBe("no-baseline");
    expect(headacheSentence(p)).toBe("9 headache days in the last 4 weeks.");
    expect(headacheFollowUp(p)).toMatch(/^There were not enough diary days/);
  });

  it("counts only the recorded days when the last 4 weeks are incomplete, and does not compare them", () => {
    const p = progress(window(5, 12), window(20));
    expect(headacheTrend(p)).toBe("few-days");
    expect(headacheSentence(p)).toBe("5 headache days in the 12 days you recorded in the last 4 weeks.");
    expect(headacheFollowUp(p)).toBe("Before treatment you had 20 headache days in 4 weeks. Recording every day lets your clinic compare the two.");
  });

  it("says when nothing was recorded, and a single day as a day", () => {
    expect(headacheSentence(progress(window(0, 0), null, untreated))).toBe("No diary days recorded in the last 4 weeks yet.");
    expect(headacheSentence(progress(window(1), window(2)))).toBe("1 headache day in the last 4 weeks, down from 2 before treatment.");
  });
});

describe("medicine days against their limits", () => {
  it("says a judged class's days and its limit", () => {
    expect(medicineSentence({ medicationClass: "triptan", days: 6, limitDays: 10, judged: "triptan", reachesLimit: false })).toBe("Triptans on 6 days; keep under 10.");
    expect(medicineSentence({ medicationClass: "simple-analgesic", days: 1, limitDays: 15, judged: "simple-analgesic", reachesLimit: false })).toBe("Painkillers on 1 day; keep under 15.");
  });

  it("says a reached limit calmly, with what happens next", () => {
    expect(medicineSentence({ medicationClass: "triptan", days: 11, limitDays: 10, judged: "triptan", reachesLimit: true })).toBe(
      "Triptans on 11 days; the advice is to keep under 10. Your clinic will talk with you about this.",
    );
  });

  it("says a class without a limit without one", () => {
    expect(medicineSentence({ medicationClass: "gepant", days: 3, limitDays: null, judged: null, reachesLimit: false })).toBe("Gepants on 3 days.");
  });
});

describe("the next visit", () => {
  it("counts down in words", () => {
    expect([countdown(0), countdown(1), countdown(12)]).toEqual(["Today", "Tomorrow", "In 12 days"]);
  });

  it("says when, with whom and where, and what to expect", () => {
    expect(visitLine({ startsAt: "2026-12-15T10:30:00Z", localDate: "2026-12-15", localTime: "10:30", minutes: 30, clinicName: "Demo Headache Clinic", injectorName: "Ivy Injector", daysUntil: 12 })).toBe(
      "Tuesday 15 December at 10:30 with Ivy Injector, Demo Headache Clinic.",
    );
    expect(whatToExpect(0, 30)[0]).toBe("Your first treatment. The visit takes about 30 minutes.");
    expect(whatToExpect(2, 45)[0]).toBe("Treatment number 3. The visit takes about 45 minutes.");
  });
});
