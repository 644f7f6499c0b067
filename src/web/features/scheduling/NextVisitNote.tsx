/**
 * The patient's next visit, shown at the bottom of their diary in the low-light theme, in plain
 * words: "Your next visit: Tuesday 8 December at 10:30 with Nurse Kim at <clinic>". Nothing is
 * shown while none is booked, or while the phone cannot reach the clinic (the diary works offline;
 * this note is not worth a warning).
 */
import { api } from "#web/app/api.ts";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { nextVisitSentence, timeAwayNote } from "./visit-words.ts";
import "./scheduling.css";

/** `timeZone`: the patient's; when the clinic keeps another, the time there is said too. */
export function NextVisitNote({ timeZone }: { readonly timeZone: string }) {
  const appointments = useApiQuery("my-appointments", () => api("myAppointments"));
  if (appointments.state.phase !== "loaded") return null;
  const [next] = appointments.state.data.appointments;
  if (next === undefined) return null;
  return (
    <section className="next-visit" aria-label="Your next visit" data-testid="next-visit">
      <p className="next-visit__text">{nextVisitSentence(next)}</p>
      {timeAwayNote(next, timeZone) ? <p className="next-visit__hint">{timeAwayNote(next, timeZone)}</p> : null}
      <p className="muted next-visit__hint">To change it, call the clinic.</p>
    </section>
  );
}
