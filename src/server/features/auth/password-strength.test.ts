import { describe, expect, it } from "vitest";
import { passwordWeakness, refuseWeakPassword } from "./password-strength.ts";

const ada = { email: "ada.lovelace@example.test", name: "Ada Lovelace" };

describe("passwordWeakness", () => {
  it.each(["          ", "password123", "Summer2026!", "qwertyuiop", "ada.lovelace@example.test", "ada.lovelace2026"])("refuses %j", async (password) => {
    expect(await passwordWeakness(password, ada)).toMatch(/^(is too easy to guess: |must not contain your email address)/);
  });

  it.each(["correct horse battery", "a long enough password", "tablet-migraine-kettle-9"])("accepts %j", async (password) => {
    expect(await passwordWeakness(password, ada)).toBeNull();
  });

  it("names the field in a validation error", async () => {
    await expect(refuseWeakPassword("admin.password", "password123", ada)).rejects.toMatchObject({ code: "validation_failed", details: { issues: [{ path: "admin.password" }] } });
  });
});
