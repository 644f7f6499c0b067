/**
 * The demo clinic's side effects (issue 8, interface 5): one red report holding its patient's next
 * session and not yet acknowledged (the alert every staff page shows), amber and green ones still
 * open, and one resolved after a call and advice, each action with its note.
 */
import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, signedIn } from "../../http/assessment-test-support.ts";
import { testClock } from "../../shared/test-support.ts";
import { DEMO_LOGINS } from "../setup/demo-logins.ts";
import { seedDemo } from "../setup/seed-demo.ts";

describe.each(testDatabaseKinds())("the demo clinic's side effects on %s", (kind) => {
  const clock = testClock("2026-12-03T10:00:00.000Z");
  const env = httpWorld(kind, clock);

  it("holds a red report unacknowledged, amber and green ones open, and one resolved with its actions", async () => {
    const { clinicId } = await seedDemo(env.world.deps);
    const clinician = await signedIn(env.http, DEMO_LOGINS.find((login) => login.role === "clinician") as { email: string; password: string });
    expect((await clinician.get(`/api/clinics/${clinicId}/side-effects/alerts`)).json()).toMatchObject({ unacknowledgedRed: 1 });

    const open = (await clinician.get(`/api/clinics/${clinicId}/side-effects`)).json().reports as { id: string; patientId: string; level: string; status: string; hold: string; followsSession: unknown }[];
    expect(open.map((report) => [report.level, report.status, report.hold])).toEqual([
      ["red", "new", "held"],
      ["amber", "new", "none"],
      ["green", "new", "none"],
      ["green", "acknowledged", "none"],
    ]);
    expect(open.every((report) => report.followsSession !== null)).toBe(true);

    const all = (await clinician.get(`/api/clinics/${clinicId}/side-effects?show=all`)).json().reports as { id: string; patientId: string; status: string; source: string | null }[];
    const resolved = all.find((report) => report.status === "resolved" && report.source === "staff-phone");
    expect(resolved).toBeDefined();
    const detail = (await clinician.get(`/api/clinics/${clinicId}/patients/${resolved?.patientId}/side-effects/${resolved?.id}`)).json();
    expect(detail.history.map((entry: { action: string | null }) => entry.action)).toEqual([null, "called", "advised", "resolved"]);
    expect(detail.history.slice(1).every((entry: { note: string }) => entry.note.length > 0)).toBe(true);

    const red = open[0];
    expect((await clinician.get(`/api/clinics/${clinicId}/patients/${red?.patientId}/side-effects`)).json().hold.held).toBe(true);
  }, 180_000);
});
