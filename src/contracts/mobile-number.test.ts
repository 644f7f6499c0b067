import { describe, expect, it } from "vitest";
import { MOBILE_NUMBER_MESSAGE, mobileNumberSchema, normalizeMobileNumber } from "./mobile-number.ts";

describe("a mobile number for text messages", () => {
  it("reads international numbers as people type them into E.164", () => {
    expect(normalizeMobileNumber("+44 7700 900123")).toBe("+447700900123");
    expect(normalizeMobileNumber("+1 (415) 555-0100")).toBe("+14155550100");
    expect(normalizeMobileNumber("+44 (0)7700 900123")).toBe("+447700900123");
    expect(normalizeMobileNumber("0034 612.34.56.78")).toBe("+34612345678");
    expect(normalizeMobileNumber("+34\u00a0612 345 678")).toBe("+34612345678");
    expect(normalizeMobileNumber("+6831234")).toBe("+6831234"); // 7 digits: the shortest plan (Niue)
    expect(normalizeMobileNumber("+123456789012345")).toBe("+123456789012345"); // 15 digits: E.164's longest
  });

  it("refuses what a gateway could not send to: no country code, a zero country code, letters, too short or too long", () => {
    for (const typed of ["07700 900123", "447700900123", "+0447700900123", "+44 7700 9OO123", "+44 77", "+1234567890123456", "", "+", "++447700900123", "+44 7700 900123 ext 2", "x".repeat(41)]) {
      expect(normalizeMobileNumber(typed), typed).toBeNull();
    }
  });

  it("answers the normalized number, or the one message that says what to type", () => {
    expect(mobileNumberSchema.parse(" +44 (0)7700 900123 ")).toBe("+447700900123");
    const refused = mobileNumberSchema.safeParse("07700 900123");
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.message)).toEqual([MOBILE_NUMBER_MESSAGE]);
  });
});
