import { describe, expect, it } from "vitest";
import { fixedT } from "#web/i18n/fixed-t.ts";
import { refusalWords } from "./refusal-words.ts";

const es = fixedT("es", "common");
const en = fixedT("en", "common");
const refused = { message: "Some answers need changing.", issues: [{ path: "severity", message: "must be 0-3" }], code: "validation_failed" };

describe("refusalWords", () => {
  it("says a refused day in Spanish from the server's code and fields", () => {
    expect(refusalWords(refused, "es", es)).toEqual({ sentence: "Parte de lo que ha escrito no se ha aceptado. Revíselo e inténtelo de nuevo.", lines: ["Intensidad: debe estar entre 0 y 3."] });
  });

  it("keeps the stored words in English, as the day note always read", () => {
    expect(refusalWords(refused, "en", en)).toEqual({ sentence: "Some answers need changing.", lines: ["severity: must be 0-3"] });
  });

  it("keeps the stored words of a refusal kept before codes were, and of a code a patient does not meet", () => {
    expect(refusalWords({ message: "Refused.", issues: [] }, "es", es).sentence).toBe("Refused.");
    expect(refusalWords({ message: "Not signable.", issues: [], code: "not_signable" }, "es", es).sentence).toBe("Not signable.");
  });

  it("says a day too far back with the clinic's number of days", () => {
    const tooFar = { message: "date is too far back", issues: [{ path: "date", message: "is too far back: a missed day can be filled in up to 7 days afterwards." }], code: "validation_failed" };
    expect(refusalWords(tooFar, "es", es).sentence).toContain("hasta 7 días después");
  });
});
