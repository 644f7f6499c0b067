/** One Learn page's words in the reader's language, through react-i18next (the "learn" namespace). */
import { useTranslation } from "react-i18next";
import type { LearnPageText, LearnSlug } from "#web/i18n/locales/en/learn.ts";

export function useLearnPage(slug: LearnSlug): LearnPageText {
  const { t } = useTranslation("learn");
  return t(`pages.${slug}`, { returnObjects: true }) as LearnPageText;
}
