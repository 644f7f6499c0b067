/**
 * A MIDAS question answered with a number of days (0-90): "None" is the largest answer and first
 * (design.md: the most common answer first), or the days typed in.
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ChoiceButton } from "#web/features/diary/ChoiceButton.tsx";
import { StepFrame } from "#web/features/diary/StepFrame.tsx";
import { Button } from "#web/ui/Button.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { parseDays } from "./typed-numbers.ts";

type DayCountStepProps = {
  readonly question: string;
  readonly note: string | null;
  readonly intro?: string | undefined;
  readonly value: number | null;
  readonly max: number;
  readonly position: { readonly index: number; readonly count: number };
  readonly onAnswer: (days: number) => void;
  readonly onBack?: (() => void) | undefined;
  /** The language of `question` and `note` when not the page's (MIDAS's licensed English). */
  readonly questionLang?: string | undefined;
};

export function DayCountStep({ question, note, intro, value, max, position, onAnswer, onBack, questionLang }: DayCountStepProps) {
  const [typed, setTyped] = useState(value !== null && value > 0 ? String(value) : "");
  const [problem, setProblem] = useState<string | undefined>();
  const { t } = useTranslation("questionnaires");

  const submitTyped = (event: FormEvent) => {
    event.preventDefault();
    const days = parseDays(typed, max);
    if (days === null) {
      setProblem(t("midas.typeProblem", { max }));
      return;
    }
    onAnswer(days);
  };

  return (
    <StepFrame question={question} position={position} onBack={onBack} questionLang={questionLang}>
      {intro ? <p className="muted">{intro}</p> : null}
      {note ? (
        <p className="muted" lang={questionLang}>
          {note}
        </p>
      ) : null}
      <div className="choices">
        <ChoiceButton label={t("midas.none")} hint={t("midas.noneHint")} size="largest" selected={value === 0} onChoose={() => onAnswer(0)} />
      </div>
      <form onSubmit={submitTyped} noValidate className="typed-hours">
        <TextField
          label={t("midas.typeLabel")}
          inputMode="numeric"
          autoComplete="off"
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
            setProblem(undefined);
          }}
          error={problem}
        />
        <Button type="submit" className="step__next">
          {t("midas.next")}
        </Button>
      </form>
    </StepFrame>
  );
}
