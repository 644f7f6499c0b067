/**
 * POST /api/assess: a patient record, the same format `cephalog assess` reads, assessed by the
 * same `assess` with the same defaults; every problem named by the CLI's JSON path, unknown
 * fields listed as warnings; clinic staff only.
 */
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assess } from "#domain/assess/assess.ts";
import { formatDate, type PlainDate } from "#domain/shared/plain-date.ts";
import { parsePatientRecord } from "#contracts/patient-record.ts";
import { recordAssessmentSchema } from "#contracts/api/assessment.ts";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../../db/testing.ts";
import { NOW, buildWorld, overTheWire, signedIn, type World } from "../../http/assessment-test-support.ts";
import { TestClient, testApp, type TestApp } from "../../http/test-app.ts";
import { testClock } from "../../shared/test-support.ts";

const FIXTURES = new URL("../../../../test/fixtures/assess/", import.meta.url);
const fixtureRecords = readdirSync(FIXTURES)
  .filter((name) => name.endsWith(".record.json"))
  .map((name) => [name, JSON.parse(readFileSync(new URL(name, FIXTURES), "utf8")) as unknown] as const);

/** The CLI's answer for a record: parse, defaults, assess (src/cli/commands/assess.ts does the same). */
function cliAssessment(input: unknown, options: { asOf?: PlainDate; policy?: "us-label" | "us-payer" | "nice-ta260" | "ehf-2018"; today: PlainDate }) {
  const parsed = parsePatientRecord(input);
  if (!parsed.ok) throw new Error("expected a valid record");
  const { record, settings } = parsed.value;
  return assess(record, { asOf: options.asOf ?? parsed.value.asOf ?? options.today, policy: options.policy ?? parsed.value.policy ?? "us-label", settings });
}

const smallRecord = () => ({
  patient: { id: "sender-42", birthDate: "1980-05-10" },
  history: { botulinumHypersensitivity: false, injectionSiteInfection: false },
  diary: [
    { date: "2026-06-01", headache: true, hours: 6, severity: 2, features: { nausea: true }, medications: [{ class: "nsaid", relief: true }] },
    { date: "2026-06-02", headache: false },
  ],
});

