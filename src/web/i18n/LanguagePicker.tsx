/** The language picker for the patient's settings, Learn and the self-check. */
import { useTranslation } from "react-i18next";
import { chooseLanguage, currentLanguage } from "./i18n.ts";
import { LANGUAGE_NAMES, LANGUAGES, supportedLanguage } from "./languages.ts";

export function LanguagePicker({ id = "language-picker" }: { readonly id?: string }) {
  const { t, i18n } = useTranslation("common");
  const current = supportedLanguage(i18n.resolvedLanguage) ?? currentLanguage();
  return (
    <div className="field language-picker">
      <label htmlFor={id}>{t("language.label")}</label>
      <select
        id={id}
        value={current}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const next = supportedLanguage(event.target.value);
          if (next) void chooseLanguage(next);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="muted">
        {t("language.hint")}
      </p>
    </div>
  );
}
