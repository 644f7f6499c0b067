/** MIDAS item B: average pain from 0 (none) to 10 (as bad as it can be), one large button each. */
import { useTranslation } from "react-i18next";
import { StepFrame } from "#web/features/diary/StepFrame.tsx";

type PainStepProps = {
  readonly question: string;
  readonly value: number | null;
  readonly position: { readonly index: number; readonly count: number };
  readonly onAnswer: (pain: number) => void;
  readonly onBack: () => void;
  /** The language of `question` when not the page's (MIDAS's licensed English). */
  readonly questionLang?: string | undefined;
};

const LEVELS = Array.from({ length: 11 }, (_, level) => level);

export function PainStep({ question, value, position, onAnswer, onBack, questionLang }: PainStepProps) {
  const { t } = useTranslation("questionnaires");
  return (
    <StepFrame question={question} position={position} onBack={onBack} questionLang={questionLang}>
      <p className="muted" id="pain-scale">
        {t("midas.painScale")}
      </p>
      <div className="pain-scale" role="group" aria-describedby="pain-scale">
        {LEVELS.map((level) => (
          <button key={level} type="button" className="pain-scale__level" aria-pressed={value === level} onClick={() => onAnswer(level)}>
            {level}
            <span className="visually-hidden">{level === 0 ? t("midas.painNone") : level === 10 ? t("midas.painWorst") : ""}</span>
          </button>
        ))}
      </div>
    </StepFrame>
  );
}
