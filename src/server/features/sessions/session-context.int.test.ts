/**
 * The session screen's context on both databases: for a new session, the previous session is the
 * last one and the side effects are those since; for a signed session shown later, both are
 * judged before its own date (a June session is beside March's and what followed March's).
 */
import { describe, expect, it } from "vitest";
import { preemptFixedInjections } from "#domain/injections/preempt-protocol.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld } from "../../http/assessment-test-support.ts";
import { testClock } from "../../shared/test-support.ts";

describe.each(testDatabaseKinds())("the session context on %s", (kind) => {
  const env = httpWorld(kind, testClock("2026-12-03T10:00:00.000Z"));

  it("judges the previous session and the side effects since before the shown session's own date", async () => {
    const patient = await env.world.newPatient(env.world.a.clinicId, env.world.a.staff.userId);
    const base = `/api/clinics/${env.world.a.clinicId}/patients/${patient.id}`;
    const imported = await env.clinician.post(`${base}/record`, {
      patient: { id: "imported" },
      treatments: ["2026-03-18", "2026-06-10", "2026-09-16"].map((date) => ({ date, injections: preemptFixedInjections() })),
      sideEffectReports: [
        { date: "2026-04-02", symptoms: ["eyelid-droop"] },
        { date: "2026-09-21", symptoms: ["eyelid-droop"] },
      ],
    });
    expect(imported.statusCode).toBe(200);
    const sessions = (await env.clinician.get(`${base}/sessions`)).json().sessions as { id: string; date: string }[];
    const june = sessions.find((session) => session.date === "2026-06-10");
    const march = sessions.find((session) => session.date === "2026-03-18");

    const today = (await env.clinician.get(`${base}/session-context`)).json();
    expect(today).toMatchObject({ asOf: "2026-12-03", previous: { date: "2026-09-16" } });
    expect(today.sideEffectsByMuscle.map((effect: { date: string }) => effect.date)).toEqual(expect.arrayContaining(["2026-09-21"]));
    expect(today.sideEffectsByMuscle.map((effect: { date: string }) => effect.date)).not.toContain("2026-04-02");

    const ofJune = (await env.clinician.get(`${base}/session-context?forSessionId=${june?.id}`)).json();
    expect(ofJune).toMatchObject({ asOf: "2026-06-10", previous: { date: "2026-03-18" } });
    expect(new Set(ofJune.sideEffectsByMuscle.map((effect: { date: string }) => effect.date))).toEqual(new Set(["2026-04-02"]));

    const ofMarch = (await env.clinician.get(`${base}/session-context?forSessionId=${march?.id}`)).json();
    expect(ofMarch).toMatchObject({ asOf: "2026-03-18", previous: null, sideEffectsByMuscle: [] });

    const unknown = await env.clinician.get(`${base}/session-context?forSessionId=0195f1d2-7b1e-7c3a-9f00-000000000001`);
    expect(unknown.statusCode).toBe(404);
  });
});
