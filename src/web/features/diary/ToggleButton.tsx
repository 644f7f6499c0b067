/** A large on/off answer (a feature, a medicine), told apart by a tick and words, not colour alone. */
type ToggleButtonProps = {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly pressed: boolean;
  readonly onToggle: () => void;
};

export function ToggleButton({ label, hint, pressed, onToggle }: ToggleButtonProps) {
  return (
    <button type="button" className="toggle" aria-pressed={pressed} onClick={onToggle}>
      <span className="toggle__box" aria-hidden="true">
        {pressed ? "✓" : ""}
      </span>
      <span className="choice__text">
        <span className="choice__label">{label}</span>
        {hint ? <span className="choice__hint">{hint}</span> : null}
      </span>
    </button>
  );
}
