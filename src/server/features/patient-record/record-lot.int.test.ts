/**
 * The lot and expiry of a session in the record export and import (issue 10 §4), on both
 * databases: the export gives them when the session's vials came from one lot, none when from
 * several (naming one would say every injection came from it) or none recorded; the import does
 * not store them (an imported session has no vials) and says so in its warnings, never silently.
 */
import { describe, expect, it } from "vitest";
import { preemptFixedInjections } from "#domain/injections/preempt-protocol.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld } from "../../http/assessment-test-support.ts";
import { testClock } from "../../shared/test-support.ts";
import { writeSessionWithLots } from "../fhir/fhir-test-support.ts";

describe.each(testDatabaseKinds())("a session's lot in the patient record on %s", (kind) => {
  const clock = testClock("2026-07-20T10:00:00.000Z");
  const env = httpWorld(kind, clock);
  const recordUrl = (patientId: string, query = "") => `/api/clinics/${env.world.a.clinicId}/patients/${patientId}/record${query}`;

  it("exports lot and expiry for a session of one lot (several vials of it too), and none for several lots or no vials", async () => {
    const patientId = (await env.world.newPatient(env.world.a.clinicId, env.world.aClinician.userId)).id;
    const target = { clinicId: env.world.a.clinicId, patientId };
    const write = (date: string, lots: Parameters<typeof writeSessionWithLots>[4]) => writeSessionWithLots(env.world.deps, target, env.world.aClinician.userId, date, lots);
    await write("2026-01-05", [{ lotNumber: "C7788", expiry: "2027-06-30", vials: 2 }]);
    await write("2026-04-01", [
      { lotNumber: "C7788", expiry: "2027-06-30" },
      { lotNumber: "D1200", expiry: "2027-09-30" },
    ]);
    // A lot row with no vials used does not count as a second lot.
    await write("2026-07-01", [
      { lotNumber: "E5000", expiry: "2028-01-31" },
      { lotNumber: "F0000", expiry: "2028-02-29", vials: 0 },
    ]);
    await write("2026-07-15", []);
    const exported = (await env.clinician.get(recordUrl(patientId))).json();
    expect(exported.treatments.map((s: { date: string; lot?: string; expiry?: string }) => [s.date, s.lot ?? null, s.expiry ?? null])).toEqual([
      ["2026-01-05", "C7788", "2027-06-30"],
      ["2026-04-01", null, null],
      ["2026-07-01", "E5000", "2028-01-31"],
      ["2026-07-15", null, null],
    ]);
    expect(exported.treatments[1]).not.toHaveProperty("lot");
  });

  it("warns that lot/expiry are not stored on import, for each session giving them, on a dry run too", async () => {
    const patientId = (await env.world.newPatient(env.world.a.clinicId, env.world.aClinician.userId)).id;
    const record = {
      patient: { id: "x" },
      treatments: [
        { date: "2026-01-05", injections: preemptFixedInjections() },
        { date: "2026-04-01", injections: preemptFixedInjections(), lot: "C7788", expiry: "2027-06-30" },
        { date: "2026-07-01", injections: preemptFixedInjections(), expiry: "2027-06-30" },
      ],
    };
    const dry = await env.clinician.post(recordUrl(patientId, "?dryRun=true"), record);
    expect(dry.json().warnings).toEqual(["treatments[1]: lot/expiry are not stored on import", "treatments[2]: lot/expiry are not stored on import"]);
    const imported = await env.clinician.post(recordUrl(patientId), record);
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ created: { treatments: 3 }, warnings: ["treatments[1]: lot/expiry are not stored on import", "treatments[2]: lot/expiry are not stored on import"] });
    const exported = (await env.clinician.get(recordUrl(patientId))).json();
    expect(exported.treatments.every((s: object) => !("lot" in s) && !("expiry" in s))).toBe(true);
  });
});
