/**
 * The words of LoadStatus and FormProblem in the page's language (issue 9 §7). On an English page
 * (every staff page) they read as these components always did, written here because a Spanish
 * reader's browser holds no English catalogue; on a translated page in another language they
 * come from the `common` catalogue's `status`. Pure: the caller gives the language and `t`.
 */
import type { TFunction } from "i18next";
import type { Language } from "#web/i18n/languages.ts";
import { formatTimeIn } from "#web/i18n/locale-format.ts";
import { formatTime } from "./format.ts";

export interface StatusWords {
  readonly loading: (what: string) => string;
  readonly loadFailed: (what: string) => string;
  readonly retry: string;
  readonly upToDate: (loadedAt: Date) => string;
  /** FormProblem's title when the form names none. */
  readonly notSaved: string;
}

/**
 * @example statusWords("en", fixedT("en", "common")).loading("the list") // "Loading the list…"
 * @example statusWords("es", fixedT("es", "common")).loadFailed("la lista") // "No se pudo cargar la lista."
 */
export function statusWords(language: Language, t: TFunction<"common">): StatusWords {
  if (language === "en") {
    return {
      loading: (what) => `Loading ${what}…`,
      loadFailed: (what) => `Could not load ${what}.`,
      retry: "Try again",
      upToDate: (loadedAt) => `Up to date as of ${formatTime(loadedAt)}.`,
      notSaved: "Not saved.",
    };
  }
  return {
    loading: (what) => t("status.loading", { what }),
    loadFailed: (what) => t("status.loadFailed", { what }),
    retry: t("status.retry"),
    upToDate: (loadedAt) => t("status.upToDate", { time: formatTimeIn(loadedAt, language) }),
    notSaved: t("status.notSaved"),
  };
}
