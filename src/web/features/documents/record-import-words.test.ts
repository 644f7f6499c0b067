import { describe, expect, it } from "vitest";
import type { RecordImportCounts } from "#contracts/api/patient-record.ts";
import { fileNameOfDisposition } from "./save-file.ts";
import { fileTooLarge, importRows, importSentence, issueLine, placeOfPath, warningLine } from "./record-import-words.ts";

const none: RecordImportCounts = { diary: 0, history: 0, preventives: 0, treatments: 0, otherToxinDoses: 0, questionnaires: 0, sideEffectReports: 0 };
const counts = (some: Partial<RecordImportCounts>): RecordImportCounts => ({ ...none, ...some });

describe("the dry run in words", () => {
  it("lists only the parts the file holds, in the format's order", () => {
    const rows = importRows({ created: counts({ treatments: 2, diary: 30 }), unchanged: counts({ diary: 5, sideEffectReports: 1 }) });
    expect(rows).toEqual([
      { part: "Diary days", created: 30, unchanged: 5 },
      { part: "Injection sessions", created: 2, unchanged: 0 },
      { part: "Side-effect reports", created: 0, unchanged: 1 },
    ]);
  });

  it("says what importing would add, what it added, and when there is nothing to add", () => {
    expect(importSentence({ dryRun: true, created: counts({ diary: 30, treatments: 2 }), unchanged: counts({ diary: 1 }), warnings: [] })).toBe(
      "Importing would add 32 items; 1 item is already recorded and stays as it is.",
    );
    expect(importSentence({ dryRun: true, created: counts({ diary: 1 }), unchanged: none, warnings: [] })).toBe("Importing would add 1 item.");
    expect(importSentence({ dryRun: false, created: counts({ diary: 3 }), unchanged: counts({ diary: 2 }), warnings: [] })).toBe("Imported: 3 items added; 2 items were already recorded and stay as they are.");
    expect(importSentence({ dryRun: true, created: none, unchanged: counts({ diary: 4 }), warnings: [] })).toBe("Nothing to import: everything in the file is already recorded (4 items).");
  });
});

describe("a refused field's place in words", () => {
  const sent = { diary: [{ date: "2026-06-01" }, { date: "2026-06-02" }, {}, { date: "2026-06-04" }], treatments: [{ date: "2026-05-01", injections: [{}, {}, {}] }] };

  it("counts list items from 1 and gives the date the file gives them", () => {
    expect(placeOfPath("diary[3].hours", sent)).toBe("Diary day 4 (2026-06-04), hours");
    expect(placeOfPath("diary[2].date", sent)).toBe("Diary day 3, date");
    expect(placeOfPath("treatments[0].injections[2].units", sent)).toBe("Injection session 1 (2026-05-01), injection 3, units");
    expect(placeOfPath("diary[0].medications[1].class", sent)).toBe("Diary day 1 (2026-06-01), medicine 2, class");
  });

  it("names objects and top-level fields in words, camelCase split", () => {
    expect(placeOfPath("patient.birthDate", sent)).toBe("Patient, birth date");
    expect(placeOfPath("history.chronicMigraineSince", sent)).toBe("Clinical history, chronic migraine since");
    expect(placeOfPath("policy", sent)).toBe("Policy");
    expect(placeOfPath("record", "not an object")).toBe("The file");
    expect(placeOfPath("sideEffectReports[0].symptoms[1]", {})).toBe("Side-effect report 1, symptom 2");
    expect(placeOfPath("extraList[1].thing", {})).toBe("Extra list 2, thing");
  });

  it("puts the place before the server's message, and words a warning with its path", () => {
    expect(issueLine({ path: "diary[0].hours", message: "must be 0-24 hours" }, sent)).toBe("Diary day 1 (2026-06-01), hours: must be 0-24 hours");
    expect(warningLine("unknown field diary[1].severty", sent)).toEqual({ text: "Diary day 2 (2026-06-02), severty: not part of the record format; left out", path: "diary[1].severty" });
    expect(warningLine("something else", sent)).toEqual({ text: "something else", path: null });
  });
});

describe("files", () => {
  it("refuses a file larger than the server takes before sending it", () => {
    expect(fileTooLarge(2 * 1024 * 1024)).toBeNull();
    expect(fileTooLarge(3 * 1024 * 1024)).toBe("The file is 3.0 MB; a patient record file of at most 2.0 MB can be imported.");
  });

  it("reads the name the server gives a download", () => {
    expect(fileNameOfDisposition('attachment; filename="cephalog-summary-MRN-1-2026-07-20.pdf"')).toBe("cephalog-summary-MRN-1-2026-07-20.pdf");
    expect(fileNameOfDisposition("attachment; filename=plain.pdf; size=3")).toBe("plain.pdf");
    expect(fileNameOfDisposition("attachment")).toBeNull();
    expect(fileNameOfDisposition(null)).toBeNull();
  });
});
