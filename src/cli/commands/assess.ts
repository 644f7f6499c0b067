/**
 * `cephalog assess [FILE] [--as-of YYYY-MM-DD] [--policy P]`: reads one patient record (JSON) from
 * FILE or standard input, applies the pathway rules and prints one assessment (assess-contract.md).
 * Exit 0 with the assessment on standard output; exit 2 with the problems on standard error and
 * nothing on standard output when the arguments or the record are not valid.
 */
import { isPlainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import { hostLocalDate } from "#server/shared/time-zone.ts";
import { POLICIES, type PolicyId } from "#domain/shared/record.ts";
import { assess } from "#domain/assess/assess.ts";
import { parsePatientRecord } from "#contracts/patient-record.ts";
import { formatIssue } from "#contracts/issues.ts";
import { readJsonInput } from "./assess-input.ts";
import { readCommandArguments } from "./command-arguments.ts";

const PROGRAM = "cephalog assess";
const USAGE_ERROR = 2;

/** What the command touches outside itself; tests pass their own. */
export interface AssessIo {
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The local date where the command runs (pathway-rules §1: `assess` without an as-of date uses it). */
  readonly today: () => PlainDate;
}

/** The local date where the command runs (the host's time zone), by the server's one helper. */
const localToday = (): PlainDate => hostLocalDate(new Date());

const processIo: AssessIo = {
  stdin: process.stdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: localToday,
};

export const HELP = `Usage: cephalog assess [FILE] [--as-of YYYY-MM-DD] [--policy POLICY]

Reads one patient record (JSON) from FILE, or from standard input when FILE is
absent or "-", applies the pathway rules (docs/clinical/assess.md) and prints one
assessment (JSON, schema "cephalog.assessment/1") on standard output.

Options:
  --as-of YYYY-MM-DD  the assessment date; default: the record's "asOf", else today
                      (the local date here). Everything dated after it is ignored.
  --policy POLICY     us-label | us-payer | nice-ta260 | ehf-2018; default: the
                      record's "policy", else us-label
  -h, --help          show this help
  A flag given twice: the last one counts. "--as-of=D" works too.

Exit status: 0 with the assessment; 2 when the file cannot be read, is not JSON, or
breaks the record format (each problem is named on standard error by its JSON path,
e.g. diary[3].hours, and nothing is printed on standard output). Unknown fields are
not errors: each gets a warning on standard error.

A small record (every list is optional; see docs/clinical/assess.md for all fields):
  {
    "schema": "cephalog.patient-record/1",
    "asOf": "2026-06-30",
    "policy": "nice-ta260",
    "settings": { "minRecordedDays": 21 },
    "patient": { "id": "p1", "birthDate": "1984-02-29", "sex": "female" },
    "history": { "botulinumHypersensitivity": false, "injectionSiteInfection": false },
    "diary": [
      { "date": "2026-06-01", "headache": true, "hours": 6, "severity": 2,
        "features": { "unilateral": true, "nausea": true },
        "medications": [ { "name": "sumatriptan", "class": "triptan", "relief": true } ] },
      { "date": "2026-06-02", "headache": false }
    ],
    "preventives": [ { "name": "topiramate", "class": "antiepileptic",
                       "start": "2025-01-01", "end": "2025-04-01", "outcome": "ineffective" } ],
    "treatments": [ { "date": "2026-06-10", "injections": [
      { "muscle": "procerus", "side": "midline", "units": 5 } ] } ],
    "otherToxinDoses": [ { "date": "2026-05-20", "units": 100, "indication": "spasticity" } ],
    "questionnaires": [ { "instrument": "HIT-6", "date": "2026-06-01", "responses": [4, 3, 3, 2, 4, 3] } ],
    "sideEffectReports": [ { "date": "2026-06-12", "symptoms": ["neck-pain"] } ]
  }

Example:
  cephalog assess record.json --as-of 2026-07-20 --policy nice-ta260 > assessment.json
`;

interface Arguments {
  readonly help: boolean;
  readonly file: string | undefined;
  readonly asOf: string | undefined;
  readonly policy: string | undefined;
}

function parseArguments(args: readonly string[]): { ok: true; value: Arguments } | { ok: false; message: string } {
  const read = readCommandArguments(args, { valued: ["--as-of", "--policy"] });
  if (!read.ok) return read;
  const files = read.value.positional;
  if (files.length > 1) return { ok: false, message: `one record at a time: got ${files.length} files` };
  return { ok: true, value: { help: read.value.help, file: files[0], asOf: read.value.values["--as-of"], policy: read.value.values["--policy"] } };
}

/** Runs `cephalog assess`; returns the exit status. */
export async function run(args: string[], io: AssessIo = processIo): Promise<number> {
  const fail = (lines: readonly string[]): number => {
    for (const line of lines) io.stderr(`${PROGRAM}: ${line}\n`);
    return USAGE_ERROR;
  };
  const parsedArgs = parseArguments(args);
  if (!parsedArgs.ok) return fail([parsedArgs.message, "see `cephalog assess --help`"]);
  const options = parsedArgs.value;
  if (options.help) {
    io.stdout(HELP);
    return 0;
  }
  if (options.asOf !== undefined && !isPlainDate(options.asOf)) return fail([`--as-of: must be a calendar date YYYY-MM-DD, got ${JSON.stringify(options.asOf)}`]);
  if (options.policy !== undefined && !isPolicy(options.policy)) return fail([`--policy: must be one of ${POLICIES.join(", ")}, got ${JSON.stringify(options.policy)}`]);

  const json = await readJsonInput(options.file, io.stdin, PROGRAM);
  if (!json.ok) return fail([json.message]);
  const parsed = parsePatientRecord(json.value);
  if (!parsed.ok) return fail(parsed.issues.map(formatIssue));
  const { record, settings, unknownFields } = parsed.value;
  for (const path of unknownFields) io.stderr(`${PROGRAM}: warning: ${path} is not a known field; it was ignored\n`);

  const asOf = (options.asOf as PlainDate | undefined) ?? parsed.value.asOf ?? io.today();
  const policy = (options.policy as PolicyId | undefined) ?? parsed.value.policy ?? "us-label";
  const assessment = assess(record, { asOf, policy, settings });
  io.stdout(`${JSON.stringify(assessment, null, 2)}\n`);
  return 0;
}

function isPolicy(value: string): value is PolicyId {
  return (POLICIES as readonly string[]).includes(value);
}
