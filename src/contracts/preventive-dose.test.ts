/**
 * A preventive trial's dose (issue 10: the packet's failed-preventive table), in the two contracts
 * that carry it: the record format (`preventives[i].dose`) and the API's add and amend bodies.
 * Optional free text on one line, at most 200 characters; errors name the field, never the value.
 */
import { describe, expect, it } from "vitest";
import { amendPreventiveTrialBodySchema, preventiveTrialBodySchema } from "./api/clinical-history.ts";
import { formatIssue } from "./issues.ts";
import { parsePatientRecord } from "./patient-record.ts";
import { CONTROL_CHARACTER_MESSAGE, NOT_UNICODE_MESSAGE } from "./text.ts";

const trial = { name: "Topiramate", class: "antiepileptic", start: "2025-01-01", end: "2025-04-01", outcome: "ineffective" } as const;

function recordIssues(dose: unknown): string[] {
  const result = parsePatientRecord({ patient: { id: "p1" }, preventives: [{ ...trial, dose }] });
  return result.ok ? [] : result.issues.map(formatIssue);
}

function recordDose(dose: unknown): string | undefined {
  const result = parsePatientRecord({ patient: { id: "p1" }, preventives: [{ ...trial, dose }] });
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n"));
  expect(result.value.unknownFields).toEqual([]);
  return result.value.record.preventives?.[0]?.dose;
}

describe("the record format's preventive dose", () => {
  it("is kept as written (trimmed), is optional, and null is not given", () => {
    expect(recordDose("100 mg daily")).toBe("100 mg daily");
    expect(recordDose("  erenumab 140 mg monthly ")).toBe("erenumab 140 mg monthly");
    expect(recordDose("½ tablet (25 mg) at night")).toBe("½ tablet (25 mg) at night");
    expect(recordDose("x".repeat(200))).toHaveLength(200);
    expect(recordDose(null)).toBeUndefined();
    expect(recordDose(undefined)).toBeUndefined();
  });

  it("refuses a dose that is too long, blank, not text, on several lines or holding control characters, naming the field", () => {
    expect(recordIssues("x".repeat(201))).toEqual([expect.stringMatching(/^preventives\[0\]\.dose: .*200/)]);
    expect(recordIssues("   ")).toEqual(["preventives[0].dose: must not be empty"]);
    expect(recordIssues(100)).toEqual([expect.stringMatching(/^preventives\[0\]\.dose: /)]);
    expect(recordIssues("100 mg\ndaily")).toEqual([`preventives[0].dose: ${CONTROL_CHARACTER_MESSAGE}`]);
    expect(recordIssues("100 mg\u0000")).toEqual([`preventives[0].dose: ${CONTROL_CHARACTER_MESSAGE}`]);
    expect(recordIssues("100 mg \ud800")).toEqual([`preventives[0].dose: ${NOT_UNICODE_MESSAGE}`]);
    // The message never quotes the value (health data).
    for (const issue of recordIssues("secret-dose\u0007")) expect(issue).not.toContain("secret-dose");
  });
});

describe("the API's preventive trial bodies", () => {
  it("take a dose, trimmed; absent, null or blank is not recorded (null)", () => {
    expect(preventiveTrialBodySchema.parse({ ...trial, dose: " 100 mg daily " }).dose).toBe("100 mg daily");
    expect(preventiveTrialBodySchema.parse(trial).dose).toBeNull();
    expect(preventiveTrialBodySchema.parse({ ...trial, dose: null }).dose).toBeNull();
    expect(preventiveTrialBodySchema.parse({ ...trial, dose: "   " }).dose).toBeNull();
    expect(amendPreventiveTrialBodySchema.parse({ ...trial, dose: "50 mg twice daily", fromRevision: 1 }).dose).toBe("50 mg twice daily");
  });

  it("refuse a dose over 200 characters or holding control characters, naming the field", () => {
    const issue = (body: unknown) => {
      const result = preventiveTrialBodySchema.safeParse(body);
      return result.success ? undefined : { path: result.error.issues[0]?.path, message: result.error.issues[0]?.message };
    };
    expect(issue({ ...trial, dose: "x".repeat(201) })).toEqual({ path: ["dose"], message: "must be at most 200 characters" });
    expect(issue({ ...trial, dose: "100 mg\ndaily" })).toEqual({ path: ["dose"], message: CONTROL_CHARACTER_MESSAGE });
    expect(issue({ ...trial, dose: "100 mg\u007f" })).toEqual({ path: ["dose"], message: CONTROL_CHARACTER_MESSAGE });
    expect(issue({ ...trial, dose: 100 })?.path).toEqual(["dose"]);
    const amended = amendPreventiveTrialBodySchema.safeParse({ ...trial, dose: "\u0000", fromRevision: 1 });
    expect(amended.error?.issues[0]?.path).toEqual(["dose"]);
  });
});
