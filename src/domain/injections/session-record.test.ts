import { describe, expect, it } from "vitest";
import { plainDate } from "../shared/plain-date.ts";
import { DEFAULT_OPERATIONS } from "../shared/operations.ts";
import { DEFAULT_SETTINGS } from "../shared/settings.ts";
import type { Injection } from "../shared/record.ts";
import { CHECKLIST_ITEM_IDS, checklistFindings, type ChecklistAnswers } from "./checklist.ts";
import { preemptFixedInjections } from "./preempt-protocol.ts";
import { checkSessionRecord, unitsPerTenthMl, type SessionRecord, type SessionRecordContext } from "./session-record.ts";

const DATE = plainDate("2026-12-03");
const allNo: ChecklistAnswers = Object.fromEntries(CHECKLIST_ITEM_IDS.map((id) => [id, "no"]));
const vial200 = { lotId: "l1", lotNumber: "C5555", vialUnits: 200 as const, expiry: plainDate("2027-06-30"), vials: 1, diluentMl: 4 };
const good: SessionRecord = {
  date: DATE,
  injections: preemptFixedInjections(),
  overrideReason: null,
  vials: [vial200],
  reconstitutedAt: "2026-12-03T08:30:00Z",
  givenAt: "2026-12-03T09:00:00Z",
  checklist: allNo,
  otherToxin: null,
  warningReasons: {},
};
const context: SessionRecordContext = { otherSessions: [], otherToxinDoses: [], settings: DEFAULT_SETTINGS, operations: DEFAULT_OPERATIONS };
const check = (changes: Partial<SessionRecord>, ctx: Partial<typeof context> = {}) => checkSessionRecord({ ...good, ...changes }, { ...context, ...ctx });
const codes = (changes: Partial<SessionRecord>, ctx: Partial<typeof context> = {}) => check(changes, ctx).problems.map((p) => `${p.severity}:${p.code}`);
const ftp = (muscle: Injection["muscle"], side: Injection["side"]): Injection => ({ muscle, side, units: 5, followThePain: true });

