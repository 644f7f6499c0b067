import { describe, expect, it } from "vitest";
import type { ClientErrorCode } from "#web/app/api-error.ts";
import { ApiError } from "#web/app/api-error.ts";
import { sendOutcome } from "./send-outcome.ts";

const NOW = new Date("2026-07-20T10:00:00.000Z");

describe("sendOutcome: what a failed send of a diary revision means", () => {
  // Only the server's own answers that would be the same next time are final (the entry is kept,
  // shown as needing attention with the server's reason); the rest are passing and retried.
  it.each<[string, ClientErrorCode, number]>([
    ["a refused answer", "validation_failed", 400],
    ["a conflict", "conflict", 409],
    ["an unknown patient", "not_found", 404],
    ["a forbidden account", "forbidden", 403],
    ["a revision too large", "payload_too_large", 413],
  ])("marks %s (%s, %i) as needing attention with the server's reason, and goes on with the others", (_what, code, status) => {
    const issues = code === "validation_failed" ? [{ path: "hours", message: "is required when headache is true" }] : [];
    const outcome = sendOutcome(new ApiError(code, `The server says ${code}`, status, issues), { failures: 0 }, NOW);
    expect(outcome.stopSending).toBe(false);
    expect(outcome.change).toMatchObject({ state: "needs-attention", retryAt: null, problem: { kind: "refused", message: `The server says ${code}`, issues } });
  });

  it.each<[string, ClientErrorCode, number]>([
    ["a proxy's HTML page", "unexpected_response", 403],
    ["a proxy's HTML page with status 200", "unexpected_response", 200],
    ["an unreadable answer without status", "unexpected_response", 0],
    ["a request timeout", "unexpected_response", 408],
    ["a 429 without the API's shape", "unexpected_response", 429],
    ["a gateway error", "network_unreachable", 502],
    ["no network", "network_unreachable", 0],
    ["rate limiting", "rate_limited", 429],
    ["a server bug", "internal_error", 500],
    ["a server unavailable", "internal_error", 503],
    ["wrong credentials (not a diary answer)", "invalid_credentials", 401],
  ])("keeps the revision waiting after %s (%s, %i), backs off and stops this round", (_what, code, status) => {
    const outcome = sendOutcome(new ApiError(code, "passing", status), { failures: 0 }, NOW);
    expect(outcome.stopSending).toBe(true);
    expect(outcome.change.state).toBe("pending");
    expect(outcome.change.problem?.kind).toBe("retrying");
    expect(outcome.change.failures).toBe(1);
    expect(Date.parse(outcome.change.retryAt ?? "")).toBeGreaterThan(NOW.getTime());
  });

  it("waits longer after each passing failure in a row, up to a limit", () => {
    const delay = (failures: number) => Date.parse(sendOutcome(new ApiError("internal_error", "x", 500), { failures }, NOW).change.retryAt ?? "") - NOW.getTime();
    expect(delay(1)).toBeGreaterThan(delay(0));
    expect(delay(2)).toBeGreaterThan(delay(1));
    expect(delay(40)).toBe(delay(60));
    expect(delay(60)).toBeLessThanOrEqual(15 * 60_000);
  });

  it("asks the person to sign in again on 401, keeps the revision and stops sending", () => {
    const outcome = sendOutcome(new ApiError("unauthenticated", "Not signed in", 401), { failures: 0 }, NOW);
    expect(outcome.stopSending).toBe(true);
    expect(outcome.change).toMatchObject({ state: "needs-attention", problem: { kind: "sign-in", at: NOW.toISOString() } });
  });

  it("holds the revision for its owner when the session belongs to another patient, and stops sending", () => {
    const outcome = sendOutcome(new ApiError("account_mismatch", "Signed in as someone else", 409), { failures: 0 }, NOW);
    expect(outcome.stopSending).toBe(true);
    expect(outcome.change).toMatchObject({ state: "needs-attention", problem: { kind: "other-account", at: NOW.toISOString() } });
  });
});
