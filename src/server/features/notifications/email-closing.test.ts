import { describe, expect, it } from "vitest";
import { closingLine } from "./email-closing.ts";
import { emailText } from "./transports.ts";

describe("the closing line of an email, in the reader's language", () => {
  it("reads in English as before, with and without the public address", () => {
    expect(closingLine("/today", "https://cephalog.example.org", "en")).toBe("Open it in Cephalog: https://cephalog.example.org/today");
    expect(closingLine("/today", null, "en")).toBe("Sign in to Cephalog and open /today");
  });

  it("reads in Spanish for a Spanish reader", () => {
    expect(closingLine("/today", "https://cephalog.example.org", "es")).toBe("Ábralo en Cephalog: https://cephalog.example.org/today");
    expect(closingLine("/today", null, "es")).toBe("Inicie sesión en Cephalog y abra /today");
  });

  it("ends an email in its message's language, English when none is known", () => {
    const reminder = { body: "Toque para rellenar el diario de hoy. Son unos segundos.", link: "/today" };
    expect(emailText({ ...reminder, language: "es" }, "https://cephalog.example.org")).toBe("Toque para rellenar el diario de hoy. Son unos segundos.\n\nÁbralo en Cephalog: https://cephalog.example.org/today");
    expect(emailText({ body: "Check it.", link: "/clinic/c/x" }, "https://cephalog.example.org")).toBe("Check it.\n\nOpen it in Cephalog: https://cephalog.example.org/clinic/c/x");
    expect(emailText({ body: "Check it.", link: null, language: "es" }, null)).toBe("Check it.");
  });
});
