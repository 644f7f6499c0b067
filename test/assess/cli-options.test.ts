/**
 * `cephalog assess` options and defaults (assess-contract.md): FILE or standard input, `--as-of`
 * defaulting to the record's asOf then today's local date, `--policy` to the record's policy then
 * us-label, the last of a repeated flag, `--help`.
 */
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { HELP, run, type AssessIo } from "#cli/commands/assess.ts";
import { plainDate } from "#domain/shared/plain-date.ts";
import { assessmentSchema } from "#contracts/assessment.ts";
import { fixturePath, runAssessCli } from "./cli.ts";

/** Runs the command in-process with a given standard input and "today". */
async function runWith(args: string[], stdin: string, today = "2026-07-20"): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: AssessIo = {
    stdin: Readable.from([Buffer.from(stdin)]),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    today: () => plainDate(today),
  };
  const status = await run(args, io);
  return { status, stdout, stderr };
}

const minimal = (extra: Record<string, unknown> = {}) => JSON.stringify({ patient: { id: "p1" }, ...extra });

describe("cephalog assess: where the assessment date and policy come from", () => {
  it("uses today's local date when neither --as-of nor the record gives one", async () => {
    const result = await runWith([], minimal(), "2026-03-01");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ asOf: "2026-03-01", policy: "us-label" });
  });

  it("prefers the record's asOf and policy to the defaults", async () => {
    const result = await runWith([], minimal({ asOf: "2026-05-05", policy: "ehf-2018" }), "2026-03-01");
    expect(JSON.parse(result.stdout)).toMatchObject({ asOf: "2026-05-05", policy: "ehf-2018" });
  });

  it("prefers the flags to the record", async () => {
    const result = await runWith(["--as-of", "2026-06-01", "--policy", "us-payer"], minimal({ asOf: "2026-05-05", policy: "ehf-2018" }));
    expect(JSON.parse(result.stdout)).toMatchObject({ asOf: "2026-06-01", policy: "us-payer" });
  });

  it("takes the last of a flag given twice, in either form", async () => {
    const result = await runWith(["--as-of=2026-01-01", "--policy", "us-payer", "--as-of", "2026-02-02", "--policy=nice-ta260"], minimal());
    expect(JSON.parse(result.stdout)).toMatchObject({ asOf: "2026-02-02", policy: "nice-ta260" });
  });

  it("reads standard input when FILE is '-'", async () => {
    const result = await runWith(["-"], minimal({ asOf: "2026-05-05" }));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).patientId).toBe("p1");
  });

  it("accepts a file that starts with a byte-order mark", async () => {
    const result = await runWith([], `\uFEFF${minimal({ asOf: "2026-05-05" })}`);
    expect(result.status).toBe(0);
  });

  it("applies the record's settings and names every value used", async () => {
    const result = await runWith([], minimal({ asOf: "2026-05-05", settings: { minRecordedDays: 21, nextDueDays: null } }));
    const output = assessmentSchema.parse(JSON.parse(result.stdout));
    expect(output.settings.minRecordedDays).toBe(21);
    expect(output.settings.nextDueDays).toBe(84);
    expect(Object.keys(output.settings)).toHaveLength(14);
  });

  it("refuses to wait on a terminal when no FILE is given", async () => {
    let stderr = "";
    const stdin = Object.assign(Readable.from([]), { isTTY: true });
    const status = await run([], { stdin, stdout: () => expect.unreachable(), stderr: (text) => (stderr += text), today: () => plainDate("2026-01-01") });
    expect(status).toBe(2);
    expect(stderr).toContain("standard input is a terminal");
  });
});

describe("cephalog assess as a program", () => {
  it("prints pretty JSON ending in a newline, and nothing on standard error", async () => {
    const result = await runAssessCli([fixturePath("contract-example.record.json")]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout.startsWith('{\n  "schema": "cephalog.assessment/1",\n')).toBe(true);
    expect(result.stdout.endsWith("}\n")).toBe(true);
  });

  it("reads the record from standard input when no FILE is given", async () => {
    const result = await runAssessCli(["--as-of", "2026-07-20"], minimal());
    expect(result.status).toBe(0);
    expect(assessmentSchema.parse(JSON.parse(result.stdout)).asOf).toBe("2026-07-20");
  });

  it("explains the format, with an example, on --help (exit 0)", async () => {
    const result = await runAssessCli(["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(HELP);
    for (const words of ["Usage: cephalog assess [FILE]", "--as-of", "--policy", "us-label | us-payer | nice-ta260 | ehf-2018", '"diary"', "Exit status"]) {
      expect(result.stdout).toContain(words);
    }
  });

  it("runs the record in --help as it stands", async () => {
    const example = HELP.slice(HELP.indexOf("  {\n"), HELP.indexOf("\n  }\n") + 4);
    const result = await runWith([], example);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
