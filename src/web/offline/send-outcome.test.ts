import { describe, expect, it } from "vitest";
import { ApiError } from "#web/app/api-error.ts";
import { sendOutcome } from "./send-outcome.ts";
import { entriesToSend } from "./sync.ts";
import { outboxEntry } from "./test-entries.ts";

describe("sendOutcome", () => {
  it("keeps a revision waiting, and stops sending, when the server cannot be reached", () => {
    const outcome = sendOutcome(new ApiError("network_unreachable", "Cannot reach the server.", 0));
    expect(outcome).toMatchObject({ state: "pending", stopSending: true, problem: { kind: "retrying" } });
  });

  it("keeps a revision waiting on a server error", () => {
    expect(sendOutcome(new ApiError("internal_error", "Something failed", 500)).state).toBe("pending");
  });

  it("asks the person to sign in again on 401, and stops sending", () => {
    const outcome = sendOutcome(new ApiError("unauthenticated", "Not signed in", 401));
    expect(outcome).toMatchObject({ state: "needs-attention", stopSending: true, problem: { kind: "sign-in" } });
  });

  it("shows the server's reasons for a refused revision and goes on with the others", () => {
    const issues = [{ path: "hours", message: "is required when headache is true" }];
    const outcome = sendOutcome(new ApiError("validation_failed", "Check the answers", 400, issues));
    expect(outcome).toMatchObject({ state: "needs-attention", stopSending: false, problem: { kind: "refused", issues } });
  });
});

describe("entriesToSend", () => {
  it("sends waiting revisions and those held for sign-in, oldest save first, but not sent or refused ones", () => {
    const entries = [
      outboxEntry("2026-07-20", "late", "2026-07-20T21:00:00.000Z"),
      outboxEntry("2026-07-19", "early", "2026-07-19T21:00:00.000Z", "needs-attention", { kind: "sign-in", message: "", issues: [] }),
      outboxEntry("2026-07-18", "done", "2026-07-18T21:00:00.000Z", "sent"),
      outboxEntry("2026-07-17", "refused", "2026-07-17T21:00:00.000Z", "needs-attention", { kind: "refused", message: "", issues: [] }),
    ];
    expect(entriesToSend(entries).map((entry) => entry.id)).toEqual(["early", "late"]);
  });
});
