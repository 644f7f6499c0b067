/**
 * The diary's provenance over a packet's windows (diary-provenance.ts): each day counted once, by
 * its first save; days outside the windows left out; late and on the day from the stored flag; the
 * sources, and staff entries as a count across them.
 */
import { describe, expect, it } from "vitest";
import { diaryProvenance, type ProvenanceRevision, type ProvenanceWindow } from "./diary-provenance.ts";

const W1: ProvenanceWindow = { start: "2026-03-02", end: "2026-03-29" };
const W2: ProvenanceWindow = { start: "2026-02-02", end: "2026-03-01" };

let next = 0;
function save(date: string, recordedAt: string, more: Partial<ProvenanceRevision> = {}): ProvenanceRevision {
  next += 1;
  return { id: `0193f000-0000-7000-8000-${String(next).padStart(12, "0")}`, date, recordedAt, late: false, source: "app", enteredBy: "patient", ...more };
}

describe("diaryProvenance", () => {
  it("counts nothing for no revisions", () => {
    expect(diaryProvenance([], [W1])).toEqual({ entries: 0, madeOnTheDay: 0, late: 0, fromApp: 0, imported: 0, selfKept: 0, enteredByStaff: 0 });
  });

  it("counts each day once, by its first save, whatever order the rows come in", () => {
    const onTheDayThenCorrected = [save("2026-03-10", "2026-03-10T21:00:00Z"), save("2026-03-10", "2026-03-13T08:00:00Z", { late: true })];
    const lateThenCorrected = [save("2026-03-11", "2026-03-14T09:00:00Z", { late: true }), save("2026-03-11", "2026-03-15T09:00:00Z", { late: true })];
    const rows = [...onTheDayThenCorrected, ...lateThenCorrected];
    const facts = diaryProvenance(rows, [W1]);
    expect(facts).toEqual({ entries: 2, madeOnTheDay: 1, late: 1, fromApp: 2, imported: 0, selfKept: 0, enteredByStaff: 0 });
    expect(diaryProvenance([...rows].reverse(), [W1])).toEqual(facts);
  });

  it("breaks a tie of save instants by the larger id, as the revision order does (ADR 0013)", () => {
    const first = save("2026-03-12", "2026-03-12T20:00:00Z", { source: "import", enteredBy: "staff", late: true });
    const second = save("2026-03-12", "2026-03-12T20:00:00Z");
    expect(diaryProvenance([second, first], [W1])).toMatchObject({ entries: 1, imported: 1, fromApp: 0, late: 1, enteredByStaff: 1 });
  });

  it("reads only days inside the windows, both ends included, and a day in two windows once", () => {
    const rows = [
      save("2026-02-01", "2026-02-01T20:00:00Z"), // the day before W2
      save("2026-02-02", "2026-02-02T20:00:00Z"), // W2's first day
      save("2026-03-01", "2026-03-01T20:00:00Z"), // W2's last day
      save("2026-03-02", "2026-03-02T20:00:00Z"), // W1's first day
      save("2026-03-29", "2026-03-29T20:00:00Z"), // W1's last day
      save("2026-03-30", "2026-03-30T20:00:00Z"), // after W1
    ];
    expect(diaryProvenance(rows, [W1, W2]).entries).toBe(4);
    expect(diaryProvenance(rows, [W1]).entries).toBe(2);
    expect(diaryProvenance(rows, [W1, W1, { start: "2026-03-29", end: "2026-04-25" }]).entries).toBe(3);
  });

  it("counts each source, and staff entries across them (a day staff typed into the app is not the patient's app)", () => {
    const rows = [
      save("2026-03-02", "2026-03-02T20:00:00Z"),
      save("2026-03-03", "2026-03-03T20:00:00Z"),
      save("2026-03-04", "2026-03-04T19:00:00Z", { enteredBy: "staff" }),
      save("2026-03-05", "2026-03-20T10:00:00Z", { source: "import", enteredBy: "staff", late: true }),
      save("2026-03-06", "2026-03-20T10:00:00Z", { source: "import", enteredBy: "staff", late: true }),
      save("2026-03-07", "2026-03-25T10:00:00Z", { source: "self-kept", late: true }),
    ];
    expect(diaryProvenance(rows, [W1])).toEqual({ entries: 6, madeOnTheDay: 3, late: 3, fromApp: 2, imported: 2, selfKept: 1, enteredByStaff: 3 });
  });
});
