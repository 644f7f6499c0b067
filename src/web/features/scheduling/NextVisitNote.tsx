/**
 * The patient's next visit, shown at the bottom of their diary in the low-light theme, in plain
 * words in the patient's language: "Your next visit: Tuesday 8 December at 10:30 with Nurse Kim at <clinic>". Nothing is
 * shown while none is booked, or while the phone cannot reach the clinic (the diary works offline;
 * this note is not worth a warning).
 */
import { useTranslation } from "react-i18next";
import { api } from "#web/app/api.ts";
import { supportedLanguage } from "#web/i18n/languages.ts";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { nextVisitSentence, timeAwayNote } from "./visit-words.ts";
import "./scheduling.css";

/** `timeZone`: the patient's; when the clinic keeps another, the time there is said too. */
export function NextVisitNote({ timeZone }: { readonly timeZone: string }) {
  const { t, i18n } = useTranslation("shell");
  const language = supportedLanguage(i18n.resolvedLanguage) ?? "en";
  const appointments = useApiQuery("my-appointments", () => api("myAppointments"));
  if (appointments.state.phase !== "loaded") return null;
  const [next] = appointments.state.data.appointments;
  if (next === undefined) return null;
  const away = timeAwayNote(next, timeZone, t);
  return (
    <section className="next-visit" aria-label={t("nextVisit.label")} data-testid="next-visit">
      <p className="next-visit__text">{nextVisitSentence(next, t, language)}</p>
      {away ? <p className="next-visit__hint">{away}</p> : null}
      <p className="muted next-visit__hint">{t("nextVisit.change")}</p>
    </section>
  );
}
