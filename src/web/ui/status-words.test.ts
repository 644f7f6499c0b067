import { describe, expect, it } from "vitest";
import { fixedT } from "#web/i18n/fixed-t.ts";
import { formatTime } from "./format.ts";
import { statusWords } from "./status-words.ts";

const en = fixedT("en", "common");
const es = fixedT("es", "common");
const at = new Date("2026-07-20T12:05:00.000Z");

describe("statusWords", () => {
  it("reads on an English page word for word as LoadStatus and FormProblem always did", () => {
    const words = statusWords("en", en);
    expect(words.loading("the worklist")).toBe("Loading the worklist…");
    expect(words.loadFailed("the worklist")).toBe("Could not load the worklist.");
    expect(words.retry).toBe("Try again");
    expect(words.notSaved).toBe("Not saved.");
    expect(words.upToDate(at)).toBe(`Up to date as of ${formatTime(at)}.`);
  });

  it("matches the English catalogue, so a translated page in English reads the same", () => {
    const words = statusWords("en", en);
    expect(words.loading("the list")).toBe(en("status.loading", { what: "the list" }));
    expect(words.loadFailed("the list")).toBe(en("status.loadFailed", { what: "the list" }));
    expect(words.retry).toBe(en("status.retry"));
    expect(words.notSaved).toBe(en("status.notSaved"));
  });

  it("speaks Spanish on a Spanish page, with the time the Spanish way", () => {
    const words = statusWords("es", es);
    expect(words.loading("sus ajustes")).toBe("Cargando sus ajustes…");
    expect(words.loadFailed("sus ajustes")).toBe("No se pudo cargar sus ajustes.");
    expect(words.retry).toBe("Volver a intentarlo");
    expect(words.notSaved).toBe("No se ha guardado.");
    expect(words.upToDate(at)).toMatch(/^Actualizado a las \d{2}:05\.$/);
  });
});
