/**
 * Named cases beside the fuzz test. Issue 7, finding 4: bad input that reached the database and
 * came back as a 500. Each case puts
 * one bad value into a route's valid call (the matrix entry's); the route must refuse it with a
 * 400 naming the field, or, for a range that only touches the calendar's last day, answer it.
 * The dates: there is no year 0000 (PostgreSQL's `date` has none) and nothing after 9999-12-31;
 * a birth date must be in the past; text must be Unicode (no lone UTF-16 surrogate). Beside
 * them, the changes to an existing record sent without the revision they were made from.
 */
import type { CallInput } from "./authorization-matrix/entry.ts";
import type { MatrixRequest } from "./authorization-matrix/harness.ts";

export type RegressionExpectation =
  /** A 400 whose issues name this field (`a.b[0].c` and `a.b.0.c` are the same field). */
  | { readonly field: string }
  /** A 2xx: the input is fine at the edge. */
  | { readonly ok: true };

export interface RegressionCase {
  readonly title: string;
  /** The route's name in `apiRoutes`. */
  readonly route: string;
  /** The route's valid call with the bad value put in. */
  readonly input: (valid: CallInput) => CallInput;
  readonly expected: RegressionExpectation;
}

const LONE_SURROGATE = "Suma\ud800triptan";
const body = (valid: CallInput) => valid.body as Record<string, unknown>;
const withBody = (valid: CallInput, change: Record<string, unknown>): CallInput => ({ ...valid, body: { ...body(valid), ...change } });
const withQuery = (valid: CallInput, change: Record<string, string>): CallInput => ({ ...valid, query: { ...valid.query, ...change } });
/** The valid call without one field of its body, or of its query. */
const withoutBody = (valid: CallInput, field: string): CallInput => ({ ...valid, body: Object.fromEntries(Object.entries(body(valid)).filter(([key]) => key !== field)) });
const withoutQuery = (valid: CallInput, field: string): CallInput => ({ ...valid, query: Object.fromEntries(Object.entries(valid.query ?? {}).filter(([key]) => key !== field)) });
const treatment = (date: string) => ({ date, injections: [{ muscle: "procerus", side: "midline", units: 5 }] });

