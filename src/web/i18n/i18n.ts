/**
 * i18next for the patient app and Learn (ADR 0020): the language is the person's choice kept on
 * this device, else the browser's first supported language, else English. Changing it also sets
 * `<html lang>` so screen readers speak the right language.
 */
import i18next, { type BackendModule, type TFunction } from "i18next";
import { initReactI18next } from "react-i18next";
import { LANGUAGES, supportedLanguage, type Language } from "./languages.ts";
import { deviceLanguageDetector } from "./device-language.ts";
import { FIRST_PAINT_NAMESPACES, loadCatalogue, NAMESPACES, type Namespace } from "./load-catalogue.ts";

/** i18next's backend: reads each catalogue through a dynamic import (load-catalogue.ts). */
const catalogueBackend: BackendModule = {
  type: "backend",
  init() {},
  read(language, namespace, callback) {
    const ours = supportedLanguage(language);
    if (!ours || !(NAMESPACES as readonly string[]).includes(namespace)) {
      callback(new Error(`no catalogue ${language}/${namespace}`), false);
      return;
    }
    loadCatalogue(ours, namespace as Namespace).then(
      (catalogue) => callback(null, catalogue),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

let started: Promise<typeof i18next> | null = null;
// Staff screens are English only (ADR 0020): their <html lang> stays "en" whatever the browser says.
let translatedPage = true;

function setDocumentLanguage(): void {
  if (typeof document !== "undefined") document.documentElement.lang = translatedPage ? currentLanguage() : "en";
}

/** Says whether the page shown is a translated one (patient, Learn, self-check) or English only. */
export function setTranslatedPage(translated: boolean): void {
  translatedPage = translated;
  setDocumentLanguage();
}

/**
 * Starts i18next once (main.tsx; the tests start it too) and settles when the current language's
 * first-paint namespaces are loaded, so the first render shows words, never keys.
 */
export function startI18n(): Promise<typeof i18next> {
  if (started) return started;
  started = i18next
    .use(deviceLanguageDetector)
    .use(catalogueBackend)
    .use(initReactI18next)
    .init({
      ns: [...FIRST_PAINT_NAMESPACES],
      defaultNS: "common",
      // Spanish is complete (typed as English's shape), so a Spanish reader needs no English copy.
      fallbackLng: { es: [], default: ["en"] },
      supportedLngs: [...LANGUAGES],
      nonExplicitSupportedLngs: true,
      load: "languageOnly",
      initAsync: false,
      interpolation: { escapeValue: false }, // React escapes.
      returnNull: false,
    })
    .then(() => i18next);
  setDocumentLanguage();
  i18next.on("languageChanged", setDocumentLanguage);
  return started;
}

/** The language in use, as one of ours. */
export function currentLanguage(): Language {
  return supportedLanguage(i18next.resolvedLanguage ?? i18next.language) ?? "en";
}

/** The language of the page shown: the reader's on a translated page, English on staff pages. */
export function pageLanguage(): Language {
  return translatedPage ? currentLanguage() : "en";
}

/**
 * The page's language and the `common` catalogue's words in it, for the shared pieces (errors,
 * load and form status) that speak whichever language the page is in.
 */
export function pageCommonWords(): { readonly language: Language; readonly t: TFunction<"common"> } {
  const language = pageLanguage();
  return { language, t: i18next.getFixedT(language, "common") };
}

/** Switches the language and remembers it on this device. */
export async function chooseLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
}
