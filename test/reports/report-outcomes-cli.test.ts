/**
 * `bin/cephalog report outcomes --records DIR` as scripts use it (issue 10 §3): the clinic
 * outcomes of a folder of patient record files with no database, its figures those of the
 * cohort computed from the same files, and every wrong argument or record refused with exit 2
 * and the option or file named.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parsePatientRecord } from "#contracts/patient-record.ts";
import { clinicCohort } from "#domain/outcomes/cohort-tally.ts";
import { minDate, plainDate } from "#domain/shared/plain-date.ts";
import { DEFAULT_SETTINGS } from "#domain/shared/settings.ts";
import { hostLocalDate } from "#server/shared/time-zone.ts";
import { percent } from "#server/reports/outcomes/outcomes-format.ts";
import { fixturePath, runCephalog, type CliResult } from "../assess/cli.ts";
import { pdfText } from "./pdf-inspect.ts";

const dir = mkdtempSync(join(tmpdir(), "cephalog-outcomes-"));
const records = join(dir, "records");
mkdirSync(records);
const FIXTURES = readdirSync(fixturePath("")).filter((name) => name.endsWith(".record.json"));
for (const name of FIXTURES) copyFileSync(fixturePath(name), join(records, name));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const runReport = (args: readonly string[]): Promise<CliResult> => runCephalog("report", args);

describe("cephalog report outcomes --records", () => {
  it("writes the outcomes of a folder of records, its figures those of the cohort of the same files", async () => {
    const out = join(dir, "outcomes.pdf");
    const result = await runReport(["outcomes", "--from", "2026-01-01", "--to", "2026-09-30", "--records", records, "--policy", "nice-ta260", "--out", out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${out}\n`);
    // The contract example carries its own settings; the cohort is counted under one set.
    expect(result.stderr).toBe("cephalog report outcomes: warning: contract-example.record.json: its settings are not used; the cohort is counted under the defaults\n");

    const parsed = FIXTURES.map((name) => {
      const record = parsePatientRecord(JSON.parse(readFileSync(join(records, name), "utf8")));
      if (!record.ok) throw new Error(`fixture ${name} does not parse`);
      return record.value.record;
    });
    const asOf = minDate(plainDate("2026-09-30"), hostLocalDate(new Date()));
    const figures = clinicCohort(parsed, { from: plainDate("2026-01-01"), to: plainDate("2026-09-30"), asOf, policy: "nice-ta260", settings: DEFAULT_SETTINGS });
    expect(figures.patientsTreated).toBeGreaterThan(3);
    expect(figures.response.evaluated).toBeGreaterThan(1);

    const text = await pdfText(new Uint8Array(readFileSync(out)));
    const { response, intervals } = figures;
    expect(text.flat).toContain("Records in records");
    expect(text.flat).toContain(`Sessions 2026-01-01 – 2026-09-30 · as of ${asOf} · policy NICE TA260`);
    expect(text.flat).toContain(`n = ${response.evaluated} evaluated of ${figures.patientsTreated} treated`);
    expect(text.flat).toContain(`Clinic, ≥ 30% fewer ${percent(response.responder30)} (${response.responder30.count} of ${response.evaluated})`);
    expect(text.flat).toContain(`Clinic, ≥ 50% fewer ${percent(response.responder50)} (${response.responder50.count} of ${response.evaluated})`);
    expect(text.flat).toContain(`Clinic, intervals on time ${percent(intervals.onTime)} (${intervals.onTime.count} of ${intervals.onTime.of})`);
    expect(text.flat).toContain(`${figures.recordsRead - figures.patientsTreated} records read had no session in the range.`);
    expect(text.flat).toContain("PREEMPT pooled, onabotulinumtoxinA −8.4 days");
    expect(text.flat).toContain("A clinic cohort is not a trial.");
  });

  it("shows its help, and lists outcomes among the kinds of report", async () => {
    const help = await runReport(["outcomes", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: cephalog report outcomes --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf");
    expect((await runReport(["--help"])).stdout).toContain("outcomes  the clinic's outcomes over a date range");
  });

  it.each([
    [["--to", "2026-06-30", "--out", "x.pdf", "--records", "DIR"], "--from: name the first session date of the range (YYYY-MM-DD)"],
    [["--from", "2026-07-01", "--to", "2026-06-30", "--out", "x.pdf", "--records", "DIR"], "--from: 2026-07-01 is after --to 2026-06-30"],
    [["--from", "2026-01-01", "--to", "2026-02-30", "--out", "x.pdf", "--records", "DIR"], '--to: must be a calendar date YYYY-MM-DD, got "2026-02-30"'],
    [["--from", "2026-01-01", "--to", "2026-06-30", "--records", "DIR"], "--out: name the PDF file to write"],
    [["--from", "2026-01-01", "--to", "2026-06-30", "--out", "x.pdf", "--records", "DIR", "--policy", "nice"], "--policy: must be one of us-label, us-payer, nice-ta260, ehf-2018"],
    [["--from", "2026-01-01", "--to", "2026-06-30", "--out", "x.pdf", "--records", "DIR", "--clinic", "0190f3a0-0000-7000-8000-000000000000"], "--clinic: not with --records"],
    [["--from", "2026-01-01", "--to", "2026-06-30", "--out", "x.pdf", "--colour"], "Unknown option '--colour'"],
    [["--from", "2026-01-01", "--to", "2026-06-30", "--out", "x.pdf", "--records", "missing-folder"], "--records: cannot read missing-folder: ENOENT"],
  ])("refuses %j with exit 2 and says why", async (args, message) => {
    const out = join(dir, "refused.pdf");
    const result = await runReport(["outcomes", ...args.map((arg) => (arg === "DIR" ? records : arg === "x.pdf" ? out : arg))]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe("");
    expect(existsSync(out)).toBe(false);
  });

  it("names the file and the field of a record that breaks the format, and writes nothing", async () => {
    const broken = join(dir, "broken");
    mkdirSync(broken);
    copyFileSync(fixturePath("responder-two-cycles.record.json"), join(broken, "a.json"));
    const record = JSON.parse(readFileSync(fixturePath("responder-two-cycles.record.json"), "utf8")) as { diary: { hours?: unknown }[] };
    record.diary[3]!.hours = 30;
    writeFileSync(join(broken, "b.json"), JSON.stringify(record));
    const out = join(dir, "broken.pdf");
    const result = await runReport(["outcomes", "--from", "2026-01-01", "--to", "2026-06-30", "--records", broken, "--out", out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("b.json: diary[3].hours");
    expect(existsSync(out)).toBe(false);
  });
});
