/**
 * The patient's look on this device: low light (the default, design.md) or the lighter one a
 * patient may ask for. Remembered in localStorage and applied to <html> as
 * `data-patient-look="light"`; tokens.css gives the patient theme its light values under that
 * attribute, so clinic pages never change. `public/patient-look.js` applies the same key before
 * the first paint (no flash of the dark page); this module keeps the page and that script in step.
 */
import { useCallback, useSyncExternalStore } from "react";

export const PATIENT_LOOKS = ["low-light", "light"] as const;
export type PatientLook = (typeof PATIENT_LOOKS)[number];

/** The localStorage key; public/patient-look.js reads the same one (patient-look.test.ts checks). */
export const PATIENT_LOOK_KEY = "cephalog.patient-look.v1";
/** The attribute on <html> that tokens.css keys the light patient theme on. */
export const PATIENT_LOOK_ATTRIBUTE = "data-patient-look";

/** The browser's top bar colour for each look: each one's page background (tokens.css --bg). */
export const LOOK_BAR_COLOURS: Readonly<Record<PatientLook, string>> = { "low-light": "#17130f", light: "#f3ede4" };

/**
 * Reads a stored value as a look; anything else (nothing stored, an old value) is the default.
 * @example lookFromStored("light") // "light"
 * @example lookFromStored(null) // "low-light"
 */
export function lookFromStored(value: string | null): PatientLook {
  return value === "light" ? "light" : "low-light";
}

interface LookStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function storage(): LookStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The look this device remembers (the default when storage is unavailable). */
export function readPatientLook(store: LookStorage | null = storage()): PatientLook {
  try {
    return lookFromStored(store?.getItem(PATIENT_LOOK_KEY) ?? null);
  } catch {
    return "low-light";
  }
}

/**
 * Remembers a look: the default is stored as nothing, so an older app never meets a value it
 * does not know. Returns false when storage refused (private window): the look still applies
 * to this page, it is just not remembered.
 */
export function writePatientLook(look: PatientLook, store: LookStorage | null = storage()): boolean {
  try {
    if (!store) return false;
    if (look === "light") store.setItem(PATIENT_LOOK_KEY, "light");
    else store.removeItem(PATIENT_LOOK_KEY);
    return true;
  } catch {
    return false;
  }
}

/** Sets the attribute tokens.css reads, and the browser bar's colour while a patient page shows. */
export function applyPatientLook(look: PatientLook, root: HTMLElement = document.documentElement): void {
  if (look === "light") root.setAttribute(PATIENT_LOOK_ATTRIBUTE, "light");
  else root.removeAttribute(PATIENT_LOOK_ATTRIBUTE);
  if (root.dataset.theme === "patient") document.querySelector('meta[name="theme-color"]')?.setAttribute("content", LOOK_BAR_COLOURS[look]);
}

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed it: follow, so every tab of this device looks the same.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== null && event.key !== PATIENT_LOOK_KEY) return;
    applyPatientLook(readPatientLook());
    listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

const current = (): PatientLook => lookFromStored(document.documentElement.getAttribute(PATIENT_LOOK_ATTRIBUTE));

/**
 * The look shown now and the function that changes it (applied at once and remembered on this
 * device). `remembered` is false after a change storage refused.
 */
export function usePatientLook(): { readonly look: PatientLook; readonly choose: (look: PatientLook) => boolean } {
  const look = useSyncExternalStore(subscribe, current, () => "low-light" as PatientLook);
  const choose = useCallback((next: PatientLook) => {
    const remembered = writePatientLook(next);
    applyPatientLook(next);
    for (const listener of listeners) listener();
    return remembered;
  }, []);
  return { look, choose };
}
