/** "Did you notice any of these?": each feature a large toggle; none is a fine answer. */
import { HEADACHE_FEATURES, type HeadacheFeature } from "#domain/shared/record.ts";
import { Button } from "#web/ui/Button.tsx";
import { FEATURE_HINTS, FEATURE_LABELS } from "./labels.ts";
import { StepFrame } from "./StepFrame.tsx";
import { ToggleButton } from "./ToggleButton.tsx";

type FeaturesStepProps = {
  readonly features: Readonly<Partial<Record<HeadacheFeature, boolean>>>;
  readonly position: { readonly index: number; readonly count: number };
  readonly onToggle: (feature: HeadacheFeature) => void;
  readonly onNext: () => void;
  readonly onBack: () => void;
};

export function FeaturesStep({ features, position, onToggle, onNext, onBack }: FeaturesStepProps) {
  const any = HEADACHE_FEATURES.some((feature) => features[feature] === true);
  return (
    <StepFrame question="Did you have any of these?" position={position} onBack={onBack}>
      <p className="muted">Tap all that apply.</p>
      <div className="toggles">
        {HEADACHE_FEATURES.map((feature) => (
          <ToggleButton key={feature} label={FEATURE_LABELS[feature]} hint={FEATURE_HINTS[feature]} pressed={features[feature] === true} onToggle={() => onToggle(feature)} />
        ))}
      </div>
      <Button variant="primary" block className="step__next" onClick={onNext}>
        {any ? "Next" : "Next: none of these"}
      </Button>
    </StepFrame>
  );
}
