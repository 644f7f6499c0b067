/**
 * "How long did it last?": one tap on a band. The band is kept as chosen; the hours it counts as
 * go with it (src/domain/diary/duration-bands.ts), each band's edges on the rules' thresholds.
 */
import { useTranslation } from "react-i18next";
import { DURATION_BANDS, type DurationBand } from "#domain/shared/record.ts";
import { ChoiceButton } from "./ChoiceButton.tsx";
import { bandLabel } from "./diary-words.ts";
import { StepFrame } from "./StepFrame.tsx";

type DurationStepProps = {
  readonly duration: DurationBand | null;
  readonly position: { readonly index: number; readonly count: number };
  readonly onAnswer: (band: DurationBand) => void;
  readonly onBack: () => void;
};

export function DurationStep({ duration, position, onAnswer, onBack }: DurationStepProps) {
  const { t } = useTranslation("diary");
  return (
    <StepFrame question={t("duration.question")} position={position} onBack={onBack}>
      <p className="muted">{t("duration.hint")}</p>
      <div className="choices choices--compact">
        {DURATION_BANDS.map((band) => (
          <ChoiceButton key={band} label={bandLabel(band, t)} selected={duration === band} onChoose={() => onAnswer(band)} />
        ))}
      </div>
    </StepFrame>
  );
}
