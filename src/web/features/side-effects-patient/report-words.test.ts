import { describe, expect, it } from "vitest";
import { GREEN_SYMPTOMS, SYMPTOM_CODES } from "#domain/shared/record.ts";
import { SIDE_EFFECT_STATUSES } from "#contracts/records/kind-contents.ts";
import { callBackWords, emergencyNumberFrom, onsetBounds, onsetDateProblem, outcomeTitle, SELF_CARE, selfCareAdvice, STATUS_WORDS, telLink, whatToTell } from "./report-words.ts";

describe("the onset date", () => {
  it("may be any day from 90 days ago to today", () => {
    expect(onsetBounds("2026-07-20")).toEqual({ min: "2026-04-21", max: "2026-07-20" });
    for (const day of ["2026-07-20", "2026-07-19", "2026-04-21"]) expect(onsetDateProblem(day, "2026-07-20")).toBeNull();
  });

  it.each([
    ["2026-07-21", "That day has not come yet: choose today or a day before."],
    ["2026-04-20", "Choose a day in the last 90 days. For anything that started earlier, call your clinic."],
    ["", "Choose the day it started."],
    ["2026-02-30", "Choose the day it started."],
  ])("refuses %j in words", (value, words) => {
    expect(onsetDateProblem(value, "2026-07-20")).toBe(words);
  });
});

describe("the emergency number", () => {
  it("is the clinic's, as stored on this phone", () => {
    expect(emergencyNumberFrom({ emergencyNumber: "999" })).toEqual({ number: "999", fromClinic: true });
  });

  it("is 112, said to be a fallback, when the phone never learnt the clinic's", () => {
    expect(emergencyNumberFrom(null)).toEqual({ number: "112", fromClinic: false });
    expect(emergencyNumberFrom({ emergencyNumber: " " })).toEqual({ number: "112", fromClinic: false });
  });

  it("calls the digits of a number written with spaces", () => {
    expect(telLink("999")).toBe("tel:999");
    expect(telLink("+44 20 7946-0000")).toBe("tel:+442079460000");
  });
});

describe("what to tell the emergency services", () => {
  it("names the injections' date and the symptoms, in the first person", () => {
    expect(whatToTell("2026-07-01", ["difficulty-swallowing"])).toBe("I had Botox injections on Wednesday 1 July. I have trouble swallowing.");
    expect(whatToTell("2026-07-01", ["difficulty-breathing", "voice-change"])).toBe("I had Botox injections on Wednesday 1 July. I have trouble breathing and a hoarse or lost voice.");
  });

  it("still names the injections when the phone does not know their date", () => {
    expect(whatToTell(null, ["double-vision"])).toBe("I have had Botox injections for migraine. I have double vision.");
  });
});

describe("when the clinic will call", () => {
  it("is the day of the server's promise, in the patient's zone", () => {
    expect(callBackWords("2026-07-21T22:59:00.000Z", "Europe/London")).toBe("by the end of Tuesday 21 July");
    expect(callBackWords("2026-07-21T22:59:00.000Z", "America/New_York")).toBe("by the end of Tuesday 21 July");
  });

  it("is the rule itself when the phone is offline", () => {
    expect(callBackWords(null, "Europe/London")).toBe("by the end of the next working day");
  });
});

describe("self-care advice (clinical-facts §5.4)", () => {
  it("has advice for every green symptom and for nothing else", () => {
    expect(Object.keys(SELF_CARE).sort()).toEqual([...GREEN_SYMPTOMS].sort());
    expect(SYMPTOM_CODES.filter((code) => SELF_CARE[code] === undefined)).toHaveLength(15);
  });

  it("gives one line per symptom, in the order reported", () => {
    expect(selfCareAdvice(["neck-pain", "bruising"])).toEqual([SELF_CARE["neck-pain"], SELF_CARE.bruising]);
  });

  it("tells someone with weakness not to drive (clinical-facts §4)", () => {
    expect(SELF_CARE["muscle-weakness-local"]).toContain("do not drive");
  });
});

describe("a report's status", () => {
  it("has plain words for every status", () => {
    expect(Object.keys(STATUS_WORDS).sort()).toEqual([...SIDE_EFFECT_STATUSES].sort());
  });
});

describe("the answer's heading", () => {
  it("is the answer itself, until the clinic has closed the report", () => {
    expect(outcomeTitle("red", null)).toBe("Get emergency care now");
    expect(outcomeTitle("red", "in-hand")).toBe("Get emergency care now");
    expect(outcomeTitle("amber", "new")).toBe("Your clinic will call you");
    expect(outcomeTitle("green", null)).toBe("Looking after yourself");
    expect(outcomeTitle("red", "resolved")).toBe("Your report");
  });
});
