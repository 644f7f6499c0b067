/**
 * i18next for the patient app and Learn (ADR 0020): the language is the person's choice kept on
 * this device, else the browser's first supported language, else English. Changing it also sets
 * `<html lang>` so screen readers speak the right language.
 */
import i18next from "i18next";
import LanguageDetector from "i18next-browser-languagedetector";
import { initReactI18next } from "react-i18next";
import { LANGUAGE_STORAGE_KEY, LANGUAGES, supportedLanguage, type Language } from "./languages.ts";
import { NAMESPACES, RESOURCES } from "./resources.ts";

let started = false;

/** Starts i18next once (main.tsx; the tests start it too). */
export function startI18n(): typeof i18next {
  if (started) return i18next;
  started = true;
  void i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: RESOURCES,
      ns: NAMESPACES,
      defaultNS: "common",
      fallbackLng: "en",
      supportedLngs: [...LANGUAGES],
      nonExplicitSupportedLngs: true,
      load: "languageOnly",
      initAsync: false,
      interpolation: { escapeValue: false }, // React escapes.
      detection: { order: ["localStorage", "navigator"], lookupLocalStorage: LANGUAGE_STORAGE_KEY, caches: ["localStorage"] },
      returnNull: false,
    });
  const setLang = () => {
    if (typeof document !== "undefined") document.documentElement.lang = currentLanguage();
  };
  setLang();
  i18next.on("languageChanged", setLang);
  return i18next;
}

/** The language in use, as one of ours. */
export function currentLanguage(): Language {
  return supportedLanguage(i18next.resolvedLanguage ?? i18next.language) ?? "en";
}

/** Switches the language and remembers it on this device. */
export async function chooseLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
}
