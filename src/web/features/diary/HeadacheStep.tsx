/** "Any headache today?": No headache (the most common answer) is first and largest, and saves at once. */
import { ChoiceButton } from "./ChoiceButton.tsx";
import { StepFrame } from "./StepFrame.tsx";

type HeadacheStepProps = {
  readonly question: string;
  readonly answer: boolean | null;
  readonly onNoHeadache: () => void;
  readonly onHeadache: () => void;
  readonly onBack?: (() => void) | undefined;
};

export function HeadacheStep({ question, answer, onNoHeadache, onHeadache, onBack }: HeadacheStepProps) {
  return (
    <StepFrame question={question} onBack={onBack}>
      <div className="choices">
        <ChoiceButton label="No headache" hint="Saves the day straight away" size="largest" selected={answer === false} onChoose={onNoHeadache} />
        <ChoiceButton label="Headache" hint="A few quick questions follow" selected={answer === true} onChoose={onHeadache} />
      </div>
    </StepFrame>
  );
}
