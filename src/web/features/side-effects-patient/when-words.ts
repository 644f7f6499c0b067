/** An instant told to the patient: "at 14:02" today, "on 19 Jul 2026, 14:02" another day (the phone's clock). */
import { formatInstantIn, formatTimeIn } from "#web/i18n/locale-format.ts";
import type { SideEffectWords } from "./symptom-words.ts";

export function atWords(instant: string, { t, language }: SideEffectWords, now: Date = new Date()): string {
  const when = new Date(instant);
  return when.toDateString() === now.toDateString() ? t("send.atTime", { time: formatTimeIn(when, language) }) : t("send.onDay", { when: formatInstantIn(when, language) });
}
