import { describe, expect, it } from "vitest";
import { GREEN_SYMPTOMS, SYMPTOM_CODES } from "#domain/shared/record.ts";
import { SIDE_EFFECT_STATUSES } from "#contracts/records/kind-contents.ts";
import { fixedT } from "#web/i18n/fixed-t.ts";
import { sideEffects as english } from "#web/i18n/locales/en/sideEffects.ts";
import { callBackWords, emergencyNumberFrom, levelWords, onsetBounds, onsetDateProblem, outcomeTitle, SELF_CARE_CODES, selfCareAdvice, statusWords, telLink, whatToTell } from "./report-words.ts";

const t = fixedT("en", "sideEffects");
const en = { t, language: "en" } as const;
const es = { t: fixedT("es", "sideEffects"), language: "es" } as const;
const SELF_CARE = english.selfCare;

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
    const key = onsetDateProblem(value, "2026-07-20");
    expect(key && t(`onset.${key}`)).toBe(words);
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
    expect(whatToTell("2026-07-01", ["difficulty-swallowing"], en)).toBe("I had Botox injections on Wednesday 1 July. I have trouble swallowing.");
    expect(whatToTell("2026-07-01", ["difficulty-breathing", "voice-change"], en)).toBe("I had Botox injections on Wednesday 1 July. I have trouble breathing and a hoarse or lost voice.");
  });

  it("says it in Spanish, the date the Spanish way", () => {
    expect(whatToTell("2026-07-01", ["difficulty-swallowing", "neck-stiffness"], es)).toBe("Me pusieron inyecciones de Botox el miércoles, 1 de julio. Tengo dificultad para tragar y el cuello rígido.");
  });

  it("still names the injections when the phone does not know their date", () => {
    expect(whatToTell(null, ["double-vision"], en)).toBe("I have had Botox injections for migraine. I have double vision.");
  });
});

describe("when the clinic will call", () => {
  it("is the day of the server's promise, in the patient's zone", () => {
    expect(callBackWords("2026-07-21T22:59:00.000Z", "Europe/London", en)).toBe("by the end of Tuesday 21 July");
    expect(callBackWords("2026-07-21T22:59:00.000Z", "America/New_York", en)).toBe("by the end of Tuesday 21 July");
  });

  it("is the rule itself when the phone is offline", () => {
    expect(callBackWords(null, "Europe/London", en)).toBe("by the end of the next working day");
    expect(callBackWords("2026-07-21T22:59:00.000Z", "Europe/Madrid", es)).toBe("antes de que termine el miércoles, 22 de julio");
  });
});

describe("self-care advice (clinical-facts §5.4)", () => {
  it("has advice for every green symptom and for nothing else", () => {
    expect(Object.keys(SELF_CARE).sort()).toEqual([...GREEN_SYMPTOMS].sort());
    expect([...SELF_CARE_CODES].sort()).toEqual([...GREEN_SYMPTOMS].sort());
    expect(SYMPTOM_CODES.filter((code) => !(code in SELF_CARE))).toHaveLength(15);
  });

  it("gives one line per symptom, in the order reported", () => {
    expect(selfCareAdvice(["neck-pain", "bruising"], t)).toEqual([SELF_CARE["neck-pain"], SELF_CARE.bruising]);
    expect(selfCareAdvice(["bruising", "difficulty-swallowing"], es.t)).toEqual(["Los moratones donde le pincharon no son peligrosos y desaparecen en unos días."]);
  });

  it("tells someone with weakness not to drive (clinical-facts §4)", () => {
    expect(SELF_CARE["muscle-weakness-local"]).toContain("do not drive");
    expect(es.t("selfCare.muscle-weakness-local")).toContain("no conduzca");
  });
});

describe("a report's status", () => {
  it("has plain words for every status", () => {
    expect(Object.keys(english.statuses).sort()).toEqual([...SIDE_EFFECT_STATUSES].sort());
    expect(SIDE_EFFECT_STATUSES.map((status) => statusWords(status, t))).toEqual(["Sent to your clinic", "Seen by your clinic", "Your clinic is dealing with it", "Closed by your clinic"]);
    expect(levelWords("amber", es.t)).toBe("Su clínica le llamará");
  });
});

describe("the answer's heading", () => {
  it("is the answer itself, until the clinic has closed the report", () => {
    expect(outcomeTitle("red", null, t)).toBe("Get emergency care now");
    expect(outcomeTitle("red", "in-hand", t)).toBe("Get emergency care now");
    expect(outcomeTitle("amber", "new", t)).toBe("Your clinic will call you");
    expect(outcomeTitle("green", null, t)).toBe("Looking after yourself");
    expect(outcomeTitle("red", "resolved", t)).toBe("Your report");
    expect(outcomeTitle("red", null, es.t)).toBe("Busque atención urgente ahora");
  });
});
