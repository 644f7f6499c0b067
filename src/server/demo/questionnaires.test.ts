import { describe, expect, it } from "vitest";
import { questionnaireProblems, scoreQuestionnaire } from "#domain/questionnaires/index.ts";
import { addDays, plainDate } from "#domain/shared/plain-date.ts";
import type { DiaryDay } from "#domain/shared/record.ts";
import { generateDemoClinic } from "./generate.ts";
import { demoPair, demoQuestionnaires, hit6AnswersNear } from "./questionnaires.ts";

const TODAY = plainDate("2026-12-08");

describe("the demo clinic's questionnaires", () => {
  const demo = generateDemoClinic({ seed: 20_260_720, today: TODAY, patients: 36 });

  it("are valid and scorable for every demo patient, and the same from the same seed", () => {
    const again = generateDemoClinic({ seed: 20_260_720, today: TODAY, patients: 36 });
    demo.patients.forEach((patient, index) => {
      const list = demoQuestionnaires(patient.diary, patient.care, TODAY);
      for (const q of list) {
        const answers = { instrument: q.instrument, date: q.date, responses: [...q.responses], score: q.score ?? undefined, a: q.a ?? undefined, b: q.b ?? undefined };
        expect(questionnaireProblems(answers), JSON.stringify(q)).toEqual([]);
        expect(() => scoreQuestionnaire(answers)).not.toThrow();
      }
      const other = again.patients[index];
      expect(other && demoQuestionnaires(other.diary, other.care, TODAY)).toEqual(list);
    });
  });

  it("come before each session of a treated patient, and show fewer headache days as lower scores", () => {
    const treated = demo.patients.find((p) => p.care.sessions.length >= 3);
    expect(treated).toBeDefined();
    const list = demoQuestionnaires(treated?.diary ?? [], treated?.care ?? demo.patients[0]!.care, TODAY);
    expect(list).toHaveLength(2 * (treated?.care.sessions.length ?? 0));
    const heavy: DiaryDay[] = Array.from({ length: 90 }, (_, back) => ({ date: addDays(TODAY, -back), headache: true, hours: 8, severity: 3 }));
    const light: DiaryDay[] = heavy.map((day, i) => (i % 5 === 0 ? day : { date: day.date, headache: false }));
    const [hit6Heavy, midasHeavy] = demoPair(heavy, TODAY, true).map((q) => scoreQuestionnaire({ ...q, responses: [...q.responses], score: q.score ?? undefined, a: undefined, b: undefined }).score);
    const [hit6Light, midasLight] = demoPair(light, TODAY, false).map((q) => scoreQuestionnaire({ ...q, responses: [...q.responses], score: q.score ?? undefined, a: undefined, b: undefined }).score);
    expect(hit6Heavy).toBeGreaterThan(hit6Light ?? 0);
    expect(midasHeavy).toBeGreaterThan(midasLight ?? 0);
  });

  it("answer HIT-6 items to reach a total", () => {
    expect(hit6AnswersNear(36)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(scoreQuestionnaire({ instrument: "HIT-6", date: TODAY, responses: hit6AnswersNear(60) }).score).toBeGreaterThanOrEqual(60);
    expect(hit6AnswersNear(90)).toEqual([4, 4, 4, 4, 4, 4]);
  });
});
