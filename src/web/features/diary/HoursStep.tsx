/** "How long did it last?": quick choices, or the hours typed in. */
import { useState, type FormEvent } from "react";
import { Button } from "#web/ui/Button.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { ChoiceButton } from "./ChoiceButton.tsx";
import { HOURS_CHOICES } from "./entry-draft.ts";
import { StepFrame } from "./StepFrame.tsx";

type HoursStepProps = {
  readonly hours: number | null;
  readonly position: { readonly index: number; readonly count: number };
  readonly onAnswer: (hours: number) => void;
  readonly onBack: () => void;
};

export function HoursStep({ hours, position, onAnswer, onBack }: HoursStepProps) {
  const [typed, setTyped] = useState(hours !== null && !HOURS_CHOICES.some((c) => c.hours === hours) ? String(hours) : "");
  const [problem, setProblem] = useState<string | undefined>();

  const submitTyped = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(typed.replace(",", "."));
    if (typed.trim() === "" || !Number.isFinite(value) || value <= 0 || value > 24) {
      setProblem("Enter the hours as a number from 0.5 to 24.");
      return;
    }
    onAnswer(value);
  };

  return (
    <StepFrame question="How long did it last?" position={position} onBack={onBack}>
      <p className="muted">The longest time the headache lasted without a break.</p>
      <div className="choices">
        {HOURS_CHOICES.map((choice) => (
          <ChoiceButton key={choice.label} label={choice.label} selected={hours === choice.hours} onChoose={() => onAnswer(choice.hours)} />
        ))}
      </div>
      <form onSubmit={submitTyped} noValidate className="typed-hours">
        <TextField
          label="Or type the hours"
          inputMode="decimal"
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
            setProblem(undefined);
          }}
          error={problem}
        />
        <Button type="submit">Next</Button>
      </form>
    </StepFrame>
  );
}
