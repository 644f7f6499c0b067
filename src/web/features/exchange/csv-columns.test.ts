/** The CSV import form's header reading and its first guess of which column is which. */
import { describe, expect, it } from "vitest";
import { csvHeader, guessMapping } from "./csv-columns.ts";

describe("the chosen file's header", () => {
  it("reads quoted names, a BOM and CRLF; nothing for an empty file", () => {
    expect(csvHeader('\uFEFFDate,"Pain, 0-3",Hours\r\n2026-01-01,2,4')).toEqual(["Date", "Pain, 0-3", "Hours"]);
    expect(csvHeader("")).toBeNull();
    expect(csvHeader("\r\n")).toBeNull();
  });
});

describe("the first guess of the mapping", () => {
  it("maps the export's own names one to one", () => {
    const header = ["date", "headache", "hours", "duration", "severity", "medicines", "features", "note", "source"];
    expect(guessMapping(header)).toEqual({ date: "date", headache: "headache", hours: "hours", severity: "severity", medicines: "medicines", features: "features", duration: "duration", note: "note" });
  });

  it("maps other words and leaves what it cannot tell unmapped, each column to one field", () => {
    expect(guessMapping(["Day", "Headache?", "Pain (0-3)", "Tablets", "Weather"])).toEqual({ date: "Day", headache: "Headache?", severity: "Pain (0-3)", medicines: "Tablets" });
    expect(guessMapping(["Fecha", "Cefalea", "Horas"])).toEqual({ date: "Fecha", headache: "Cefalea", hours: "Horas" });
  });
});
