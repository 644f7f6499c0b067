import { describe, expect, it, vi } from "vitest";
import { diaryAnswersSchema } from "#contracts/diary-answers.ts";
import { addDays, ageOn, plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import type { DiaryDay } from "#domain/shared/record.ts";
import { generateDemoClinic, type DemoClinic } from "./generate.ts";

const TODAY = plainDate("2026-07-20");
const SEEDS = [1, 2, 42, 2026, 987654321];

function clinic(seed: number, today: PlainDate = TODAY, patients = 36): DemoClinic {
  return generateDemoClinic({ seed, today, patients });
}

/** Headache days (any duration) recorded in `[end-27, end]`: pathway-rules §2 `anyHeadacheDays` over W1. */
function headacheDaysInLast28(diary: readonly DiaryDay[], end: PlainDate): number {
  const start = addDays(end, -27);
  return diary.filter((day) => day.date >= start && day.date <= end && day.headache).length;
}

function recordedDaysInLast28(diary: readonly DiaryDay[], end: PlainDate): number {
  const start = addDays(end, -27);
  return diary.filter((day) => day.date >= start && day.date <= end).length;
}

describe("generateDemoClinic", () => {
  it("gives the same clinic for the same seed", () => {
    expect(clinic(7)).toEqual(clinic(7));
  });

  it("gives a different clinic for a different seed", () => {
    const a = clinic(7);
    const b = clinic(8);
    expect(b.patients.map((p) => p.name)).not.toEqual(a.patients.map((p) => p.name));
    expect(b.patients.map((p) => p.diary)).not.toEqual(a.patients.map((p) => p.diary));
  });

  it("uses neither Math.random nor the clock: the same seed gives the same clinic at another time", () => {
    const random = vi.spyOn(Math, "random").mockImplementation(() => {
      throw new Error("Math.random used");
    });
    try {
      vi.useFakeTimers({ now: new Date("2020-01-01T00:00:00Z") });
      const first = clinic(3);
      vi.setSystemTime(new Date("2031-06-15T12:00:00Z"));
      expect(clinic(3)).toEqual(first);
    } finally {
      vi.useRealTimers();
      random.mockRestore();
    }
  });

  it.each([0, 1, 12, 36, 50])("generates %i patients with distinct names", (count) => {
    const { patients } = clinic(5, TODAY, count);
    expect(patients).toHaveLength(count);
    expect(new Set(patients.map((p) => p.name)).size).toBe(count);
  });

  it("has one admin and two clinicians with emails on demo.cephalog.test, none of them a patient", () => {
    const { staff, patients, clinicName } = clinic(11);
    expect(staff.map((s) => s.roles.join("+")).sort()).toEqual(["admin", "clinician", "clinician+injector", "coordinator", "injector"]);
    for (const member of staff) expect(member.email).toMatch(/^[a-z0-9.]+@demo\.cephalog\.test$/);
    expect(new Set(staff.map((s) => s.email)).size).toBe(5);
    const patientNames = new Set(patients.map((p) => p.name));
    for (const member of staff) expect(patientNames.has(member.name)).toBe(false);
    expect(clinicName).toMatch(/Demo/);
  });

  it.each(SEEDS)("records every diary day valid under diaryAnswersSchema, with hours 0.5-24 and severity 1-3 on headache days (seed %i)", (seed) => {
    for (const patient of clinic(seed).patients) {
      for (const { date: _date, ...answers } of patient.diary) {
        expect(diaryAnswersSchema.safeParse(answers).success).toBe(true);
        if (answers.headache) {
          expect(answers.hours).toBeGreaterThanOrEqual(0.5);
          expect(answers.hours).toBeLessThanOrEqual(24);
          expect([1, 2, 3]).toContain(answers.severity);
        }
      }
    }
  });

  it.each(SEEDS)("keeps one record per date, oldest first, within [today-364, today] (seed %i)", (seed) => {
    const earliest = addDays(TODAY, -364);
    for (const patient of clinic(seed).patients) {
      const dates = patient.diary.map((day) => day.date);
      expect(new Set(dates).size).toBe(dates.length);
      expect([...dates].sort()).toEqual(dates);
      for (const date of dates) {
        expect(date >= earliest && date <= TODAY).toBe(true);
      }
    }
  });

  it.each(SEEDS)("mixes patients with >= 15 and < 15 headache days in the last 28 days (seed %i)", (seed) => {
    const counts = clinic(seed).patients.map((p) => headacheDaysInLast28(p.diary, TODAY));
    expect(counts.some((count) => count >= 15)).toBe(true);
    expect(counts.some((count) => count < 15)).toBe(true);
  });

  it.each(SEEDS)("includes diaries with gaps: some last-28-day window has fewer than 20 recorded days (seed %i)", (seed) => {
    const recorded = clinic(seed).patients.map((p) => recordedDaysInLast28(p.diary, TODAY));
    expect(recorded.some((count) => count < 20)).toBe(true);
    expect(recorded.some((count) => count >= 20)).toBe(true);
  });

  it.each(SEEDS)("includes a patient improving over the last months: headache days per 28 recorded days fell by at least 6 since a year ago (seed %i)", (seed) => {
    const yearAgoEnd = addDays(TODAY, -300);
    const ratePer28 = (diary: readonly DiaryDay[], end: PlainDate) =>
      (headacheDaysInLast28(diary, end) / recordedDaysInLast28(diary, end)) * 28;
    const improved = clinic(seed).patients.filter(
      (p) =>
        recordedDaysInLast28(p.diary, yearAgoEnd) >= 20 &&
        recordedDaysInLast28(p.diary, TODAY) >= 20 &&
        ratePer28(p.diary, yearAgoEnd) - ratePer28(p.diary, TODAY) >= 6,
    );
    expect(improved.length).toBeGreaterThan(0);
  });

  it.each(SEEDS)("includes a couple of adolescents aged 16-17 and otherwise adults (seed %i)", (seed) => {
    const ages = clinic(seed).patients.map((p) => ageOn(p.birthDate, TODAY));
    expect(ages.filter((age) => age === 16 || age === 17)).toHaveLength(2);
    expect(ages.every((age) => age >= 16 && age <= 90)).toBe(true);
    expect(ages.filter((age) => age >= 18).length).toBe(34);
  });

  it("spreads patients over London, New York, Los Angeles and Sydney", () => {
    const zones = new Set(clinic(13).patients.map((p) => p.timeZone));
    expect(zones).toEqual(new Set(["Europe/London", "America/New_York", "America/Los_Angeles", "Australia/Sydney"]));
  });

  it("includes medication overuse: some patient took a triptan on >= 10 or a simple analgesic on >= 15 of the last 28 days", () => {
    const start = addDays(TODAY, -27);
    const daysWith = (diary: readonly DiaryDay[], cls: string) =>
      diary.filter((d) => d.date >= start && d.medications?.some((m) => m.class === cls)).length;
    const overusing = clinic(17).patients.filter(
      (p) => daysWith(p.diary, "triptan") >= 10 || daysWith(p.diary, "simple-analgesic") >= 15,
    );
    expect(overusing.length).toBeGreaterThan(0);
  });

  it("gives mostly 4-hour-plus headache days to patients with >= 15 headache days in 28", () => {
    const heavy = clinic(19).patients.filter((p) => headacheDaysInLast28(p.diary, TODAY) >= 15);
    const days = heavy.flatMap((p) => p.diary.filter((d) => d.headache));
    const long = days.filter((d) => (d.hours ?? 0) >= 4);
    expect(long.length / days.length).toBeGreaterThan(0.6);
  });

  it("makes severe migraine days carry more nausea than mild ones", () => {
    const days = clinic(23).patients.flatMap((p) => p.diary.filter((d) => d.headache));
    const nauseaShare = (severity: number) => {
      const of = days.filter((d) => d.severity === severity);
      return of.filter((d) => d.features?.nausea).length / of.length;
    };
    expect(nauseaShare(3)).toBeGreaterThan(nauseaShare(1));
  });

  it("works with today on 29 February", () => {
    const leapToday = plainDate("2028-02-29");
    const { patients } = clinic(29, leapToday);
    for (const patient of patients) {
      for (const day of patient.diary) expect(day.date >= addDays(leapToday, -364) && day.date <= leapToday).toBe(true);
      expect(ageOn(patient.birthDate, leapToday)).toBeGreaterThanOrEqual(16);
    }
    expect(patients.some((p) => p.diary.some((d) => d.date === leapToday))).toBe(true);
  });

  it.each([
    { seed: 1, today: TODAY, patients: -1 },
    { seed: 1, today: TODAY, patients: 2.5 },
    { seed: Number.NaN, today: TODAY, patients: 3 },
    { seed: 1, today: "2026-02-30" as PlainDate, patients: 3 },
  ])("throws a RangeError for bad options %o", (options) => {
    expect(() => generateDemoClinic(options)).toThrow(RangeError);
  });
});