describe.each(testDatabaseKinds())("POST /api/assess on %s", (kind) => {
  let t: TestDatabase;
  let http: TestApp;
  let world: World;
  let staff: TestClient;
  const clock = testClock(NOW);

  beforeAll(async () => {
    t = await openTestDatabase(kind);
    http = await testApp(t.db, { clock });
    world = await buildWorld(t.db, clock);
    staff = await signedIn(http, world.aClinician);
  });
  afterAll(async () => {
    await http.close();
    await t.close();
  });

  it.each(fixtureRecords)("answers what `cephalog assess` prints for %s, with the evidence", async (_name, record) => {
    const response = await staff.post("/api/assess", record);
    expect(response.statusCode, response.body).toBe(200);
    const { warnings, ...assessment } = response.json();
    expect(warnings).toEqual([]);
    expect(assessment).toEqual(overTheWire(cliAssessment(record, { today: "2026-07-20" as PlainDate })));
    expect(recordAssessmentSchema.safeParse(response.json()).success).toBe(true);
  });

  it("echoes the sender's patient id and takes asOf and policy from the query over the record's", async () => {
    const record = { ...smallRecord(), asOf: "2026-06-30", policy: "us-payer" };
    const fromRecord = (await staff.post("/api/assess", record)).json();
    expect(fromRecord).toMatchObject({ patientId: "sender-42", asOf: "2026-06-30", policy: "us-payer" });
    const fromQuery = (await staff.post("/api/assess?asOf=2026-06-15&policy=nice-ta260", record)).json();
    expect(fromQuery).toMatchObject({ asOf: "2026-06-15", policy: "nice-ta260" });
    const { warnings: _w, ...assessment } = fromQuery;
    expect(assessment).toEqual(overTheWire(cliAssessment(record, { asOf: "2026-06-15" as PlainDate, policy: "nice-ta260", today: "2026-07-20" as PlainDate })));
  });

  it("defaults to the server's local date and us-label when neither the query nor the record names them", async () => {
    clock.set("2026-03-10T12:00:00.000Z");
    try {
      const now = clock();
      const body = (await staff.post("/api/assess", smallRecord())).json();
      expect(body.asOf).toBe(formatDate(now.getFullYear(), now.getMonth() + 1, now.getDate()));
      expect(body.policy).toBe("us-label");
    } finally {
      clock.set(NOW);
    }
  });

  it("lists each unknown field as a warning and still assesses", async () => {
    const record = { ...smallRecord(), extra: 1, diary: [{ date: "2026-06-02", headache: false, severty: 2 }] };
    const response = await staff.post("/api/assess?asOf=2026-07-20", record);
    expect(response.statusCode).toBe(200);
    const warnings: string[] = response.json().warnings;
    expect([...warnings].sort()).toEqual(["unknown field diary[0].severty", "unknown field extra"]);
    // In the order the CLI warns about them.
    const parsed = parsePatientRecord(record);
    expect(warnings).toEqual(parsed.ok ? parsed.value.unknownFields.map((path) => `unknown field ${path}`) : null);
  });

  it("refuses an invalid record with 400 naming every JSON path exactly as the CLI does", async () => {
    const record = {
      ...smallRecord(),
      diary: [
        { date: "2026-06-01", headache: true, hours: 25, severity: 2 },
        { date: "2026-02-30", headache: false },
        { date: "2026-06-03", headache: true, severity: 4 },
        { date: "2026-06-01", headache: false },
      ],
      policy: "nice",
    };
    const response = await staff.post("/api/assess", record);
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe("validation_failed");
    const parsed = parsePatientRecord(record);
    if (parsed.ok) throw new Error("expected an invalid record");
    expect(error.details.issues).toEqual(parsed.issues);
    expect(error.details.issues.map((issue: { path: string }) => issue.path).sort()).toEqual(
      ["diary[0].hours", "diary[1].date", "diary[2].hours", "diary[2].severity", "diary[3].date", "policy"].sort(),
    );
    expect(error.message).toContain("diary[0].hours: must be 0-24 hours");
  });

  it("refuses a record listing more than 1000 windows naming asOf only when one was sent, else the earliest diary date", async () => {
    const record = { ...smallRecord(), diary: [...smallRecord().diary, { date: "0001-01-01", headache: false }] };
    const byDefault = await staff.post("/api/assess", record);
    expect(byDefault.statusCode).toBe(400);
    expect(byDefault.json().error.details.issues.map((issue: { path: string }) => issue.path)).toEqual(["diary[2].date"]);
    for (const [url, body] of [["/api/assess?asOf=2026-07-20", record], ["/api/assess", { ...record, asOf: "2026-07-20" }]] as const) {
      const response = await staff.post(url, body);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.details.issues.map((issue: { path: string }) => issue.path), url).toEqual(["asOf"]);
    }
    // Within 1000 windows of the sent asOf, the same record is assessed.
    expect((await staff.post("/api/assess?asOf=0050-01-01", record)).statusCode).toBe(200);
  });

  it("names a missing or non-object record at its root, and a bad query value by its name", async () => {
    for (const payload of [undefined, "[]", "\"text\""]) {
      const response = await staff.request({ method: "POST", url: "/api/assess", headers: { "content-type": "application/json" }, ...(payload === undefined ? {} : { payload }) });
      expect(response.statusCode, String(payload)).toBe(400);
      expect(response.json().error.details.issues[0].path).toBe("record");
    }
    const badQuery = await staff.post("/api/assess?asOf=2026-13-01", smallRecord());
    expect(badQuery.statusCode).toBe(400);
    expect(badQuery.json().error.details.issues.map((issue: { path: string }) => issue.path)).toEqual(["asOf"]);
    const notJson = await staff.request({ method: "POST", url: "/api/assess", headers: { "content-type": "application/json" }, payload: "{ not json" });
    expect(notJson.statusCode).toBe(400);
  });

  it("takes two years of diary in a body over the default 1 MiB and refuses one over 2 MiB with 413", async () => {
    const days = Array.from({ length: 731 }, (_, index) => {
      const date = new Date(Date.UTC(2024, 6, 20 + index)).toISOString().slice(0, 10);
      return { date, headache: true, hours: 6, severity: 2, features: { unilateral: true, pulsating: true, nausea: true, photophobia: true }, medications: [{ name: "sumatriptan", class: "triptan", relief: true }] };
    });
    const text = JSON.stringify({ patient: { id: "two-years" }, diary: days }, null, 2);
    // Two years of full diary days is about 0.4 MB as sent pretty-printed; padding takes it past 1 MiB.
    const large = `${text}${" ".repeat(1.5 * 1024 * 1024 - text.length)}`;
    expect(large.length).toBeGreaterThan(1024 * 1024);
    expect(large.length).toBeLessThan(2 * 1024 * 1024);
    const accepted = await staff.request({ method: "POST", url: "/api/assess?asOf=2026-07-20", headers: { "content-type": "application/json" }, payload: large });
    expect(accepted.statusCode, accepted.body.slice(0, 300)).toBe(200);
    expect(accepted.json().windows[0]).toMatchObject({ daysRecorded: 28, headacheDays: 28 });
    const tooLarge = `${large}${" ".repeat(2 * 1024 * 1024 - large.length + 1)}`;
    const refused = await staff.request({ method: "POST", url: "/api/assess", headers: { "content-type": "application/json" }, payload: tooLarge });
    expect(refused.statusCode).toBe(413);
    expect(refused.json().error.code).toBe("payload_too_large");
  });

  it("is for clinic staff of any clinic: a patient account is forbidden, a stranger must sign in", async () => {
    const admin = await signedIn(http, world.b.staff);
    expect((await admin.post("/api/assess", smallRecord())).statusCode).toBe(200);
    const ann = await signedIn(http, world.ann);
    // Refused before the record is looked at: a bad body still gets forbidden.
    for (const payload of [smallRecord(), { nonsense: true }]) {
      const response = await ann.post("/api/assess?asOf=bad", payload);
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe("forbidden");
    }
    const stranger = new TestClient(http.app);
    expect((await stranger.post("/api/assess", smallRecord())).statusCode).toBe(401);
  });

  it("keeps the record's values out of the log", async () => {
    const before = http.logs.length;
    // 98.75 hours: out of range (so the error path runs too) and a figure no timestamp or timing in a log line can spell by chance.
    await staff.post("/api/assess", { ...smallRecord(), patient: { id: "Ophelia Identifiable" }, diary: [{ date: "2026-06-01", headache: true, hours: 98.75, severity: 2, medications: [{ name: "Zebrafinchamol", class: "other" }] }] });
    const written = http.logs.slice(before).join("\n");
    expect(written).toContain("/api/assess");
    expect(written).not.toContain("Ophelia");
    expect(written).not.toContain("98.75");
    expect(written).not.toContain("Zebrafinchamol");
  });
});
