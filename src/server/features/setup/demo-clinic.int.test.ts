/**
 * The demo clinic shows every feature at work (issue 6 §6): lots (one expiring, one expired),
 * injectors with hours, signed sessions (some with follow-the-pain sites, one amended), booked
 * visits, and patients in every pathway state on the worklist.
 */
import { describe, expect, it } from "vitest";
import { PATHWAY_STATES } from "#domain/pathway/pathway-status.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, signedIn } from "../../http/assessment-test-support.ts";
import { testClock } from "../../shared/test-support.ts";
import { DEMO_LOGINS } from "./demo-logins.ts";
import { seedDemo } from "./seed-demo.ts";

describe.each(testDatabaseKinds())("the demo clinic on %s", (kind) => {
  const clock = testClock("2026-12-03T10:00:00.000Z");
  const env = httpWorld(kind, clock);

  it("holds patients in every pathway state, treated with signed sessions, visits booked, stock in", async () => {
    const { clinicId } = await seedDemo(env.world.deps);
    const coordinator = await signedIn(env.http, DEMO_LOGINS.find((l) => l.role === "coordinator") as { email: string; password: string });
    const list = (await coordinator.get(`/api/clinics/${clinicId}/worklist?pageSize=500`)).json();
    expect(new Set(list.rows.map((row: { state: string }) => row.state))).toEqual(new Set(PATHWAY_STATES));
    expect(list.views.overdue).toBeGreaterThan(0);
    expect(list.views["evaluation-due"]).toBeGreaterThan(0);
    // This week's patients are always among the next 14 days' (the same rule over a longer span).
    const namesIn = async (view: string) => ((await coordinator.get(`/api/clinics/${clinicId}/worklist?view=${view}&pageSize=500`)).json().rows as { name: string }[]).map((row) => row.name);
    const week = await namesIn("due-this-week");
    expect(week.length).toBeGreaterThan(0);
    expect(await namesIn("due-soon")).toEqual(expect.arrayContaining(week));

    const sessions = await env.t.db.selectFrom("clinical_record_revisions").select(["record_id", "revision", "content", "reason"]).where("clinic_id", "=", clinicId).where("kind", "=", "injection-session").execute();
    expect(sessions.some((s) => s.revision === 2 && s.reason !== null)).toBe(true);
    expect(sessions.some((s) => (s.content as { injections: { followThePain: boolean }[] }).injections.some((i) => i.followThePain))).toBe(true);
    const slots = await env.t.db.selectFrom("appointment_slots").select("appointment_id").where("clinic_id", "=", clinicId).execute();
    expect(slots.length).toBeGreaterThan(0);

    const stock = (await coordinator.get(`/api/clinics/${clinicId}/stock`)).json();
    expect(stock.lots.map((lot: { status: string }) => lot.status).sort()).toEqual(["available", "expired", "expiring"]);
    expect(stock.lots.find((lot: { status: string }) => lot.status === "available").vialsUsed).toBe(sessions.filter((s) => s.revision === 1).length);

    // Every session of the demo is one the domain lets be signed, and each appointment holds its slot.
    const injector = await signedIn(env.http, DEMO_LOGINS.find((l) => l.role === "injector") as { email: string; password: string });
    const someone = list.rows.find((row: { state: string }) => row.state === "continuing");
    const view = (await injector.get(`/api/clinics/${clinicId}/patients/${someone.patientId}/sessions`)).json();
    expect(view.sessions.some((s: { amended: boolean }) => s.amended)).toBe(true);
    for (const s of view.sessions) {
      const session = (await injector.get(`/api/clinics/${clinicId}/patients/${someone.patientId}/sessions/${s.id}`)).json();
      expect(session.check.problems.filter((p: { severity: string }) => p.severity === "error")).toEqual([]);
    }
  }, 180_000);
});
