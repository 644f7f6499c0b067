/**
 * A day that has an answer: what was saved, where it is, when it was made, and ways to change it
 * or add the optional detail (each a new revision).
 */
import { useTranslation } from "react-i18next";
import type { LocalDay } from "#web/offline/merge-days.ts";
import { formatInstantIn } from "#web/i18n/locale-format.ts";
import { Button } from "#web/ui/Button.tsx";
import { describeDay } from "./diary-words.ts";
import { DayStateNote } from "./DayStateNote.tsx";
import { useDiaryWords } from "./use-diary-words.ts";

type SavedDayProps = {
  readonly day: LocalDay;
  readonly clinicName: string;
  readonly ownerName: string;
  readonly onChange: () => void;
  /** Opens the optional detail (features, relief, a note) of a headache day. */
  readonly onDetails: () => void;
};

export function SavedDay({ day, clinicName, ownerName, onChange, onDetails }: SavedDayProps) {
  const { t } = useTranslation("diary");
  const words = useDiaryWords();
  return (
    <section className="saved-day" aria-labelledby="saved-day-title">
      <h2 id="saved-day-title">{day.answers.headache ? t("saved.headache") : t("saved.noHeadache")}</h2>
      {day.answers.headache ? (
        <p className="saved-day__summary" data-testid="saved-day-summary">
          {describeDay(day.answers, words)}
        </p>
      ) : null}
      <DayStateNote day={day} clinicName={clinicName} ownerName={ownerName} />
      <p className="muted" data-testid="saved-day-at">
        {t("saved.savedAt", { when: formatInstantIn(day.recordedAt, words.language) })}
      </p>
      <div className="saved-day__actions">
        {day.answers.headache ? (
          <Button block variant="primary" onClick={onDetails}>
            {t("details.open")}
          </Button>
        ) : null}
        <Button block onClick={onChange}>
          {t("saved.change")}
        </Button>
      </div>
    </section>
  );
}
