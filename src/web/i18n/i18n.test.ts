import { describe, expect, it } from "vitest";
import { detectLanguage } from "./device-language.ts";
import { supportedLanguage } from "./languages.ts";
import { formatDateLong, formatDateShort, formatNumber } from "./locale-format.ts";
import { ENGLISH_FIRST_PAINT, FIRST_PAINT_NAMESPACES, loadCatalogue, NAMESPACES, ON_DEMAND_NAMESPACES } from "./load-catalogue.ts";
import { RESOURCES } from "./resources.ts";

/** Every leaf path of a nested object of strings, with its value. */
function leaves(value: unknown, path = ""): [string, unknown][] {
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key));
  return [[path, value]];
}

describe("translations", () => {
  it("Spanish has every English key, and no other", () => {
    for (const [namespace, english] of Object.entries(RESOURCES.en)) {
      const spanish = (RESOURCES.es as Record<string, unknown>)[namespace];
      expect(leaves(spanish).map(([path]) => path).sort(), namespace).toEqual(leaves(english).map(([path]) => path).sort());
    }
  });

  it("no string is empty and every {{placeholder}} of English is in Spanish", () => {
    for (const [namespace, english] of Object.entries(RESOURCES.en)) {
      const spanish = new Map(leaves((RESOURCES.es as Record<string, unknown>)[namespace]));
      for (const [path, text] of leaves(english)) {
        expect(typeof text === "string" && text.trim() !== "", `${namespace}:${path} (en)`).toBe(true);
        const other = spanish.get(path);
        expect(typeof other === "string" && other.trim() !== "", `${namespace}:${path} (es)`).toBe(true);
        const placeholders = (words: string) => [...words.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort();
        expect(placeholders(String(other)), `${namespace}:${path}`).toEqual(placeholders(String(text)));
      }
    }
  });
});

describe("supportedLanguage", () => {
  it("maps a browser's tag to ours, or none", () => {
    expect(supportedLanguage("es-MX")).toBe("es");
    expect(supportedLanguage("EN-us")).toBe("en");
    expect(supportedLanguage("fr-FR")).toBeNull();
    expect(supportedLanguage(undefined)).toBeNull();
  });
});

describe("locale formats", () => {
  it("writes dates and numbers the reader's way, never shifted by the time zone", () => {
    expect(formatDateLong("2026-07-20", "en")).toBe("Monday 20 July");
    expect(formatDateLong("2026-07-20", "es")).toBe("lunes, 20 de julio");
    expect(formatDateShort("2026-01-01", "en")).toBe("1 Jan 2026");
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
    expect(formatNumber(1234.5, "es")).toBe("1234,5");
  });
});

describe("loading catalogues on demand", () => {
  it("knows every namespace, and loads each language's catalogue as bundled", async () => {
    expect([...NAMESPACES].sort()).toEqual(Object.keys(RESOURCES.en).sort());
    for (const language of ["en", "es"] as const) {
      for (const namespace of NAMESPACES) expect(await loadCatalogue(language, namespace), `${language}/${namespace}`).toBe(RESOURCES[language][namespace]);
    }
  });

  it("reads Learn, self-check, progress and account on demand and everything else before the first paint", () => {
    expect([...ON_DEMAND_NAMESPACES].sort()).toEqual(["account", "learn", "progress", "selfCheck"]);
    expect([...FIRST_PAINT_NAMESPACES, ...ON_DEMAND_NAMESPACES].sort()).toEqual([...NAMESPACES].sort());
  });

  it("has every English first-paint catalogue at hand in the first chunk, and nothing only a later screen reads", () => {
    expect(Object.keys(ENGLISH_FIRST_PAINT).sort()).toEqual([...FIRST_PAINT_NAMESPACES].sort());
    for (const namespace of FIRST_PAINT_NAMESPACES) expect(ENGLISH_FIRST_PAINT[namespace], namespace).toBe(RESOURCES.en[namespace]);
  });
});

describe("the language to open in", () => {
  it("takes the kept choice, else the browser's first supported language, else English", () => {
    expect(detectLanguage("es", ["en-GB"])).toBe("es");
    expect(detectLanguage(null, ["fr-FR", "es-MX", "en"])).toBe("es");
    expect(detectLanguage("de", ["fr"])).toBe("en");
    expect(detectLanguage(null, [])).toBe("en");
  });
});
