/**
 * The demo clinic's response reviews and decisions (issue 8): patients at the evaluation point
 * with complete windows, one responding and one not; decisions made at the two-cycle review on
 * the review of their day, responders continued, non-responders stopped or switched, one paused
 * under EHF 2018, each following its policy's recommendation and kept with its basis.
 */
import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, signedIn } from "../../http/assessment-test-support.ts";
import { testClock } from "../../shared/test-support.ts";
import { DEMO_LOGINS } from "./demo-logins.ts";
import { seedDemo } from "./seed-demo.ts";

type Row = { patientId: string; state: string; stoppedBy: string | null };
type Decision = { id: string; decision: string; date: string; basis: { policy: string; recommendation: string | null; followsRecommendation: boolean | null } | null };

describe.each(testDatabaseKinds())("the demo's response reviews and decisions on %s", (kind) => {
  const clock = testClock("2026-12-03T10:00:00.000Z");
  const env = httpWorld(kind, clock);

  it("has patients due a review with complete windows, and decisions at the two-cycle review that follow their policy", async () => {
    const { clinicId } = await seedDemo(env.world.deps);
    const clinician = await signedIn(env.http, DEMO_LOGINS.find((l) => l.role === "clinician") as { email: string; password: string });
    const patient = (id: string) => `/api/clinics/${clinicId}/patients/${id}`;
    const rows = (await clinician.get(`/api/clinics/${clinicId}/worklist?pageSize=500`)).json().rows as Row[];

    const due = rows.filter((row) => row.state === "evaluation-due");
    const dueReviews = await Promise.all(due.map(async (row) => (await clinician.get(`${patient(row.patientId)}/response-review`)).json()));
    for (const review of dueReviews) {
      expect(review.assessment.response.status).toBe("evaluated");
      expect(review.baseline.complete && review.evaluation.complete).toBe(true);
    }
    expect(dueReviews.some((review) => review.assessment.response.responder30 === true)).toBe(true);
    expect(dueReviews.some((review) => review.assessment.response.responder30 === false)).toBe(true);

    const decided = await Promise.all(
      rows
        .filter((row) => ["continuing", "stopped", "paused"].includes(row.state))
        .map(async (row) => ({ row, decision: ((await clinician.get(`${patient(row.patientId)}/care`)).json().decisions as Decision[])[0] as Decision })),
    );
    for (const { row, decision } of decided) {
      expect(decision.basis, row.state).not.toBeNull();
      expect(decision.basis?.followsRecommendation, `${row.state}: ${decision.decision} against ${decision.basis?.recommendation}`).toBe(true);
      const basis = (await clinician.get(`${patient(row.patientId)}/treatment-decisions/${decision.id}/basis`)).json();
      expect(basis.review.assessment.response.status).toBe("evaluated");
      expect(basis.review.asOf).toBe(decision.date);
    }
    const by = (state: string) => decided.filter(({ row }) => row.state === state);
    for (const { decision } of by("continuing")) expect(decision).toMatchObject({ decision: "continue", basis: { recommendation: "continue" } });
    expect(by("stopped").map(({ row }) => row.stoppedBy).sort()).toEqual(expect.arrayContaining(["stop", "switch"]));
    expect(by("paused").some(({ decision }) => decision.decision === "pause" && decision.basis?.policy === "ehf-2018" && decision.basis.recommendation === "pause")).toBe(true);
  }, 180_000);
});
