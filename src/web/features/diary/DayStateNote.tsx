/**
 * Where a saved day is: on this phone only, sent, or needing the person (design.md, "Say what
 * state data is in").
 */
import { useTranslation } from "react-i18next";
import { supportedLanguage } from "#web/i18n/languages.ts";
import type { LocalDay } from "#web/offline/merge-days.ts";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { refusalWords } from "./refusal-words.ts";

export function DayStateNote({ day, clinicName, ownerName }: { readonly day: LocalDay; readonly clinicName: string; readonly ownerName: string }) {
  const { t } = useTranslation("offline");
  const { t: common, i18n } = useTranslation("common");
  if (day.state === "sent") {
    return (
      <StatusMessage tone="ok" title={t("dayState.sentTitle")} testId="day-state">
        {t("dayState.sentBody", { clinic: clinicName })}
      </StatusMessage>
    );
  }
  if (day.state === "on-phone") {
    return (
      <StatusMessage tone="warn" title={t("dayState.onPhoneTitle")} testId="day-state">
        {t("dayState.onPhoneBody")}
      </StatusMessage>
    );
  }
  if (day.problem?.kind === "other-account") {
    return (
      <StatusMessage tone="error" title={t("dayState.otherAccountTitle", { owner: ownerName })} testId="day-state">
        {t("dayState.otherAccountBody", { owner: ownerName })}
      </StatusMessage>
    );
  }
  if (day.problem?.kind === "sign-in") {
    return (
      <StatusMessage tone="error" title={t("dayState.signInTitle")} testId="day-state">
        {t("dayState.signInBody")}
      </StatusMessage>
    );
  }
  const refusal = day.problem ? refusalWords(day.problem, supportedLanguage(i18n.resolvedLanguage ?? i18n.language) ?? "en", common) : null;
  return (
    <StatusMessage tone="error" title={t("dayState.refusedTitle")} testId="day-state">
      <p>{refusal?.sentence ?? t("dayState.refusedDefault")}</p>
      {refusal && refusal.lines.length > 0 ? (
        <ul>
          {refusal.lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      ) : null}
      <p>{t("dayState.refusedFix")}</p>
    </StatusMessage>
  );
}
