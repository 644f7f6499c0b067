import { describe, expect, it } from "vitest";
import { adviceLanguageOf, passwordWeakness, refuseWeakPassword } from "./password-strength.ts";

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

  it("gives the advice in Spanish after the fixed English fragment when asked, and knows Spanish words", async () => {
    const english = await passwordWeakness("password123", ada, "en");
    const spanish = await passwordWeakness("password123", ada, "es");
    expect(english).toMatch(/^is too easy to guess: [a-z]/);
    expect(spanish).toMatch(/^is too easy to guess: /);
    expect(spanish).not.toBe(english);
    expect(spanish).toMatch(/[áéíóúñ]|contraseña|palabra|común|adivinar/i);
    // Addressed as "usted", as the app's Spanish is (the package's own advice says "tú": "Añade", "Evita").
    for (const password of ["password123", "qwertyuiop", "mariposa1987", "Summer2026!", "aaaaaaaaaaaa"]) {
      expect(await passwordWeakness(password, ada, "es"), password).not.toMatch(/\b(añade|evita|usa|escribe|puedes|tu|contigo)\b/i);
    }
    // A common Spanish word and a year: weak for either reader only if the Spanish dictionary is read.
    expect(await passwordWeakness("contraseña2026", ada, "en")).toMatch(/^is too easy to guess: /);
  });
});

describe("adviceLanguageOf", () => {
  it.each([
    ["es", "es"],
    ["es-MX,es;q=0.9", "es"],
    ["ES-es", "es"],
    ["en-GB,es;q=0.8", "en"],
    ["fr", "en"],
    ["", "en"],
    [undefined, "en"],
  ] as const)("%j -> %s", (header, language) => {
    expect(adviceLanguageOf(header)).toBe(language);
  });
});