export const REGRESSION_CASES: readonly RegressionCase[] = [
  { title: "a birth date in the year 0000, on patient creation", route: "createPatient", input: (v) => withBody(v, { birthDate: "0000-01-01" }), expected: { field: "birthDate" } },
  {
    title: "a birth date of 9999-12-31, on patient creation (it would refuse every diary day as before birth)",
    route: "createPatient",
    input: (v) => withBody(v, { birthDate: "9999-12-31" }),
    expected: { field: "birthDate" },
  },
  { title: "a preventive trial starting in the year 0000", route: "addPreventiveTrial", input: (v) => withBody(v, { start: "0000-01-01", end: null }), expected: { field: "start" } },
  { title: "a preventive trial amended to start in the year 0000", route: "amendPreventiveTrial", input: (v) => withBody(v, { start: "0000-06-30", end: null }), expected: { field: "start" } },
  { title: "chronic migraine attested since the year 0000", route: "reviseClinicalHistory", input: (v) => withBody(v, { chronicMigraineSince: "0000-01-01" }), expected: { field: "chronicMigraineSince" } },
  { title: "a stored patient's assessment as of the year 0000", route: "patientAssessment", input: (v) => withQuery(v, { asOf: "0000-01-01" }), expected: { field: "asOf" } },
  { title: "a session draft dated in the year 0000", route: "startSessionDraft", input: (v) => withBody(v, { date: "0000-01-01" }), expected: { field: "date" } },
  { title: "a visit booked in the year 0000", route: "bookVisit", input: (v) => withBody(v, { date: "0000-01-01" }), expected: { field: "date" } },
  { title: "a treatment decision dated in the year 0000", route: "addTreatmentDecision", input: (v) => withBody(v, { date: "0000-01-01" }), expected: { field: "date" } },
  { title: "a sent record's treatment in the year 0000 (POST /api/assess)", route: "assessRecord", input: (v) => withBody(v, { treatments: [treatment("0000-01-01")] }), expected: { field: "treatments[0].date" } },
  {
    title: "a sent record's birth date in the year 0000 (POST /api/assess)",
    route: "assessRecord",
    input: (v) => withBody(v, { patient: { id: "sender-42", birthDate: "0000-01-01" } }),
    expected: { field: "patient.birthDate" },
  },
  { title: "a sent record assessed as of the year 0000 (POST /api/assess)", route: "assessRecord", input: (v) => withQuery(v, { asOf: "0000-01-01" }), expected: { field: "asOf" } },
  { title: "the patient's diary from 9999-12-31 (the range ends at the calendar's last day)", route: "myDiary", input: () => ({ query: { from: "9999-12-31" } }), expected: { ok: true } },
  { title: "the patient's diary up to 10000-01-01", route: "myDiary", input: () => ({ query: { to: "10000-01-01" } }), expected: { field: "to" } },
  { title: "the clinic's agenda on 9999-12-31 (there is no day after)", route: "agenda", input: (v) => withQuery(v, { date: "9999-12-31" }), expected: { ok: true } },
  { title: "free slots on 9999-12-31", route: "freeSlots", input: (v) => withQuery(v, { from: "9999-12-31", to: "9999-12-31" }), expected: { ok: true } },
  { title: "a stored patient's assessment as of 0001-01-01 (its windows reach before the calendar's first day)", route: "patientAssessment", input: (v) => withQuery(v, { asOf: "0001-01-01" }), expected: { ok: true } },
  { title: "a stored patient's assessment as of 9999-12-31", route: "patientAssessment", input: (v) => withQuery(v, { asOf: "9999-12-31" }), expected: { ok: true } },
  { title: "a record import with a diary day in the year 0000", route: "importPatientRecord", input: (v) => withBody(v, { diary: [{ date: "0000-01-01", headache: false }] }), expected: { field: "diary[0].date" } },
  { title: "a record import with a treatment in the year 0000", route: "importPatientRecord", input: (v) => withBody(v, { treatments: [treatment("0000-01-01")] }), expected: { field: "treatments[0].date" } },
  {
    title: "a medicine name with a lone surrogate, in the patient's own diary",
    route: "saveMyDiaryDay",
    input: (v) => withBody(v, { medications: [{ name: LONE_SURROGATE, class: "triptan" }] }),
    expected: { field: "medications[0].name" },
  },
  {
    title: "a medicine name with a lone surrogate, in a diary import",
    route: "importDiary",
    input: (v) => withBody(v, { days: [{ date: "2026-07-17", headache: true, hours: 4, severity: 2, medications: [{ name: LONE_SURROGATE, class: "nsaid" }] }] }),
    expected: { field: "days[0].medications[0].name" },
  },
  { title: "a preventive's name with a lone surrogate", route: "addPreventiveTrial", input: (v) => withBody(v, { name: LONE_SURROGATE }), expected: { field: "name" } },
  // Found by the fuzz test: London's midnight of 0001-01-01 was put in the year 0000 (Intl's 1 BC).
  { title: "the audit log from 0001-01-01", route: "auditLog", input: (v) => withQuery(v, { from: "0001-01-01", to: "0001-01-01" }), expected: { ok: true } },
  { title: "the audit log's export from 0001-01-01", route: "auditExport", input: (v) => withQuery(v, { from: "0001-01-01" }), expected: { ok: true } },
  // Issue 7, no lost update: every change to an existing record names the revision it was made
  // from; one that does not is refused naming the field (a stale one is 409, in each feature's tests).
  ...(["amendSession", "updateAuthorization", "rescheduleVisit", "cancelVisit", "reviseClinicalHistory", "amendPreventiveTrial"] as const).map(
    (route): RegressionCase => ({ title: `${route} without the revision it was made from`, route, input: (v) => withoutBody(v, "fromRevision"), expected: { field: "fromRevision" } }),
  ),
  { title: "withdrawPreventiveTrial without ?fromRevision", route: "withdrawPreventiveTrial", input: (v) => withoutQuery(v, "fromRevision"), expected: { field: "fromRevision" } },
  { title: "withdrawPreventiveTrial with ?fromRevision=0", route: "withdrawPreventiveTrial", input: (v) => withQuery(v, { fromRevision: "0" }), expected: { field: "fromRevision" } },
];

/** What the fuzz test found answered outside the rules (a 400 naming no field, Fastify's own error body), sent as raw requests. */
export interface RawCase {
  readonly title: string;
  readonly route: string;
  /** The route's valid request, broken. */
  readonly request: (valid: MatrixRequest) => MatrixRequest;
  /** The field the 400 must name. */
  readonly field: string;
}

const clinicInPath = (valid: MatrixRequest, segment: string): MatrixRequest => ({ ...valid, url: valid.url.replace(/^\/api\/clinics\/[^/]+/, `/api/clinics/${segment}`) });

export const FOUND_BY_FUZZ: readonly RawCase[] = [
  { title: "a body that is not JSON names the body", route: "createPatient", request: (valid) => ({ ...valid, payload: "{" }), field: "body" },
  { title: "a broken %-encoding in the path names the path (it was Fastify's own error body)", route: "getPatient", request: (valid) => clinicInPath(valid, "%ED%A0%80"), field: "path" },
  { title: "a path part over 100 characters names the path (it was a 414 in Fastify's own body)", route: "getPatient", request: (valid) => clinicInPath(valid, "x".repeat(101)), field: "path" },
];

/** A field path in one spelling: `days[0].name` and `days.0.name` both become `days.0.name`. */
export const fieldPath = (path: string) => path.replace(/\[(\d+)\]/g, ".$1").replace(/^\./, "");
