/** An instant told to the patient: "at 14:02" today, "on 19 Jul 2026, 14:02" another day (the phone's clock). */
import { formatInstant, formatTime } from "#web/ui/format.ts";

export function atWords(instant: string, now: Date = new Date()): string {
  const when = new Date(instant);
  return when.toDateString() === now.toDateString() ? `at ${formatTime(when)}` : `on ${formatInstant(when)}`;
}
