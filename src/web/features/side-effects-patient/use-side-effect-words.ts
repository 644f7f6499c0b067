/** The "sideEffects" words in the reader's language, for the side-effect screens. */
import { useTranslation } from "react-i18next";
import { supportedLanguage } from "#web/i18n/languages.ts";
import type { SideEffectWords } from "./symptom-words.ts";

export function useSideEffectWords(): SideEffectWords {
  const { t, i18n } = useTranslation("sideEffects");
  return { t, language: supportedLanguage(i18n.resolvedLanguage) ?? "en" };
}
