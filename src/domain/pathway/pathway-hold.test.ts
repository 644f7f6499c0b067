/** The hold a red side-effect report puts on the next session comes first on the worklist (pathway-rules §10). */
import { describe, expect, it } from "vitest";
import { plainDate } from "../shared/plain-date.ts";
import { pathwayStatus, type PathwayInput } from "./pathway-status.ts";

const asOf = plainDate("2026-07-20");
/** Treated once on 1 June, nothing booked, no evaluation yet. */
const inTreatment: PathwayInput["assessment"] = {
  chronicMigraine: { windows: [] } as unknown as PathwayInput["assessment"]["chronicMigraine"],
  eligibility: { status: "eligible" } as PathwayInput["assessment"]["eligibility"],
  treatment: { sessions: 1, lastDate: plainDate("2026-06-01"), nextDue: plainDate("2026-08-24"), nextLate: plainDate("2026-09-07") } as PathwayInput["assessment"]["treatment"],
  response: { evaluationWindow: null, reassessOn: null } as unknown as PathwayInput["assessment"]["response"],
};
const input = (change: Partial<PathwayInput>): PathwayInput => ({ asOf, policy: "nice-ta260", assessment: inTreatment, nextAppointment: null, authorization: null, decision: null, ...change });

describe("a red side-effect report's hold on the pathway", () => {
  it("makes reviewing it the next action, due today, in the same state", () => {
    expect(pathwayStatus(input({}))).toMatchObject({ state: "in-treatment", nextAction: "book-next-session" });
    expect(pathwayStatus(input({ sideEffectHold: true }))).toMatchObject({ state: "in-treatment", cycle: 1, nextAction: "review-side-effect", nextActionDate: "2026-07-20" });
    expect(pathwayStatus(input({ sideEffectHold: true, nextAppointment: { date: plainDate("2026-07-30") } }))).toMatchObject({ nextAction: "review-side-effect", nextAppointmentDate: "2026-07-30" });
  });

  it("leaves a stopped treatment with nothing to do", () => {
    const stopped = pathwayStatus(input({ sideEffectHold: true, decision: { decision: "stop", date: plainDate("2026-07-01") } }));
    expect(stopped).toMatchObject({ state: "stopped", nextAction: "none" });
  });
});
