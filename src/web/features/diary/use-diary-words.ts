/** The diary's `t` and the reader's language together, for the word helpers (diary-words.ts). */
import { useTranslation } from "react-i18next";
import { supportedLanguage } from "#web/i18n/languages.ts";
import type { DiaryWords } from "./diary-words.ts";

export function useDiaryWords(): DiaryWords {
  const { t, i18n } = useTranslation("diary");
  return { t, language: supportedLanguage(i18n.resolvedLanguage ?? i18n.language) ?? "en" };
}
