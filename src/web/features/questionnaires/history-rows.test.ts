import { describe, expect, it } from "vitest";
import type { StaffQuestionnaire, WithdrawnQuestionnaire } from "#contracts/api/questionnaires.ts";
import { formatInstant } from "#web/ui/format.ts";
import { historyRows, withdrawalWords } from "./history-rows.ts";

const person = { userId: "u", name: "Cal Clinician" };

function counted(id: string, instrument: "HIT-6" | "MIDAS", date: string): StaffQuestionnaire {
  return { id, instrument, date, score: 60, grade: "severe", change: null, meaningfulImprovement: null, totalOnly: true, responses: [], a: null, b: null, enteredBy: "staff", recordedAt: `${date}T09:00:00Z`, recordedBy: person, revision: 1 };
}

function withdrawn(id: string, instrument: "HIT-6" | "MIDAS", date: string, reason = "Wrong patient"): WithdrawnQuestionnaire {
  return { id, instrument, date, score: 52, grade: "some", totalOnly: true, responses: [], a: null, b: null, revision: 2, withdrawal: { reason, recordedAt: "2026-12-03T10:00:00Z", recordedBy: person } };
}

describe("the clinic's questionnaire history rows", () => {
  it("puts an instrument's withdrawn questionnaires among its counted ones by date, newest first, and leaves the other instrument out", () => {
    const rows = historyRows(
      [counted("c-new", "HIT-6", "2026-12-01"), counted("c-same-day", "HIT-6", "2026-11-20"), counted("c-old", "HIT-6", "2026-10-01"), counted("m", "MIDAS", "2026-12-02")],
      [withdrawn("w-newest", "HIT-6", "2026-12-03"), withdrawn("w-same-day", "HIT-6", "2026-11-20"), withdrawn("w-midas", "MIDAS", "2026-11-01")],
      "HIT-6",
    );
    expect(rows.map((row) => `${row.kind} ${row.q.id}`)).toEqual(["withdrawn w-newest", "counted c-new", "counted c-same-day", "withdrawn w-same-day", "counted c-old"]);
  });

  it("has no rows for an instrument with nothing recorded", () => {
    expect(historyRows([counted("m", "MIDAS", "2026-12-02")], [], "HIT-6")).toEqual([]);
  });

  it("says why, by whom and when a questionnaire was withdrawn", () => {
    expect(withdrawalWords(withdrawn("w", "HIT-6", "2026-12-03", "Copied from another patient's form"))).toBe(`Withdrawn: Copied from another patient's form, by Cal Clinician, ${formatInstant("2026-12-03T10:00:00Z")}`);
  });
});
