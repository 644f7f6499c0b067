import { describe, expect, it } from "vitest";
import type { MyProgress } from "#contracts/api/progress.ts";
import { fixedT } from "#web/i18n/fixed-t.ts";
import { chartSummary, countdown, headacheFollowUp, headacheSentence, headacheTrend, medicineSentence, visitLine, whatToExpect } from "./progress-sentences.ts";

const t = fixedT("en", "progress");
const es = fixedT("es", "progress");

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
    expect(headacheSentence(p, t)).toBe("12 headache days in the last 4 weeks, down from 20 before treatment.");
    expect(headacheFollowUp(p, t)).toBe("That is 8 fewer headache days than before treatment.");
    expect(headacheSentence(p, t) + headacheFollowUp(p, t)).not.toContain("%");
  });

  it("says the same number as before treatment, calmly", () => {
    const p = progress(window(20), window(20));
    expect(headacheTrend(p)).toBe("same");
    expect(headacheSentence(p, t)).toBe("20 headache days in the last 4 weeks, the same as before treatment (20).");
    expect(headacheFollowUp(p, t)).toContain("after two rounds of injections");
  });

  it("says more headache days than before treatment without alarm, pointing to the clinic", () => {
    const p = progress(window(22), window(20));
    expect(headacheTrend(p)).toBe("worse");
    expect(headacheSentence(p, t)).toBe("22 headache days in the last 4 weeks, up from 20 before treatment.");
    expect(headacheFollowUp(p, t)).toBe("Your clinic will look at this with you at your next visit. If you are worried before then, you can contact them.");
  });

  it("compares nothing before the first treatment", () => {
    const p = progress(window(14), null, untreated);
    expect(headacheTrend(p)).toBe("no-treatment");
    expect(headacheSentence(p, t)).toBe("14 headache days in the last 4 weeks.");
    expect(headacheFollowUp(p, t)).toMatch(/^Once your treatment starts/);
  });

  it("compares nothing without a baseline (too few days recorded before the first treatment)", () => {
    const p = progress(window(9), null);
    expect(headacheTrend(p)).toBe("no-baseline");
    expect(headacheSentence(p, t)).toBe("9 headache days in the last 4 weeks.");
    expect(headacheFollowUp(p, t)).toMatch(/^There were not enough diary days/);
  });

  it("counts only the recorded days when the last 4 weeks are incomplete, and does not compare them", () => {
    const p = progress(window(5, 12), window(20));
    expect(headacheTrend(p)).toBe("few-days");
    expect(headacheSentence(p, t)).toBe("5 headache days in the 12 days you recorded in the last 4 weeks.");
    expect(headacheFollowUp(p, t)).toBe("Before treatment you had 20 headache days in 4 weeks. Recording every day lets your clinic compare the two.");
  });

  it("says when nothing was recorded, and a single day as a day", () => {
    expect(headacheSentence(progress(window(0, 0), null, untreated), t)).toBe("No diary days recorded in the last 4 weeks yet.");
    expect(headacheSentence(progress(window(1), window(2)), t)).toBe("1 headache day in the last 4 weeks, down from 2 before treatment.");
  });
});

describe("medicine days against their limits", () => {
  it("says a judged class's days and its limit", () => {
    expect(medicineSentence({ medicationClass: "triptan", days: 6, limitDays: 10, judged: "triptan", reachesLimit: false }, t)).toBe("Triptans on 6 days; keep under 10.");
    expect(medicineSentence({ medicationClass: "simple-analgesic", days: 1, limitDays: 15, judged: "simple-analgesic", reachesLimit: false }, t)).toBe("Painkillers on 1 day; keep under 15.");
  });

  it("says a reached limit calmly, with what happens next", () => {
    expect(medicineSentence({ medicationClass: "triptan", days: 11, limitDays: 10, judged: "triptan", reachesLimit: true }, t)).toBe(
      "Triptans on 11 days; the advice is to keep under 10. Your clinic will talk with you about this.",
    );
  });

  it("says a class without a limit without one", () => {
    expect(medicineSentence({ medicationClass: "gepant", days: 3, limitDays: null, judged: null, reachesLimit: false }, t)).toBe("Gepants on 3 days.");
  });
});

