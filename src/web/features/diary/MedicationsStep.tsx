/** "Did you take anything for it?": medicine classes in plain words, each with "Did it help?"; then Save. */
import type { AcuteMedicationClass } from "#domain/shared/record.ts";
import { Button } from "#web/ui/Button.tsx";
import type { DraftMedication } from "./entry-draft.ts";
import { MEDICATION_HINTS, MEDICATION_LABELS, MEDICATION_ORDER } from "./labels.ts";
import { StepFrame } from "./StepFrame.tsx";
import { ToggleButton } from "./ToggleButton.tsx";

type MedicationsStepProps = {
  readonly medications: readonly DraftMedication[];
  readonly position: { readonly index: number; readonly count: number };
  readonly saving: boolean;
  readonly onToggle: (medicationClass: AcuteMedicationClass) => void;
  readonly onRelief: (medicationClass: AcuteMedicationClass, relief: boolean) => void;
  readonly onSave: () => void;
  readonly onBack: () => void;
};

export function MedicationsStep({ medications, position, saving, onToggle, onRelief, onSave, onBack }: MedicationsStepProps) {
  return (
    <StepFrame question="Did you take any medicine for it?" position={position} onBack={onBack}>
      <p className="muted">Tap each kind you took.</p>
      <div className="toggles toggles--single">
        {MEDICATION_ORDER.map((medicationClass) => {
          const taken = medications.find((m) => m.class === medicationClass);
          return (
            <div key={medicationClass} className="medicine">
              <ToggleButton
                label={MEDICATION_LABELS[medicationClass]}
                hint={MEDICATION_HINTS[medicationClass]}
                pressed={taken !== undefined}
                onToggle={() => onToggle(medicationClass)}
              />
              {taken ? (
                <div className="medicine__relief" role="group" aria-label={`Did the ${MEDICATION_LABELS[medicationClass].toLowerCase()} help?`}>
                  <span aria-hidden="true">Did it help?</span>
                  <button type="button" className="relief" aria-pressed={taken.relief === true} onClick={() => onRelief(medicationClass, true)}>
                    <span aria-hidden="true">{taken.relief === true ? "✓ " : ""}</span>Yes, it helped
                  </button>
                  <button type="button" className="relief" aria-pressed={taken.relief === false} onClick={() => onRelief(medicationClass, false)}>
                    <span aria-hidden="true">{taken.relief === false ? "✓ " : ""}</span>No
                  </button>
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
      <Button variant="primary" block className="step__next" onClick={onSave} busy={saving} busyLabel="Saving…">
        {medications.length === 0 ? "Save: no medicine" : "Save"}
      </Button>
    </StepFrame>
  );
}
