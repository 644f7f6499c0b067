import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { newTotpSecret, otpauthUrl, qrCodeDataUrl, verifyTotp } from "./totp.ts";

/** RFC 6238's SHA-1 key "12345678901234567890" in base32 (20 bytes). */
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("TOTP with otplib", () => {
  it("passes RFC 6238's SHA-1 vectors (the last 6 digits), and gives the step it matched", async () => {
    // RFC 6238 Appendix B: T = 59 s -> 94287082, T = 1111111109 -> 07081804.
    expect(await verifyTotp(RFC_SECRET, "287082", new Date(59_000), null)).toBe(1);
    expect(await verifyTotp(RFC_SECRET, "081804", new Date(1_111_111_109_000), null)).toBe(37_037_036);
  });

  it("takes the previous and the next step (a phone's clock a little off), not two steps away", async () => {
    const secret = newTotpSecret();
    const now = new Date("2026-07-20T10:00:15Z");
    const step = Math.floor(now.getTime() / 30_000);
    for (const [offsetSteps, accepted] of [[-2, false], [-1, true], [0, true], [1, true], [2, false]] as const) {
      const code = await generate({ secret, epoch: (step + offsetSteps) * 30 });
      expect(await verifyTotp(secret, code, now, null), `step ${offsetSteps}`).toBe(accepted ? step + offsetSteps : null);
    }
  });

  it("refuses a code of the last step accepted or before (replay), and anything not 6 digits", async () => {
    const secret = newTotpSecret();
    const now = new Date("2026-07-20T10:00:15Z");
    const code = await generate({ secret, epoch: Math.floor(now.getTime() / 1000) });
    const step = await verifyTotp(secret, code, now, null);
    expect(step).not.toBeNull();
    expect(await verifyTotp(secret, code, now, step)).toBeNull();
    expect(await verifyTotp(secret, "12345", now, null)).toBeNull();
    expect(await verifyTotp(secret, "abcdef", now, null)).toBeNull();
  });

  it("makes secrets of 20 bytes and an otpauth address with the issuer, drawn as an SVG QR code", async () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const url = otpauthUrl(secret, "ada@example.test");
    expect(url).toBe(`otpauth://totp/Cephalog:ada%40example.test?secret=${secret}&issuer=Cephalog`);
    const qr = await qrCodeDataUrl(url);
    expect(qr).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(qr.split(",")[1] ?? "", "base64").toString()).toContain("<svg");
  });
});