describe("the next visit", () => {
  it("counts down in words", () => {
    expect([countdown(0, t), countdown(1, t), countdown(12, t)]).toEqual(["Today", "Tomorrow", "In 12 days"]);
  });

  it("says when, with whom and where, and what to expect", () => {
    expect(visitLine({ startsAt: "2026-12-15T10:30:00Z", localDate: "2026-12-15", localTime: "10:30", minutes: 30, clinicName: "Demo Headache Clinic", injectorName: "Ivy Injector", daysUntil: 12 }, t, "en")).toBe(
      "Tuesday 15 December at 10:30 with Ivy Injector, Demo Headache Clinic.",
    );
    expect(whatToExpect(0, 30, t)[0]).toBe("Your first treatment. The visit takes about 30 minutes.");
    expect(whatToExpect(2, 45, t)[0]).toBe("Treatment number 3. The visit takes about 45 minutes.");
  });
});

describe("My progress in Spanish", () => {
  it("says the headline and its follow-up naturally, with plurals", () => {
    const p = progress(window(12), window(20));
    expect(headacheSentence(p, es)).toBe("12 días de dolor de cabeza en las últimas 4 semanas, menos que antes del tratamiento (20).");
    expect(headacheFollowUp(p, es)).toBe("Son 8 días de dolor de cabeza menos que antes del tratamiento.");
    expect(headacheFollowUp(progress(window(19), window(20)), es)).toBe("Es 1 día de dolor de cabeza menos que antes del tratamiento.");
    expect(headacheSentence(progress(window(1, 1, false), window(20)), es)).toBe("1 día de dolor de cabeza en las últimas 4 semanas (1 día anotado).");
    expect(headacheSentence(progress(window(5, 12), window(20)), es)).toBe("5 días de dolor de cabeza en las últimas 4 semanas (12 días anotados).");
  });

  it("says medicines, the visit and what to expect in Spanish", () => {
    expect(medicineSentence({ medicationClass: "simple-analgesic", days: 1, limitDays: 15, judged: "simple-analgesic", reachesLimit: false }, es)).toBe("Analgésicos: 1 día; conviene que sean menos de 15.");
    expect(medicineSentence({ medicationClass: "triptan", days: 11, limitDays: 10, judged: "triptan", reachesLimit: true }, es)).toBe("Triptanes: 11 días; lo aconsejable es que sean menos de 10. Su clínica lo hablará con usted.");
    expect([countdown(0, es), countdown(1, es), countdown(12, es)]).toEqual(["Hoy", "Mañana", "Dentro de 12 días"]);
    expect(visitLine({ startsAt: "2026-12-15T10:30:00Z", localDate: "2026-12-15", localTime: "10:30", minutes: 30, clinicName: "Demo Headache Clinic", injectorName: "", daysUntil: 12 }, es, "es")).toBe("martes, 15 de diciembre a las 10:30, Demo Headache Clinic.");
    expect(whatToExpect(2, 45, es)[0]).toBe("Tratamiento número 3. La visita dura unos 45 minutos.");
  });

  it("sums the chart up in one sentence in either language", () => {
    const p = { last28: window(12), earlier: [window(15), window(18)], baseline: window(20) };
    expect(chartSummary(p, t)).toBe("Headache days in 3 4-week periods; last 4 weeks 12. Before treatment 20. The numbers are listed under the chart.");
    expect(chartSummary({ ...p, earlier: [], baseline: null }, es)).toBe("Días de dolor de cabeza en 1 periodo de 4 semanas; últimas 4 semanas: 12. Los números aparecen debajo del gráfico.");
  });
});
