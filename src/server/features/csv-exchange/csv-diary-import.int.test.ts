/**
 * The CSV diary import on both databases (issue 10 §5): the dry run lists every rejected row with
 * its line, column and reason and stores nothing; the import stores nothing while one row is
 * rejected, and once the file is right stores every day as a revision with source `import`; the
 * same file again stores nothing; an exported diary imports back unchanged; clinical staff only.
 */
import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, signedIn } from "../../http/assessment-test-support.ts";
import { addStaff, testClock } from "../../shared/test-support.ts";

const GOOD = [
  "Day,Headache?,Hours,Pain,Tablets,Comment",
  "2026-07-01,yes,5,moderate,Sumatriptan,",
  '2026-07-02,no,,,,"busy day, slept well"',
  "2026-07-03,yes,2.5,1,nsaid; Brandex (gepant),",
].join("\r\n");
const MAPPING = { date: "Day", headache: "Headache?", hours: "Hours", severity: "Pain", medicines: "Tablets", note: "Comment" };
/** The same file with line 3 broken (severity 7) and a day after the patient's tomorrow. */
const BAD = `${GOOD.replace("2026-07-02,no,,,,", "2026-07-02,yes,4,7,,")}\r\n2026-07-25,no,,,,\r\n`;

describe.each(testDatabaseKinds())("the CSV diary import on %s", (kind) => {
  const clock = testClock("2026-07-20T12:00:00.000Z");
  const env = httpWorld(kind, clock);
  const url = (patientId: string, dryRun: boolean) => `/api/clinics/${env.world.a.clinicId}/patients/${patientId}/diary-import/csv?dryRun=${dryRun}`;
  const newPatient = async () => (await env.world.newPatient(env.world.a.clinicId, env.world.aClinician.userId)).id;
  const revisions = (patientId: string) => env.t.db.selectFrom("diary_revisions").selectAll().where("patient_id", "=", patientId).orderBy("date").execute();

  it("dry run: lists every rejected row with line, column and reason, counts the rest, stores nothing", async () => {
    const patientId = await newPatient();
    const response = await env.clinician.post(url(patientId, true), { csv: BAD, mapping: MAPPING });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      dryRun: true,
      rows: 4,
      accepted: 2,
      imported: 2,
      unchanged: 0,
      rejected: [
        { line: 3, column: "Pain", reason: "must be 0-3" },
        { line: 5, column: "Day", reason: "must not be after today" },
      ],
    });
    expect(await revisions(patientId)).toEqual([]);
  });

  it("stores nothing while one row is rejected, naming each line; once fixed stores every day with source import", async () => {
    const patientId = await newPatient();
    const refused = await env.clinician.post(url(patientId, false), { csv: BAD, mapping: MAPPING });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ code: "validation_failed", details: { issues: [{ path: 'line 3 "Pain"', message: "must be 0-3" }, { path: 'line 5 "Day"', message: "must not be after today" }] } });
    expect(await revisions(patientId)).toEqual([]);

    const imported = await env.clinician.post(url(patientId, false), { csv: GOOD, mapping: MAPPING });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toEqual({ dryRun: false, rows: 3, accepted: 3, imported: 3, unchanged: 0, rejected: [] });
    const stored = await revisions(patientId);
    expect(stored.map((row) => [row.date, row.source, row.entered_by, row.entered_by_user_id])).toEqual([
      ["2026-07-01", "import", "staff", env.world.aClinician.userId],
      ["2026-07-02", "import", "staff", env.world.aClinician.userId],
      ["2026-07-03", "import", "staff", env.world.aClinician.userId],
    ]);
    expect(stored.map((row) => row.answers)).toEqual([
      { headache: true, hours: 5, severity: 2, medications: [{ name: "Sumatriptan", class: "triptan" }] },
      { headache: false, note: "busy day, slept well" },
      { headache: true, hours: 2.5, severity: 1, medications: [{ class: "simple-analgesic" }, { name: "Brandex", class: "gepant" }] },
    ]);
    const day = (await env.clinician.get(`/api/clinics/${env.world.a.clinicId}/patients/${patientId}`)).json().diary as { date: string; source: string }[];
    expect(day.filter((d) => d.date.startsWith("2026-07-0")).map((d) => d.source)).toEqual(["import", "import", "import"]);

    const again = await env.clinician.post(url(patientId, false), { csv: GOOD, mapping: MAPPING });
    expect(again.json()).toMatchObject({ imported: 0, unchanged: 3 });
    expect(await revisions(patientId)).toHaveLength(3);
  });

  it("imports a diary exported as CSV back unchanged through the export's own column names", async () => {
    const patientId = await newPatient();
    await env.clinician.post(url(patientId, false), { csv: GOOD, mapping: MAPPING });
    const exported = (await env.clinician.get(`/api/clinics/${env.world.a.clinicId}/patients/${patientId}/diary.csv`)).body;
    const mapping = { date: "date", headache: "headache", hours: "hours", severity: "severity", medicines: "medicines", features: "features", duration: "duration", note: "note" };
    const back = await env.clinician.post(url(patientId, false), { csv: exported, mapping });
    expect(back.json()).toEqual({ dryRun: false, rows: 3, accepted: 3, imported: 0, unchanged: 3, rejected: [] });
  });

  it("refuses a mapping to a missing column, an unreadable file and a date before birth, naming them", async () => {
    const patientId = await newPatient();
    const missing = await env.clinician.post(url(patientId, true), { csv: GOOD, mapping: { ...MAPPING, hours: "Duration" } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.issues).toEqual([{ path: "mapping.hours", message: "names no column of the header row" }]);
    const unreadable = await env.clinician.post(url(patientId, true), { csv: 'Day,Headache?\n2026-07-01,"yes\n', mapping: { date: "Day", headache: "Headache?" } });
    expect(unreadable.statusCode).toBe(400);
    expect(unreadable.json().error.details.issues[0].path).toBe("csv");
    const early = await env.clinician.post(url(patientId, true), { csv: "Day,Headache?\r\n1900-01-01,no\r\n", mapping: { date: "Day", headache: "Headache?" } });
    expect(early.json().rejected).toEqual([{ line: 2, column: "Day", reason: "must not be before the patient's birth date" }]);
  });

  it("is for clinical staff of the patient's clinic only", async () => {
    const patientId = await newPatient();
    const coordinator = await signedIn(env.http, await addStaff(env.world.deps, env.world.a.clinicId, "coordinator"));
    expect((await coordinator.post(url(patientId, true), { csv: GOOD, mapping: MAPPING })).statusCode).toBe(403);
    expect((await env.clinician.post(`/api/clinics/${env.world.a.clinicId}/patients/${env.world.bea.patientId}/diary-import/csv?dryRun=true`, { csv: GOOD, mapping: MAPPING })).statusCode).toBe(404);
    expect(await revisions(patientId)).toEqual([]);
  });
});
