/**
 * `cephalog report outcomes --from D --to D --out FILE.pdf [--clinic ID] [--policy P]` on a
 * database (DATABASE_URL, else the embedded data folder), or `--records DIR` on a folder of
 * `cephalog.patient-record/1` files with no database (issue 10 §3; docs/reports.md). Patients are
 * read and counted one at a time. Exit 0 with the file written; 2 when the arguments or a record
 * are not valid (each named); 1 when the database cannot be opened or the file cannot be written.
 */
import { readdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { formatIssue } from "#contracts/issues.ts";
import { parsePatientRecord } from "#contracts/patient-record.ts";
import { patientOutcome, type CohortOptions } from "#domain/outcomes/cohort-patient.ts";
import { addToTally, cohortFigures, emptyTally, type CohortFigures } from "#domain/outcomes/cohort-tally.ts";
import { isPlainDate, minDate, type PlainDate } from "#domain/shared/plain-date.ts";
import { POLICIES, type PolicyId } from "#domain/shared/record.ts";
import { DEFAULT_SETTINGS } from "#domain/shared/settings.ts";
import { renderOutcomesPdf } from "#server/reports/outcomes/outcomes-pdf.ts";
import { hostLocalDate } from "#server/shared/time-zone.ts";
import { parseJson, readTextFile } from "./assess-input.ts";

const PROGRAM = "cephalog report outcomes";
const USAGE_ERROR = 2;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const OUTCOMES_HELP = `Usage: cephalog report outcomes --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf
                                [--clinic ID] [--policy POLICY] [--records DIR]

Makes the clinic outcomes PDF: patients treated (a session dated in the range), sessions,
intervals on time (at most 91 days), responders at 30% and 50% at the two-cycle point, the
mean change in headache days, side effects by symptom per patient and per session, each with
its cohort size and beside the published figures (PREEMPT, REPOSE), and a plain statement
that a clinic cohort is not a trial (docs/reports.md).

Reads the database: DATABASE_URL when set, otherwise the embedded database in CEPHALOG_DATA
(refused while a running server holds that folder). Figures are as of --to, or the clinic's
today when --to is later.

Options:
  --from, --to YYYY-MM-DD  the range of session dates (both included; required)
  --out FILE.pdf           where to write the PDF (required; an existing file is replaced)
  --clinic ID              the clinic (needed when the database holds more than one)
  --policy POLICY          us-label | us-payer | nice-ta260 | ehf-2018, for the advice
                           counted; default: the clinic's policy (us-label with --records)
  --records DIR            read every *.json patient record file in DIR instead of a
                           database (figures as of --to, or today when --to is later)
  -h, --help               show this help

Example:
  cephalog report outcomes --from 2026-01-01 --to 2026-06-30 --out outcomes.pdf
`;

/** What the command touches outside itself; tests pass their own. */
export interface OutcomesIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: () => Date;
  readonly writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
}

interface OutcomesArguments {
  readonly from: PlainDate;
  readonly to: PlainDate;
  readonly out: string;
  readonly clinic: string | undefined;
  readonly policy: PolicyId | undefined;
  readonly records: string | undefined;
}

