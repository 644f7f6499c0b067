/** CSV text in and out: quoting, line breaks in fields, the byte-order mark, line numbers, formula injection (OWASP). */
import type { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { csvDocument, parseCsvTable } from "./csv-table.ts";

const BOM = "\uFEFF";
/** The bytes as sent (a TextDecoder would drop the byte-order mark). */
const text = async (stream: Readable) => (await buffer(stream)).toString("utf8");

describe("reading a CSV file", () => {
  it("reads the header and rows, each with the line it starts on, past quoted line breaks and empty lines", () => {
    const result = parseCsvTable(`${BOM}Date,Note\r\n2026-01-01,"two\r\nlines"\r\n\r\n2026-01-02,"say ""hi"", then go"\r\n`);
    expect(result).toEqual({
      ok: true,
      table: {
        header: ["Date", "Note"],
        rows: [
          { line: 2, cells: ["2026-01-01", "two\r\nlines"] },
          { line: 5, cells: ["2026-01-02", 'say "hi", then go'] },
        ],
      },
    });
  });

  it("takes LF-only files and a header with spaces around names", () => {
    const result = parseCsvTable(" date , headache \n2026-01-01,no\n");
    expect(result.ok && result.table.header).toEqual(["date", "headache"]);
    expect(result.ok && result.table.rows).toEqual([{ line: 2, cells: ["2026-01-01", "no"] }]);
  });

  it("keeps rows of the wrong length for the mapper to refuse", () => {
    const result = parseCsvTable("a,b\n1\n1,2,3\n");
    expect(result.ok && result.table.rows.map((row) => row.cells.length)).toEqual([1, 3]);
  });

  it("refuses a quote never closed, naming the line and not the text", () => {
    const result = parseCsvTable('date,note\n2026-01-01,"secret migraine\n');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issue.path).toBe("csv");
      expect(result.issue.message).toMatch(/quoted field is never closed \(line \d\)/);
      expect(result.issue.message).not.toContain("secret");
    }
  });

  it("refuses a file with no header row", () => {
    expect(parseCsvTable("\r\n\r\n")).toEqual({ ok: false, issue: { path: "csv", message: "has no header row" } });
  });
});

describe("writing a CSV document", () => {
  it("writes a BOM, the header and CRLF rows; yes/no for booleans; empty for null", async () => {
    const csv = await text(csvDocument(["a", "b", "c"], [["x", true, null], ["y", false, 3]]));
    expect(csv).toBe(`${BOM}a,b,c\r\nx,yes,\r\ny,no,3\r\n`);
  });

  it.each([
    ["=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""],
    ["+44 20 7946", "'+44 20 7946"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "\"'\rcmd\""],
  ])("defuses %j as %j (OWASP CSV injection)", async (cell, written) => {
    const csv = await text(csvDocument(["a"], [[cell]]));
    expect(csv).toBe(`${BOM}a\r\n${written}\r\n`);
  });

  it("leaves negative numbers as numbers, and quotes commas, quotes and line breaks", async () => {
    const csv = await text(csvDocument(["a", "b", "c"], [[-52.4, "a, b", "two\nlines"]]));
    expect(csv).toBe(`${BOM}a,b,c\r\n-52.4,"a, b","two\nlines"\r\n`);
  });

  it("streams rows from an async source, and reads back what it wrote", async () => {
    async function* rows() {
      for (let i = 0; i < 3; i += 1) yield [`2026-01-0${i + 1}`, `=cmd ${i}`];
    }
    const csv = await text(csvDocument(["date", "note"], rows()));
    const back = parseCsvTable(csv);
    expect(back.ok && back.table.rows.map((row) => row.cells)).toEqual([
      ["2026-01-01", "'=cmd 0"],
      ["2026-01-02", "'=cmd 1"],
      ["2026-01-03", "'=cmd 2"],
    ]);
  });
});
