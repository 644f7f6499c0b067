import { describe, expect, it } from "vitest";
// The boot script's text, as the browser gets it (Vite's ?raw import).
import BOOT_SCRIPT from "../../public/patient-look.js?raw";
import { LOOK_BAR_COLOURS, lookFromStored, PATIENT_LOOK_ATTRIBUTE, PATIENT_LOOK_KEY, readPatientLook, writePatientLook } from "./patient-look.ts";


function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

/** Runs public/patient-look.js against a fake document and storage; what it set on <html> and the bar. */
function boot(stored: Record<string, string> | "throws") {
  const attributes = new Map<string, string>();
  let bar = "#17130f";
  const localStorage =
    stored === "throws"
      ? {
          getItem: () => {
            throw new Error("SecurityError");
          },
        }
      : memoryStorage(stored);
  const document = {
    documentElement: { setAttribute: (name: string, value: string) => void attributes.set(name, value) },
    querySelector: () => ({ setAttribute: (_name: string, value: string) => void (bar = value) }),
  };
  // Runs the text with only these two globals in scope, as the page's <head> would.
  new Function("window", "document", BOOT_SCRIPT)({ localStorage }, document);
  return { attribute: attributes.get(PATIENT_LOOK_ATTRIBUTE) ?? null, bar };
}

describe("the patient's look", () => {
  it("is low light unless light was chosen", () => {
    expect(lookFromStored(null)).toBe("low-light");
    expect(lookFromStored("light")).toBe("light");
    expect(lookFromStored("dark")).toBe("low-light");
  });

  it("is remembered on the device, the default stored as nothing", () => {
    const store = memoryStorage();
    expect(writePatientLook("light", store)).toBe(true);
    expect(store.values.get(PATIENT_LOOK_KEY)).toBe("light");
    expect(readPatientLook(store)).toBe("light");
    expect(writePatientLook("low-light", store)).toBe(true);
    expect(store.values.has(PATIENT_LOOK_KEY)).toBe(false);
    expect(readPatientLook(store)).toBe("low-light");
  });

  it("says when the device would not remember it, and reads the default then", () => {
    const refusing = { getItem: () => null, setItem: () => { throw new DOMException("full", "QuotaExceededError"); }, removeItem: () => undefined };
    expect(writePatientLook("light", refusing)).toBe(false);
    expect(writePatientLook("light", null)).toBe(false);
    expect(readPatientLook(null)).toBe("low-light");
  });

  describe("applied before the first paint by public/patient-look.js", () => {
    it("applies the light look under the same key and attribute as the app, with its bar colour", () => {
      expect(boot({ [PATIENT_LOOK_KEY]: "light" })).toEqual({ attribute: "light", bar: LOOK_BAR_COLOURS.light });
    });

    it("leaves the low-light default alone", () => {
      expect(boot({})).toEqual({ attribute: null, bar: LOOK_BAR_COLOURS["low-light"] });
      expect(boot({ [PATIENT_LOOK_KEY]: "something-else" })).toEqual({ attribute: null, bar: LOOK_BAR_COLOURS["low-light"] });
    });

    it("does not stop the page when storage is blocked", () => {
      expect(boot("throws")).toEqual({ attribute: null, bar: LOOK_BAR_COLOURS["low-light"] });
    });
  });
});
