/** "How bad was it?": mild, moderate or severe (design.md's scale), in plain words with bars. */
import { useTranslation } from "react-i18next";
import { ChoiceButton } from "./ChoiceButton.tsx";
import { StepFrame } from "./StepFrame.tsx";

const LEVELS = [1, 2, 3] as const;

type SeverityStepProps = {
  readonly severity: 1 | 2 | 3 | null;
  readonly position: { readonly index: number; readonly count: number };
  readonly onAnswer: (severity: 1 | 2 | 3) => void;
  readonly onBack: () => void;
};

export function SeverityStep({ severity, position, onAnswer, onBack }: SeverityStepProps) {
  const { t } = useTranslation("diary");
  return (
    <StepFrame question={t("severity.question")} position={position} onBack={onBack}>
      <div className="choices">
        {LEVELS.map((level) => (
          <ChoiceButton
            key={level}
            label={t(`severity.${level}`)}
            hint={t(`severity.hint${level}`)}
            selected={severity === level}
            onChoose={() => onAnswer(level)}
            icon={<SeverityBars level={level} />}
          />
        ))}
      </div>
    </StepFrame>
  );
}

/** One, two or three bars: severity told apart by shape as well as colour (design.md). */
export function SeverityBars({ level }: { readonly level: 1 | 2 | 3 }) {
  return (
    <span className={`bars bars--${level}`} aria-hidden="true">
      {LEVELS.map((bar) => (
        <span key={bar} className={bar <= level ? "bars__bar bars__bar--on" : "bars__bar"} />
      ))}
    </span>
  );
}
