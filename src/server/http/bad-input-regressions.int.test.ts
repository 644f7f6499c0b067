/**
 * Issue 7, finding 4: inputs that once reached the database and came back as 500, kept as
 * regression cases on both databases. Each is now a 400 naming the field (or, for a range near
 * the edge of the calendar, a 200 over the part of the range that exists): the year 0000 in a
 * birth date, a trial's start, an assessment date and a treatment date; diary and slot ranges that
 * run past 9999-12-31; a lone UTF-16 surrogate in a medicine name; a birth date in the future,
 * which once was kept and then refused every diary day as "before birth".
 */
import { v7 as uuidv7 } from "uuid";
import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../db/testing.ts";
import { testClock } from "../shared/test-support.ts";
import { NOW, httpWorld, signedIn } from "./assessment-test-support.ts";

type Answer = { statusCode: number; json(): { error?: { code: string; details?: { issues?: { path: string }[] } } } };
const issuePaths = (answer: Answer) => answer.json().error?.details?.issues?.map((issue) => issue.path) ?? [];
/** A medicine name holding a lone high surrogate, as JSON sends it. */
const LONE_SURROGATE = "Sumatriptan \ud800";

describe.each(testDatabaseKinds())("inputs that once were a 500 (issue 7, finding 4) on %s", (kind) => {
  const env = httpWorld(kind, testClock(NOW));
  const clinicUrl = (suffix: string) => `/api/clinics/${env.world.a.clinicId}${suffix}`;
  const annUrl = (suffix: string) => clinicUrl(`/patients/${env.world.ann.patientId}${suffix}`);
  const patient = { name: "Pat Placeholder", timeZone: "Europe/London" };

  it.each([
    ["a birth date in the year 0000", { ...patient, birthDate: "0000-01-01" }],
    ["a birth date of 9999-12-31", { ...patient, birthDate: "9999-12-31" }],
    ["a birth date tomorrow", { ...patient, birthDate: "2026-07-21" }],
  ])("refuses %s when a patient is added, naming birthDate and adding no one", async (_name, body) => {
    const before = (await env.clinician.get(clinicUrl("/patients"))).json() as unknown[];
    const answer = await env.clinician.post(clinicUrl("/patients"), body);
    expect(answer.statusCode).toBe(400);
    expect(issuePaths(answer)).toEqual(["birthDate"]);
    expect((await env.clinician.get(clinicUrl("/patients"))).json()).toHaveLength(before.length);
  });

  it("refuses a preventive trial starting in the year 0000, naming start", async () => {
    const answer = await env.clinician.post(annUrl("/preventives"), { name: "Topiramate", class: "antiepileptic", start: "0000-03-01", outcome: "ongoing" });
    expect(answer.statusCode).toBe(400);
    expect(issuePaths(answer)).toEqual(["start"]);
  });

  it("refuses an assessment as of the year 0000, naming asOf, stored and sent alike", async () => {
    const stored = await env.clinician.get(annUrl("/assessment?asOf=0000-06-01"));
    expect(stored.statusCode).toBe(400);
    expect(issuePaths(stored)).toEqual(["asOf"]);
    const sent = await env.clinician.post("/api/assess?asOf=0000-06-01", { patient: { id: "p1" }, diary: [{ date: "2026-07-01", headache: false }] });
    expect(sent.statusCode).toBe(400);
    expect(issuePaths(sent)).toEqual(["asOf"]);
  });

  it("refuses a treatment dated in the year 0000 in a sent record and in an import, naming the treatment's date", async () => {
    const record = {
      patient: { id: "p1" },
      treatments: [{ date: "0000-02-01", injections: [{ muscle: "procerus", side: "midline", units: 5 }] }],
    };
    const sent = await env.clinician.post("/api/assess", record);
    expect(sent.statusCode).toBe(400);
    expect(issuePaths(sent)).toEqual(["treatments[0].date"]);
    const imported = await env.clinician.post(annUrl("/record?dryRun=true"), record);
    expect(imported.statusCode).toBe(400);
    expect(issuePaths(imported)).toContain("treatments[0].date");
  });

  it("answers a patient's diary range that runs past 9999-12-31 with the days that exist", async () => {
    const ann = await signedIn(env.http, env.world.ann);
    for (const query of ["?from=9999-12-20", "?to=0001-01-10", "?from=9999-12-31&to=9999-12-31"]) {
      const answer = await ann.get(`/api/me/diary${query}`);
      expect(answer.statusCode, query).toBe(200);
    }
    const year0 = await ann.get("/api/me/diary?from=0000-12-20");
    expect(year0.statusCode).toBe(400);
    expect(issuePaths(year0)).toEqual(["from"]);
  });

  it("refuses a medicine name holding a lone surrogate, from the patient and from staff, naming the field and saving nothing", async () => {
    const ann = await signedIn(env.http, env.world.ann);
    const day = { id: uuidv7(), date: "2026-07-19", recordedAt: NOW, headache: true, hours: 5, severity: 2, medications: [{ name: LONE_SURROGATE, class: "triptan" }] };
    const own = await ann.post("/api/me/diary", { patientId: env.world.ann.patientId, ...day });
    expect(own.statusCode).toBe(400);
    expect(issuePaths(own)).toEqual(["medications.0.name"]);
    const byStaff = await env.clinician.post(annUrl("/diary"), day);
    expect(byStaff.statusCode).toBe(400);
    expect(issuePaths(byStaff)).toEqual(["medications.0.name"]);
    const trial = await env.clinician.post(annUrl("/preventives"), { name: LONE_SURROGATE, class: "antiepileptic", start: "2025-01-01", outcome: "ongoing" });
    expect(trial.statusCode).toBe(400);
    expect(issuePaths(trial)).toEqual(["name"]);
    const diary = (await ann.get("/api/me/diary?from=2026-07-19&to=2026-07-19")).json() as { days: unknown[] };
    expect(diary.days).toEqual([]);
  });

  it("answers free slots up to 9999-12-31 without a day after it", async () => {
    const answer = await env.clinician.get(clinicUrl("/slots?from=9999-12-25&to=9999-12-31"));
    expect(answer.statusCode).toBe(200);
  });
});
