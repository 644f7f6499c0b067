/**
 * "Any headache today?": No headache (the most common answer) is first and largest and saves at
 * once; "Headache" asks three quick questions; "Headache all day" skips "how long"; "Same as
 * yesterday" saves yesterday's answers for this day in one tap.
 */
import { useTranslation } from "react-i18next";
import { ChoiceButton } from "./ChoiceButton.tsx";
import { StepFrame } from "./StepFrame.tsx";

type HeadacheStepProps = {
  readonly question: string;
  readonly answer: boolean | null;
  readonly onNoHeadache: () => void;
  readonly onHeadache: () => void;
  readonly onAllDay: () => void;
  /** Yesterday's answers in words, when yesterday has an entry. */
  readonly yesterday: string | null;
  readonly onSameAsYesterday: () => void;
};

export function HeadacheStep({ question, answer, onNoHeadache, onHeadache, onAllDay, yesterday, onSameAsYesterday }: HeadacheStepProps) {
  const { t } = useTranslation("diary");
  return (
    <StepFrame question={question}>
      <div className="choices">
        <ChoiceButton label={t("headache.none")} hint={t("headache.noneHint")} size="largest" selected={answer === false} onChoose={onNoHeadache} />
        <ChoiceButton label={t("headache.yes")} hint={t("headache.yesHint")} selected={answer === true} onChoose={onHeadache} />
        <div className="choices__pair">
          <ChoiceButton label={t("headache.allDay")} hint={t("headache.allDayHint")} onChoose={onAllDay} />
          {yesterday !== null ? <ChoiceButton label={t("headache.sameAsYesterday")} hint={t("headache.sameAsYesterdayHint", { summary: yesterday })} onChoose={onSameAsYesterday} /> : null}
        </div>
      </div>
    </StepFrame>
  );
}
