import { describe, expect, it } from "vitest";
import { fixedT } from "#web/i18n/fixed-t.ts";
import { describeDay, durationInSentence, weekdayShort, type DiaryWords } from "./diary-words.ts";

const words = (language: "en" | "es"): DiaryWords => ({ t: fixedT(language, "diary"), language });

describe("a day in words", () => {
  const day = { headache: true, hours: 4, duration: "4-8h" as const, severity: 2 as const, features: { unilateral: true, nausea: true }, medications: [{ name: "Sumatriptan", class: "triptan" as const, relief: true }, { class: "simple-analgesic" as const }] };

  it("says the band as chosen, in English and in Spanish", () => {
    expect(describeDay(day, words("en"))).toBe("Moderate headache, 4 to 8 hours. One-sided and nausea. Took Sumatriptan (helped) and Painkiller.");
    expect(describeDay(day, words("es"))).toBe("Dolor moderado, de 4 a 8 horas. En un lado y náuseas. Tomó Sumatriptan (ayudó) y Analgésico.");
    expect(describeDay({ headache: false }, words("es"))).toBe("Sin dolor de cabeza.");
  });

  it("gives the hours of an older day kept in hours only", () => {
    expect(durationInSentence({ hours: 5 }, words("en"))).toBe("5 hours");
    expect(durationInSentence({ hours: 1 }, words("es"))).toBe("1 hora");
    expect(describeDay({ headache: true, hours: 24, duration: "all-day", severity: 3, note: "Bad night" }, words("en"))).toBe("Severe headache, all day. No medicine. Note: Bad night");
  });

  it("writes weekdays the reader's way", () => {
    expect(weekdayShort("2026-07-20", "en")).toBe("Mon");
    expect(weekdayShort("2026-07-20", "es")).toBe("lun");
  });
});
