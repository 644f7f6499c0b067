/**
 * `bin/cephalog report` as scripts use it (issue 10): the summary written from a record file with
 * no server, and every wrong argument or record refused with exit 2 and the field named.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixturePath, runCephalog, type CliResult } from "../assess/cli.ts";
import { pdfText } from "./pdf-inspect.ts";

const dir = mkdtempSync(join(tmpdir(), "cephalog-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const runReport = (args: readonly string[]): Promise<CliResult> => runCephalog("report", args);

describe("cephalog report", () => {
  it("writes the summary of a record file, as of a date under a policy", async () => {
    const out = join(dir, "summary.pdf");
    const result = await runReport(["summary", fixturePath("responder-two-cycles.record.json"), "--as-of", "2026-06-30", "--policy", "nice-ta260", "--out", out]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const text = await pdfText(bytes);
    expect(text.flat).toContain("As of 2026-06-30 · policy NICE TA260");
    expect(text.flat).toContain("60% fewer headache days than at baseline");
  });

  it("shows its help", async () => {
    const result = await runReport(["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Usage: cephalog report KIND RECORD.json");
  });

  it.each([
    [["letter", "x.json", "--out", "x.pdf"], 'unknown kind "letter": the kinds available are summary, packet, renewal'],
    [[], "name a kind of document: summary"],
    [["summary", "--out", "x.pdf"], "RECORD.json: name the patient record file"],
    [["summary", "REC"], "--out: name the PDF file to write"],
    [["summary", "REC", "--out", "x.pdf", "--as-of", "2026-02-30"], "--as-of: must be a calendar date YYYY-MM-DD"],
    [["summary", "REC", "--out", "x.pdf", "--policy", "nice"], "--policy: must be one of us-label, us-payer, nice-ta260, ehf-2018"],
    [["summary", "REC", "--out", "x.pdf", "--colour"], 'unknown option "--colour"'],
    [["summary", "missing.json", "--out", "x.pdf"], "cannot read missing.json: no such file"],
  ])("refuses %j with exit 2 and says why", async (args, message) => {
    const out = join(dir, "refused.pdf");
    const withRecord = args.map((arg) => (arg === "REC" ? fixturePath("responder-two-cycles.record.json") : arg === "x.pdf" ? out : arg));
    const result = await runReport(withRecord);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe("");
    expect(existsSync(out)).toBe(false);
  });

  it("names the field of a record that breaks the format, and writes nothing", async () => {
    const record = JSON.parse(readFileSync(fixturePath("responder-two-cycles.record.json"), "utf8")) as { diary: { hours?: unknown }[] };
    record.diary[3]!.hours = 30;
    const file = join(dir, "broken.json");
    writeFileSync(file, JSON.stringify(record));
    const out = join(dir, "broken.pdf");
    const result = await runReport(["summary", file, "--out", out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("diary[3].hours");
    expect(existsSync(out)).toBe(false);
  });
});
