/**
 * A `t` fixed to one language and namespace, without the browser's detector: for the unit tests
 * of pure word helpers (progress-sentences.ts, report-words.ts…), which take `t` as an argument so
 * they read the same under English and Spanish.
 */
import i18next, { type TFunction } from "i18next";
import type { Language } from "./languages.ts";
import { RESOURCES, type Resources } from "./resources.ts";

const instance = i18next.createInstance();
void instance.init({ resources: RESOURCES, lng: "en", fallbackLng: "en", initAsync: false, interpolation: { escapeValue: false }, returnNull: false });

/**
 * @example fixedT("es", "shell")("nav.today") // "Hoy"
 */
export function fixedT<N extends keyof Resources>(language: Language, namespace: N): TFunction<N> {
  return instance.getFixedT(language, namespace);
}