describe("signing an injection session record", () => {
  it("signs the 31 PREEMPT sites from one 200 U vial at 5 U per 0.1 mL, billing 155 given and 45 wasted", () => {
    const result = check({});
    expect(result.canSign).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.concentrations).toEqual([5]);
    expect(result.billing?.map((l) => [l.code, l.modifiers.join(), l.quantity])).toEqual([
      ["64615", "", 1],
      ["J0585", "", 155],
      ["J0585", "JW", 45],
    ]);
  });

  it("bills JZ when nothing is wasted: 100 U given from one 100 U vial", () => {
    const result = check({ injections: preemptFixedInjections().slice(0, 20), vials: [{ ...vial200, vialUnits: 100, diluentMl: 2 }] });
    expect(result.billing?.map((l) => [l.code, l.modifiers.join(), l.quantity])).toEqual([
      ["64615", "", 1],
      ["J0585", "JZ", 100],
    ]);
  });

  it("blocks 200 U, over the 195 U maximum", () => {
    const injections = [...preemptFixedInjections(), ...[1, 2].map(() => ftp("temporalis", "left")), ...[1, 2].map(() => ftp("occipitalis", "right")), ...[1, 2, 3, 4, 5].map(() => ftp("trapezius", "left"))];
    const result = check({ injections });
    expect(result.injectionCheck.totalUnits).toBe(200);
    expect(result.canSign).toBe(false);
    expect(result.problems.filter((p) => p.severity === "error").map((p) => p.code)).toEqual(["total_above_max"]);
  });

  it("blocks an over-limit session and lets a justified warning through", () => {
    const withFtp = [...preemptFixedInjections(), ftp("temporalis", "left"), ftp("temporalis", "right"), ftp("temporalis", "right")];
    const warned = check({ injections: withFtp });
    expect(warned.problems.map((p) => `${p.severity}:${p.code}`)).toEqual(["warning:follow_the_pain_limit"]);
    expect(warned.canSign).toBe(false);
    expect(warned.reasonsNeeded).toEqual(["follow_the_pain_limit"]);
    const justified = check({ injections: withFtp, warningReasons: { follow_the_pain_limit: "Pain maximal over the right temple" } });
    expect(justified.canSign).toBe(true);
    expect(justified.problems[0]?.reasonGiven).toBe(true);
    expect(check({ injections: withFtp, warningReasons: { follow_the_pain_limit: "   " } }).canSign).toBe(false);
  });

  it("refuses an expired lot, but not one expiring on the session date", () => {
    expect(codes({ vials: [{ ...vial200, expiry: plainDate("2026-12-02") }] })).toEqual(["error:lot_expired"]);
    expect(codes({ vials: [{ ...vial200, expiry: DATE }] })).toEqual([]);
  });

  it("needs vials that cover the units given", () => {
    expect(codes({ vials: [] })).toEqual(["error:no_vials"]);
    expect(codes({ vials: [{ ...vial200, vials: 0 }] })).toEqual(["error:no_vials"]);
    const small = check({ vials: [{ ...vial200, vialUnits: 100, diluentMl: 2 }] });
    expect(small.problems.map((p) => p.code)).toEqual(["units_given_exceed_vials"]);
    expect(small.billing).toBeNull();
    expect(check({ vials: [{ ...vial200, vialUnits: 100, diluentMl: 2, vials: 2 }] }).billing?.map((l) => l.modifiers.join())).toEqual(["", "", "JW"]);
  });

  it("computes the concentration of every vial line and warns on a non-standard dilution", () => {
    const result = check({ vials: [{ ...vial200, diluentMl: 8 }] });
    expect(result.concentrations).toEqual([2.5]);
    expect(result.problems.map((p) => `${p.severity}:${p.code}`)).toEqual(["warning:dilution_not_standard"]);
    expect(unitsPerTenthMl(100, 0)).toBe(0);
  });

  it("refuses toxin reconstituted more than 24 hours before it was given, or after", () => {
    expect(codes({ reconstitutedAt: "2026-12-02T08:59:00Z" })).toEqual(["error:reconstitution_too_old"]);
    expect(codes({ reconstitutedAt: "2026-12-02T09:00:00Z" })).toEqual([]);
    expect(codes({ reconstitutedAt: "2026-12-03T09:30:00Z" })).toEqual(["error:reconstitution_after_injection"]);
    expect(codes({ reconstitutedAt: null })).toEqual(["error:reconstitution_missing"]);
    expect(codes({ givenAt: null })).toEqual([]);
    expect(codes({ reconstitutedAt: "2026-12-02T20:00:00Z" }, { operations: { reconstitutionMaxHours: 4 } })).toEqual(["error:reconstitution_too_old"]);
  });

  it("blocks signing until every check is answered, and on a contraindication", () => {
    expect(codes({ checklist: { ...allNo, pregnantOrBreastfeeding: null } })).toEqual(["error:checklist_unanswered"]);
    expect(codes({ checklist: { injectionSiteInfection: "yes" } })).toEqual(["error:checklist_unanswered", "error:checklist_contraindication"]);
  });

  it("asks a reason for a caution answered yes", () => {
    const result = check({ checklist: { ...allNo, aminoglycosides: "yes" } });
    expect(result.problems.map((p) => p.code)).toEqual(["checklist_caution"]);
    expect(result.problems[0]?.message).toContain("aminoglycosides");
    expect(check({ checklist: { ...allNo, aminoglycosides: "yes" }, warningReasons: { checklist_caution: "Course ended 3 weeks ago; neurologist agreed" } }).canSign).toBe(true);
  });

  it("counts the checklist's other toxin dose toward the cumulative limit, and needs it recorded", () => {
    const answers = { ...allNo, otherToxinLast4Months: "yes" as const };
    expect(codes({ checklist: answers })).toEqual(["error:other_toxin_dose_missing"]);
    expect(codes({ checklist: answers, otherToxin: { date: plainDate("2026-11-01"), units: 100 } })).toEqual([]);
    expect(codes({ checklist: answers, otherToxin: { date: plainDate("2026-11-01"), units: 300 } })).toEqual(["error:cumulative_dose_exceeded"]);
  });

  it("keeps the interval rule: too soon is an error unless an override reason is written", () => {
    const previous = { date: plainDate("2026-10-01"), injections: preemptFixedInjections() };
    expect(codes({}, { otherSessions: [previous] })).toEqual(["error:interval_too_short"]);
    expect(codes({ overrideReason: "Travelling abroad for 3 months" }, { otherSessions: [previous] })).toEqual([]);
  });
});

describe("the pre-procedure checklist", () => {
  it("finds nothing wrong when every answer is no", () => {
    expect(checklistFindings(allNo)).toEqual({ unanswered: [], contraindications: [], cautions: [], otherToxinReported: false });
  });

  it("sorts yes answers into contraindications and cautions", () => {
    const findings = checklistFindings({ ...allNo, botulinumHypersensitivity: "yes", neuromuscularDisease: "yes", otherToxinLast4Months: "yes" });
    expect(findings.contraindications).toEqual(["botulinumHypersensitivity"]);
    expect(findings.cautions).toEqual(["neuromuscularDisease"]);
    expect(findings.otherToxinReported).toBe(true);
    expect(checklistFindings({}).unanswered).toEqual(CHECKLIST_ITEM_IDS);
  });
});
