/**
 * `cephalog report KIND RECORD.json [--as-of D] [--policy P] --out FILE.pdf`: a document from one
 * patient record (JSON), with no server and no database, like `assess` (issue 10). Kinds: `summary`
 * (the patient summary), `packet` and `renewal` (the authorization packet, report-packet.ts). Exit 0
 * with the file written; 2 with the problems on standard error when the arguments or the record are
 * not valid (each field named by its JSON path); 3 when a packet has something missing (without
 * `--draft`); 1 when the file cannot be written.
 */
import { writeFile } from "node:fs/promises";
import { parsePatientRecord } from "#contracts/patient-record.ts";
import { formatIssue } from "#contracts/issues.ts";
import { isPlainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import { POLICIES, type PolicyId } from "#domain/shared/record.ts";
import { renderSummaryPdf } from "#server/reports/summary/summary-pdf.ts";
import { makePacketPdf } from "./report-packet.ts";
import { hostLocalDate } from "#server/shared/time-zone.ts";
import { parseJson, readTextFile } from "./assess-input.ts";
import { readCommandArguments } from "./command-arguments.ts";

const PROGRAM = "cephalog report";
const USAGE_ERROR = 2;
/** The documents this command makes from one record. */
export const REPORT_KINDS = ["summary", "packet", "renewal"] as const;

/** What the command touches outside itself; tests pass their own. */
export interface ReportIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly today: () => PlainDate;
  readonly writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
}

const processIo: ReportIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: () => hostLocalDate(new Date()),
  writeFile: (path, bytes) => writeFile(path, bytes),
};

export const HELP = `Usage: cephalog report KIND RECORD.json [--as-of YYYY-MM-DD] [--policy POLICY] --out FILE.pdf

Makes a PDF document from one patient record (JSON, "cephalog.patient-record/1", as
\`cephalog assess\` reads it); no server or database needed.

Kinds:
  summary   the patient summary: the response against the baseline first, days per
            28 days as a chart with the sessions, the diary calendar of the last three
            windows, sessions, side effects, HIT-6 and MIDAS, status and next date
            (docs/reports.md)
  packet    the authorization packet, initial request, under the policy: the criteria
            checklist with the diary's windows and provenance, chronic migraine and
            overuse with the ICHD-3 statement, the ICD-10-CM code (G43.709 / G43.719),
            the failed-preventive table, HIT-6 and MIDAS (all five items), planned dose
            and sites. What is missing is checked first (see --draft)
  renewal   the authorization packet for a renewal: the evaluation window against the
            baseline with the percent reduction against the policy's threshold, the
            sessions given, HIT-6 and MIDAS; what is missing is checked first
  outcomes  the clinic's outcomes over a date range beside the published figures, from
            a database or a folder of records: see \`cephalog report outcomes --help\`

Options:
  --out FILE.pdf      where to write the PDF (required; an existing file is replaced)
  --as-of YYYY-MM-DD  the date of the document; default: the record's "asOf", else today
  --policy POLICY     us-label | us-payer | nice-ta260 | ehf-2018; default: the record's
                      "policy", else us-label
  --draft             packet and renewal only: write the packet even when something is
                      missing, with the "what is missing" list on its first page
  -h, --help          show this help

Exit status: 0 with the file written; 2 when the arguments are wrong or the record
cannot be read or breaks the record format (each problem is named on standard error by
its JSON path, e.g. diary[3].hours); 3 when a packet or renewal has something missing:
each gap is named on standard error (e.g. "20 recorded days in the window ending
2026-03-01 (12 so far)") and nothing is written, unless --draft is given; 1 when the
file cannot be written.

Example:
  cephalog report summary record.json --as-of 2026-07-20 --policy nice-ta260 --out summary.pdf
  cephalog report packet record.json --policy us-payer --out packet.pdf
  cephalog report renewal record.json --as-of 2026-06-21 --draft --out renewal-draft.pdf
`;

interface Arguments {
  readonly help: boolean;
  readonly draft: boolean;
  readonly positional: readonly string[];
  readonly asOf: string | undefined;
  readonly policy: string | undefined;
  readonly out: string | undefined;
}

