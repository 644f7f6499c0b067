import { describe, expect, it } from "vitest";
import { signInWarningText } from "./sign-in-warning-text.ts";

describe("signInWarningText", () => {
  it("says how many wrong passwords were tried and when the last was", () => {
    expect(signInWarningText({ failedAttempts: 4, lastAt: "2026-12-04T03:00:00Z" }, "4 Dec 2026, 03:00")).toBe(
      "4 wrong passwords were tried on your account since you last signed in, the last on 4 Dec 2026, 03:00.",
    );
    expect(signInWarningText({ failedAttempts: 1, lastAt: "2026-12-04T03:00:00Z" }, "4 Dec 2026, 03:00")).toMatch(/^1 wrong password was tried/);
  });
});
