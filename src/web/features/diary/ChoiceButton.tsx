/**
 * A large answer to the day's question (design.md: targets of 56 px or more for the daily
 * answers, the most common answer largest and first). Tapping it answers and moves on.
 */
import type { ReactNode } from "react";

type ChoiceButtonProps = {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly size?: "largest" | "large";
  /** The answer already given (when changing a day). */
  readonly selected?: boolean;
  readonly onChoose: () => void;
  readonly icon?: ReactNode;
};

export function ChoiceButton({ label, hint, size = "large", selected = false, onChoose, icon }: ChoiceButtonProps) {
  return (
    <button type="button" className={`choice choice--${size}`} aria-pressed={selected} onClick={onChoose}>
      {icon}
      <span className="choice__text">
        <span className="choice__label">{label}</span>
        {hint ? <span className="choice__hint">{hint}</span> : null}
      </span>
    </button>
  );
}
