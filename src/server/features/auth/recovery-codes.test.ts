import { describe, expect, it } from "vitest";
import { newRecoveryCodes, normalizeRecoveryCode, RECOVERY_CODE_COUNT, recoveryCodeHash } from "./recovery-codes.ts";

describe("recovery codes", () => {
  it("makes 10 different codes of four groups of four, from an alphabet without look-alikes", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}$/);
  });

  it("reads a typed code whatever its case, spaces and dashes; refuses what cannot be one", () => {
    expect(normalizeRecoveryCode("ABCD-efgh 2345-6789")).toBe("abcdefgh23456789");
    expect(normalizeRecoveryCode(" abcd efgh 2345 6789 ")).toBe("abcdefgh23456789");
    expect(normalizeRecoveryCode("123456")).toBeNull();
    expect(normalizeRecoveryCode("abcd-efgh-2345-678i")).toBeNull(); // i is not in the alphabet
  });

  it("stores a sha256, never the code", () => {
    const hash = recoveryCodeHash("abcdefgh23456789");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain("abcdefgh");
  });
});
