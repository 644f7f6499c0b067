/**
 * `cephalog fhir export [FILE] [--as-of D]` prints a patient record (cephalog.patient-record/1) as a
 * FHIR R4 Bundle; `cephalog fhir import [FILE]` prints the patient record a Bundle holds
 * (docs/fhir.md). No server needed. Exit 0 with the JSON on standard output; exit 2 with the
 * problems on standard error (each by its JSON path, never quoting values) and nothing on standard
 * output when the arguments or the input are not valid, like `cephalog assess`.
 */
import { isPlainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import { hostLocalDate } from "#server/shared/time-zone.ts";
import { parsePatientRecord } from "#contracts/patient-record.ts";
import { formatIssue } from "#contracts/issues.ts";
import { bundleToRecord } from "#fhir/bundle-to-record.ts";
import { recordToBundle } from "#fhir/record-to-bundle.ts";
import { readJsonInput } from "./assess-input.ts";
import type { AssessIo } from "./assess.ts";
import { readCommandArguments } from "./command-arguments.ts";

const USAGE_ERROR = 2;

export const HELP = `Usage: cephalog fhir export [FILE] [--as-of YYYY-MM-DD]
       cephalog fhir import [FILE]

export  reads one patient record (JSON, "cephalog.patient-record/1", the format
        \`cephalog assess\` reads) and prints it as a FHIR R4 Bundle (type collection):
        Patient, Condition, diary and 28-day window Observations, HIT-6 and MIDAS
        responses and scores, a Procedure per session with a MedicationAdministration
        per site, AdverseEvents, the next Appointment and the CarePlan (docs/fhir.md).
        --as-of YYYY-MM-DD  the date the derived parts (28-day windows, the Condition's
                            verification, the next session) are computed on; default:
                            the record's "asOf", else today (the local date here)
import  reads such a Bundle and prints the patient record it holds; assessing it gives
        the same assessment as the original record.

FILE is read from standard input when absent or "-".
  -h, --help  show this help

Exit status: 0 with the JSON on standard output; 2 when the file cannot be read, is not
JSON, or is not a valid record or Bundle (each problem is named on standard error by its
JSON path, e.g. entry[4].resource.effectiveDateTime, and nothing is printed on standard
output). Unknown record fields, and Bundle entries the import does not read, get a
warning on standard error.

Examples:
  cephalog fhir export record.json --as-of 2026-07-20 > bundle.json
  cephalog fhir import bundle.json > record.json
`;

const processIo: AssessIo = {
  stdin: process.stdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: () => hostLocalDate(new Date()),
};

interface Arguments {
  readonly help: boolean;
  readonly action: string | undefined;
  readonly file: string | undefined;
  readonly asOf: string | undefined;
}

function parseArguments(args: readonly string[]): { ok: true; value: Arguments } | { ok: false; message: string } {
  const read = readCommandArguments(args, { valued: ["--as-of"] });
  if (!read.ok) return read;
  const [action, ...files] = read.value.positional;
  if (files.length > 1) return { ok: false, message: `one file at a time: got ${files.length} files` };
  return { ok: true, value: { help: read.value.help, action, file: files[0], asOf: read.value.values["--as-of"] } };
}

/** Runs `cephalog fhir`; returns the exit status. */
export async function run(args: string[], io: AssessIo = processIo): Promise<number> {
  const parsedArgs = parseArguments(args);
  const program = `cephalog fhir${parsedArgs.ok && parsedArgs.value.action !== undefined ? ` ${parsedArgs.value.action}` : ""}`;
  const fail = (lines: readonly string[]): number => {
    for (const line of lines) io.stderr(`${program}: ${line}\n`);
    return USAGE_ERROR;
  };
  if (!parsedArgs.ok) return fail([parsedArgs.message, "see `cephalog fhir --help`"]);
  const options = parsedArgs.value;
  if (options.help) {
    io.stdout(HELP);
    return 0;
  }
  if (options.action !== "export" && options.action !== "import") return fail([`needs export or import, got ${options.action === undefined ? "nothing" : JSON.stringify(options.action)}`, "see `cephalog fhir --help`"]);
  if (options.asOf !== undefined && options.action === "import") return fail(["--as-of is for export only"]);
  if (options.asOf !== undefined && !isPlainDate(options.asOf)) return fail([`--as-of: must be a calendar date YYYY-MM-DD, got ${JSON.stringify(options.asOf)}`]);

  const json = await readJsonInput(options.file, io.stdin, "cephalog fhir");
  if (!json.ok) return fail([json.message]);

  if (options.action === "export") {
    const parsed = parsePatientRecord(json.value);
    if (!parsed.ok) return fail(parsed.issues.map(formatIssue));
    for (const path of parsed.value.unknownFields) io.stderr(`${program}: warning: ${path} is not a known field; it was ignored\n`);
    const asOf = (options.asOf as PlainDate | undefined) ?? parsed.value.asOf ?? io.today();
    io.stdout(`${JSON.stringify(recordToBundle(parsed.value, { asOf }), null, 2)}\n`);
    return 0;
  }

  const imported = bundleToRecord(json.value);
  if (!imported.ok) return fail(imported.issues.map(formatIssue));
  // The record the Bundle holds must itself be valid (a Bundle from elsewhere may break the record's rules).
  const check = parsePatientRecord(imported.record);
  if (!check.ok) return fail(check.issues.map((issue) => `the record it holds: ${formatIssue(issue)}`));
  for (const path of imported.ignored) io.stderr(`${program}: warning: ${path} is not a resource this import reads; it was ignored\n`);
  io.stdout(`${JSON.stringify(imported.record, null, 2)}\n`);
  return 0;
}