/** The options, the help request, or the problems (each naming its option). */
export function parseOutcomesArgs(args: readonly string[]): OutcomesArguments | "help" | string[] {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...args],
      options: { from: { type: "string" }, to: { type: "string" }, out: { type: "string" }, clinic: { type: "string" }, policy: { type: "string" }, records: { type: "string" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
  if (values.help === true) return "help";
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  const problems: string[] = [];
  for (const name of ["from", "to"]) {
    const value = text(name);
    if (value === undefined) problems.push(`--${name}: name the ${name === "from" ? "first" : "last"} session date of the range (YYYY-MM-DD)`);
    else if (!isPlainDate(value)) problems.push(`--${name}: must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  const [from, to] = [text("from"), text("to")];
  if (problems.length === 0 && (from as string) > (to as string)) problems.push(`--from: ${from} is after --to ${to}`);
  const out = text("out");
  if (out === undefined || out === "") problems.push("--out: name the PDF file to write");
  const policy = text("policy");
  if (policy !== undefined && !(POLICIES as readonly string[]).includes(policy)) problems.push(`--policy: must be one of ${POLICIES.join(", ")}, got ${JSON.stringify(policy)}`);
  const clinic = text("clinic");
  if (clinic !== undefined && !UUID.test(clinic)) problems.push(`--clinic: must be a clinic id (a UUID), got ${JSON.stringify(clinic)}`);
  const records = text("records");
  if (records !== undefined && clinic !== undefined) problems.push("--clinic: not with --records (the records are the cohort)");
  if (problems.length > 0) return problems;
  return { from: from as PlainDate, to: to as PlainDate, out: out as string, clinic, policy: policy as PolicyId | undefined, records };
}

type Outcome = { ok: true; figures: CohortFigures; clinicName: string } | { ok: false; status: number; lines: string[] };

/** The cohort of a folder of record files, one file at a time; any bad file refuses the whole. */
async function recordsOutcome(dir: string, args: OutcomesArguments, io: OutcomesIo): Promise<Outcome> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((name) => name.endsWith(".json")).sort();
  } catch (error) {
    return { ok: false, status: USAGE_ERROR, lines: [`--records: cannot read ${dir}: ${(error as NodeJS.ErrnoException).code ?? "read error"}`] };
  }
  if (files.length === 0) return { ok: false, status: USAGE_ERROR, lines: [`--records: no .json files in ${dir}`] };
  const options: CohortOptions = { from: args.from, to: args.to, asOf: minDate(args.to, hostLocalDate(io.now())), policy: args.policy ?? "us-label", settings: DEFAULT_SETTINGS };
  let tally = emptyTally();
  for (const name of files) {
    const file = join(dir, name);
    const read = await readTextFile(file);
    if (!read.ok) return { ok: false, status: USAGE_ERROR, lines: [read.message] };
    const json = parseJson(read.text);
    if (!json.ok) return { ok: false, status: USAGE_ERROR, lines: [`${name}: ${json.message}`] };
    const parsed = parsePatientRecord(json.value);
    if (!parsed.ok) return { ok: false, status: USAGE_ERROR, lines: parsed.issues.map((issue) => `${name}: ${formatIssue(issue)}`) };
    // One cohort, one set of rules: a record's own settings would count its patient differently.
    if (JSON.stringify(parsed.value.settings) !== JSON.stringify(DEFAULT_SETTINGS)) io.stderr(`${PROGRAM}: warning: ${name}: its settings are not used; the cohort is counted under the defaults\n`);
    tally = addToTally(tally, patientOutcome(parsed.value.record, options));
  }
  return { ok: true, figures: cohortFigures(tally, options), clinicName: `Records in ${basename(dir)}` };
}

/** The cohort of a clinic in the database (DATABASE_URL or CEPHALOG_DATA). */
async function databaseOutcome(args: OutcomesArguments, io: OutcomesIo): Promise<Outcome> {
  const { loadConfig } = await import("#server/config.ts");
  const { openDatabase } = await import("#server/db/connect.ts");
  const { explainStartupError } = await import("#server/startup-errors.ts");
  const { clinicOutcomes, listClinics } = await import("#server/reports/outcomes/clinic-outcomes.ts");
  let database: Awaited<ReturnType<typeof openDatabase>>;
  try {
    database = await openDatabase(loadConfig());
  } catch (error) {
    return { ok: false, status: 1, lines: [explainStartupError(error)] };
  }
  try {
    const clinics = await listClinics(database.db);
    const clinic = args.clinic === undefined ? (clinics.length === 1 ? clinics[0] : undefined) : clinics.find((c) => c.id.toLowerCase() === args.clinic?.toLowerCase());
    if (clinic === undefined) {
      if (args.clinic !== undefined) return { ok: false, status: USAGE_ERROR, lines: [`--clinic: no clinic ${args.clinic} in this database`] };
      if (clinics.length === 0) return { ok: false, status: USAGE_ERROR, lines: ["this database has no clinic yet"] };
      return { ok: false, status: USAGE_ERROR, lines: [`this database holds ${clinics.length} clinics: name one with --clinic ID`, ...clinics.map((c) => `  ${c.id}  ${c.name}`)] };
    }
    const figures = await clinicOutcomes(database.db, { clinic, from: args.from, to: args.to, policy: args.policy, now: io.now() });
    return { ok: true, figures, clinicName: clinic.name };
  } catch (error) {
    // A report reads; it never migrates. Undefined table: a database Cephalog has not set up yet.
    if ((error as { code?: unknown }).code === "42P01") return { ok: false, status: 1, lines: ["this database has no Cephalog tables yet: run `cephalog migrate` first"] };
    throw error;
  } finally {
    await database.close();
  }
}

/** Runs `cephalog report outcomes ...` (the arguments after "outcomes"); returns the exit status. */
export async function runOutcomesReport(args: readonly string[], io: OutcomesIo): Promise<number> {
  const parsed = parseOutcomesArgs(args);
  if (parsed === "help") {
    io.stdout(OUTCOMES_HELP);
    return 0;
  }
  if (Array.isArray(parsed)) {
    for (const line of [...parsed, "see `cephalog report outcomes --help`"]) io.stderr(`${PROGRAM}: ${line}\n`);
    return USAGE_ERROR;
  }
  const outcome = parsed.records === undefined ? await databaseOutcome(parsed, io) : await recordsOutcome(parsed.records, parsed, io);
  if (!outcome.ok) {
    for (const line of outcome.lines) io.stderr(`${PROGRAM}: ${line}\n`);
    return outcome.status;
  }
  const { pdf } = await renderOutcomesPdf(outcome.figures, { clinicName: outcome.clinicName });
  try {
    await io.writeFile(parsed.out, pdf);
  } catch (error) {
    io.stderr(`${PROGRAM}: cannot write ${parsed.out}: ${(error as NodeJS.ErrnoException).code ?? "write error"}\n`);
    return 1;
  }
  io.stdout(`${parsed.out}\n`);
  return 0;
}
