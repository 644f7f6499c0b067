import { describe, expect, it } from "vitest";
import { clinicalHistoryBodySchema } from "#contracts/api/clinical-history.ts";
import { answerOf, bodyOf, currentBody, draftOf, isChanged, recordedText, valueOf, type History } from "./history-form.ts";

const NOTHING: History = {
  chronicMigraineSince: null,
  botulinumHypersensitivity: null,
  injectionSiteInfection: null,
  overuseManaged: null,
  preventiveHistory: "not-recorded",
  revision: 0,
  recordedAt: null,
  recordedBy: null,
};

describe("the clinical history form", () => {
  it.each([
    [true, "yes"],
    [false, "no"],
    [null, "unknown"],
  ] as const)("shows a stored %s as the answer %s, and sends it back unchanged", (stored, answer) => {
    expect(answerOf(stored)).toBe(answer);
    expect(valueOf(answer)).toBe(stored);
  });

  it("sends 'not known' as null and an empty date as null, never as no", () => {
    const body = bodyOf({ chronicMigraineSince: "", botulinumHypersensitivity: "unknown", injectionSiteInfection: "no", overuseManaged: "yes" }, false, 0);
    expect(body).toEqual({ chronicMigraineSince: null, botulinumHypersensitivity: null, injectionSiteInfection: false, overuseManaged: true, noPreventivesTried: false, fromRevision: 0 });
    expect(clinicalHistoryBodySchema.safeParse(body).success).toBe(true);
  });

  it("keeps every answer when only the preventive-history flag changes, sent from the revision shown", () => {
    const history: History = { ...NOTHING, revision: 3, chronicMigraineSince: "2025-01-01", botulinumHypersensitivity: false, injectionSiteInfection: true };
    expect(currentBody(history, true)).toEqual({
      chronicMigraineSince: "2025-01-01",
      botulinumHypersensitivity: false,
      injectionSiteInfection: true,
      overuseManaged: null,
      noPreventivesTried: true,
      fromRevision: 3,
    });
  });

  it("cannot send a save without the revision it was made from", () => {
    const { fromRevision: _left, ...blind } = currentBody(NOTHING, false);
    const parsed = clinicalHistoryBodySchema.safeParse(blind);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["fromRevision"]);
  });

  it("notices an unsaved change, and none when the form says what is stored", () => {
    const history: History = { ...NOTHING, botulinumHypersensitivity: false };
    expect(isChanged(draftOf(history), history)).toBe(false);
    expect(isChanged({ ...draftOf(history), botulinumHypersensitivity: "unknown" }, history)).toBe(true);
    expect(isChanged({ ...draftOf(history), chronicMigraineSince: "2025-01-01" }, history)).toBe(true);
  });

  it("says who recorded the history and when, or that nothing is recorded yet", () => {
    expect(recordedText(NOTHING)).toBe("Nothing recorded yet: every answer is unknown.");
    const recorded = { recordedAt: "2026-07-20T10:00:00.000Z", recordedBy: { userId: "u1", name: "Cal Clinician" } };
    expect(recordedText(recorded, () => "20 Jul 2026, 11:00")).toBe("Recorded by Cal Clinician on 20 Jul 2026, 11:00.");
  });
});