const VALUED = ["--as-of", "--policy", "--out"] as const;

function parseArguments(args: readonly string[]): { ok: true; value: Arguments } | { ok: false; message: string } {
  const read = readCommandArguments(args, { valued: VALUED, flags: ["--draft"] });
  if (!read.ok) return read;
  const { help, flags, values, positional } = read.value;
  return { ok: true, value: { help, draft: flags.has("--draft"), positional, asOf: values["--as-of"], policy: values["--policy"], out: values["--out"] } };
}

const isPolicy = (value: string): value is PolicyId => (POLICIES as readonly string[]).includes(value);

/** Runs `cephalog report`; returns the exit status. */
export async function run(args: string[], io: ReportIo = processIo): Promise<number> {
  // A clinic's document, not one record's: its own arguments (report-outcomes.ts).
  if (args[0] === "outcomes") return (await import("./report-outcomes.ts")).runOutcomesReport(args.slice(1), { ...io, now: () => new Date() });
  const fail = (lines: readonly string[]): number => {
    for (const line of lines) io.stderr(`${PROGRAM}: ${line}\n`);
    return USAGE_ERROR;
  };
  const parsedArgs = parseArguments(args);
  if (!parsedArgs.ok) return fail([parsedArgs.message, "see `cephalog report --help`"]);
  const options = parsedArgs.value;
  if (options.help) {
    io.stdout(HELP);
    return 0;
  }
  const [kind, file, ...extra] = options.positional;
  if (kind === undefined) return fail([`name a kind of document: ${REPORT_KINDS.join(", ")}`, "see `cephalog report --help`"]);
  if (!(REPORT_KINDS as readonly string[]).includes(kind)) {
    return fail([`unknown kind ${JSON.stringify(kind)}: the kinds available are ${REPORT_KINDS.join(", ")}, outcomes`]);
  }
  if (file === undefined) return fail(["RECORD.json: name the patient record file"]);
  if (extra.length > 0) return fail([`one record at a time: got ${extra.length + 1} files`]);
  if (options.out === undefined || options.out === "") return fail(["--out: name the PDF file to write"]);
  if (options.draft && kind === "summary") return fail(["--draft: only for packet and renewal"]);
  if (options.asOf !== undefined && !isPlainDate(options.asOf)) return fail([`--as-of: must be a calendar date YYYY-MM-DD, got ${JSON.stringify(options.asOf)}`]);
  if (options.policy !== undefined && !isPolicy(options.policy)) return fail([`--policy: must be one of ${POLICIES.join(", ")}, got ${JSON.stringify(options.policy)}`]);

  const read = await readTextFile(file);
  if (!read.ok) return fail([read.message]);
  const json = parseJson(read.text);
  if (!json.ok) return fail([json.message]);
  const parsed = parsePatientRecord(json.value);
  if (!parsed.ok) return fail(parsed.issues.map(formatIssue));
  const { record, settings, unknownFields } = parsed.value;
  for (const path of unknownFields) io.stderr(`${PROGRAM}: warning: ${path} is not a known field; it was ignored\n`);

  const asOf = (options.asOf as PlainDate | undefined) ?? parsed.value.asOf ?? io.today();
  const policy = (options.policy as PolicyId | undefined) ?? parsed.value.policy ?? "us-label";
  let pdf: Uint8Array;
  if (kind === "summary") pdf = (await renderSummaryPdf(record, { asOf, policy, settings })).pdf;
  else {
    const made = await makePacketPdf(kind === "packet" ? "initial" : "renewal", record, { asOf, policy, settings }, options.draft, (line) => io.stderr(`${PROGRAM}: ${line}\n`));
    if (!made.ok) return made.status;
    pdf = made.pdf;
  }
  try {
    await io.writeFile(options.out, pdf);
  } catch (error) {
    // The error's code only: the message could carry the path's neighbours, never health data, but keep it short.
    io.stderr(`${PROGRAM}: cannot write ${options.out}: ${(error as NodeJS.ErrnoException).code ?? "write error"}\n`);
    return 1;
  }
  io.stdout(`${options.out}\n`);
  return 0;
}
