/** A day that has an answer: what was saved, where it is, and a way to change it (a new revision). */
import type { LocalDay } from "#web/offline/merge-days.ts";
import { Button } from "#web/ui/Button.tsx";
import { formatInstant } from "#web/ui/format.ts";
import { describeAnswers } from "./day-summary.ts";
import { DayStateNote } from "./DayStateNote.tsx";

type SavedDayProps = {
  readonly day: LocalDay;
  readonly clinicName: string;
  readonly ownerName: string;
  readonly onChange: () => void;
};

export function SavedDay({ day, clinicName, ownerName, onChange }: SavedDayProps) {
  return (
    <section className="saved-day" aria-labelledby="saved-day-title">
      <h2 id="saved-day-title">{day.answers.headache ? "You recorded a headache" : "You recorded no headache"}</h2>
      {day.answers.headache ? (
        <p className="saved-day__summary" data-testid="saved-day-summary">
          {describeAnswers(day.answers)}
        </p>
      ) : null}
      <DayStateNote day={day} clinicName={clinicName} ownerName={ownerName} />
      <p className="muted">{`Saved ${formatInstant(day.recordedAt)}.`}</p>
      <Button block onClick={onChange}>
        Change this day
      </Button>
    </section>
  );
}
