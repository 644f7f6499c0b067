/**
 * The clinical scenarios of test/fixtures/assess (worked by hand in its README.md), each run
 * through `assess()` and through `bin/cephalog assess`: the two must agree with each other, with
 * the hand-worked expectations and with the assessment schema.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "#domain/assess/assess.ts";
import type { PlainDate } from "#domain/shared/plain-date.ts";
import type { PolicyId } from "#domain/shared/record.ts";
import { parsePatientRecord } from "#contracts/patient-record.ts";
import { assessmentSchema } from "#contracts/assessment.ts";
import { fixturePath, runAssessCli } from "./cli.ts";

interface ScenarioRun {
  readonly args: readonly string[];
  readonly expect: Record<string, unknown> & { windows?: unknown[]; windowCount?: number; injectionChecks?: unknown[] };
  readonly responseReasonsInclude?: readonly string[];
  readonly responseReasonsExclude?: readonly string[];
}

interface ScenarioExpectation {
  readonly scenario: string;
  readonly description: string;
  readonly runs: readonly ScenarioRun[];
}

const expectationFiles = readdirSync(fixturePath(".")).filter((name) => name.endsWith(".expected.json")).sort();

function loadJson<T>(name: string): T {
  return JSON.parse(readFileSync(fixturePath(name), "utf8")) as T;
}

/** The last value of a flag in `--flag V` or `--flag=V` form (the CLI's rule: the last one counts). */
function lastFlag(args: readonly string[], flag: string): string | undefined {
  let value: string | undefined;
  args.forEach((arg, index) => {
    if (arg === flag) value = args[index + 1];
    else if (arg.startsWith(`${flag}=`)) value = arg.slice(flag.length + 1);
  });
  return value;
}

/** Assesses a fixture record in-process, as the CLI would with these arguments. */
function assessInProcess(recordFile: string, args: readonly string[]): unknown {
  const parsed = parsePatientRecord(loadJson(recordFile));
  if (!parsed.ok) throw new Error(`fixture ${recordFile} is invalid: ${JSON.stringify(parsed.issues)}`);
  const asOf = (lastFlag(args, "--as-of") ?? parsed.value.asOf) as PlainDate | undefined;
  if (asOf === undefined) throw new Error(`fixture ${recordFile} needs an asOf`);
  const policy = (lastFlag(args, "--policy") ?? parsed.value.policy ?? "us-label") as PolicyId;
  // Round-trip through JSON so both paths are compared as what a script reads.
  return JSON.parse(JSON.stringify(assess(parsed.value.record, { asOf, policy, settings: parsed.value.settings })));
}

type Output = Record<string, unknown> & {
  windows: unknown[];
  injectionChecks: { problems: { code: string }[] }[];
  eligibility: { criteria: { id: string }[] };
  response: { reasons: string[] };
};

/** Checks an assessment against a run's hand-worked expectations (see the fixtures' README.md). */
function expectMatches(output: Output, run: ScenarioRun): void {
  const { windows, windowCount, injectionChecks, ...rest } = run.expect;
  if (windowCount !== undefined) expect(output.windows).toHaveLength(windowCount);
  if (windows !== undefined) expect(output.windows.slice(0, windows.length)).toEqual(windows);
  if (injectionChecks !== undefined) {
    // The order of problems is not fixed (assess-contract.md): compare them sorted by code.
    const sorted = output.injectionChecks.map((check) => ({ ...check, problems: [...check.problems].sort((x, y) => x.code.localeCompare(y.code)) }));
    expect(sorted).toMatchObject(injectionChecks);
  }
  expect(output).toMatchObject(rest);
  for (const code of run.responseReasonsInclude ?? []) expect(output.response.reasons).toContain(code);
  for (const code of run.responseReasonsExclude ?? []) expect(output.response.reasons).not.toContain(code);
}

describe.each(expectationFiles)("scenario %s", (file) => {
  const scenario = loadJson<ScenarioExpectation>(file);
  const recordFile = `${scenario.scenario}.record.json`;

  it.each(scenario.runs.map((run) => [run.args.join(" ") || "(as recorded)", run] as const))(
    `${scenario.description} [args: %s]`,
    async (_label, run) => {
      const inProcess = assessInProcess(recordFile, run.args) as Output;
      expect(assessmentSchema.safeParse(inProcess).error?.issues ?? []).toEqual([]);
      expectMatches(inProcess, run);

      const cli = await runAssessCli([fixturePath(recordFile), ...run.args]);
      expect(cli.stderr).toBe("");
      expect(cli.status).toBe(0);
      expect(JSON.parse(cli.stdout)).toEqual(inProcess);
    },
  );
});

it("finds every scenario's expectations", () => {
  expect(expectationFiles.length).toBeGreaterThanOrEqual(17);
});
