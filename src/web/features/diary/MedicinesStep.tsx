/**
 * "Did you take any medicine for it?": the patient's own medicines first, with "Same as usual"
 * saving them all in one tap; then the other kinds by class. Save stays in view at the bottom.
 */
import { useTranslation } from "react-i18next";
import type { MyMedicine } from "#contracts/api/diary.ts";
import type { AcuteMedicationClass } from "#domain/shared/record.ts";
import { Link } from "#web/app/router.tsx";
import { Button } from "#web/ui/Button.tsx";
import { ChoiceButton } from "./ChoiceButton.tsx";
import { classLabel } from "./diary-words.ts";
import { medicineKey, type DraftMedication } from "./entry-draft.ts";
import { MEDICATION_ORDER } from "./labels.ts";
import { StepFrame } from "./StepFrame.tsx";
import { ToggleButton } from "./ToggleButton.tsx";

type MedicinesStepProps = {
  readonly medications: readonly DraftMedication[];
  readonly own: readonly MyMedicine[];
  readonly position: { readonly index: number; readonly count: number };
  readonly saving: boolean;
  readonly onToggle: (medicine: { readonly name?: string; readonly class: AcuteMedicationClass }) => void;
  readonly onSameAsUsual: () => void;
  readonly onSave: () => void;
  readonly onBack: () => void;
  /** False in the public self-check's phone diary: there is no Account to keep a medicine list in. */
  readonly withAccount?: boolean | undefined;
};

export function MedicinesStep({ medications, own, position, saving, onToggle, onSameAsUsual, onSave, onBack, withAccount = true }: MedicinesStepProps) {
  const { t } = useTranslation("diary");
  const chosen = new Set(medications.map(medicineKey));
  const kinds = (
    <div className="toggles toggles--single">
      {MEDICATION_ORDER.map((medicationClass) => (
        <ToggleButton
          key={medicationClass}
          label={classLabel(medicationClass, t)}
          hint={t(`classHints.${medicationClass}`)}
          pressed={chosen.has(medicineKey({ class: medicationClass }))}
          onToggle={() => onToggle({ class: medicationClass })}
        />
      ))}
    </div>
  );
  return (
    <StepFrame
      question={t("medicines.question")}
      position={position}
      onBack={onBack}
      footer={
        <Button variant="primary" block className="step__next" onClick={onSave} busy={saving} busyLabel={t("medicines.saving")}>
          {medications.length === 0 ? `${t("medicines.save")}: ${t("medicines.none").toLocaleLowerCase()}` : t("medicines.save")}
        </Button>
      }
    >
      {own.length > 0 ? (
        <>
          <div className="choices">
            <ChoiceButton label={t("medicines.sameAsUsual")} hint={t("medicines.sameAsUsualHint", { names: own.map((m) => m.name).join(", ") })} size="largest" onChoose={onSameAsUsual} />
          </div>
          <h3 className="step__subheading">{t("medicines.yours")}</h3>
          <div className="toggles toggles--single">
            {own.map((medicine) => (
              <ToggleButton
                key={medicine.name}
                label={medicine.name}
                hint={classLabel(medicine.class, t)}
                pressed={chosen.has(medicineKey(medicine))}
                onToggle={() => onToggle({ name: medicine.name, class: medicine.class })}
              />
            ))}
          </div>
          <details className="step__more">
            <summary>{t("medicines.otherKinds")}</summary>
            {kinds}
          </details>
        </>
      ) : (
        <>
          <p className="muted">{t("medicines.tapEach")}</p>
          {kinds}
          {withAccount ? (
            <p className="muted">
              <Link to="/account">{t("medicines.noList")}</Link>
            </p>
          ) : null}
        </>
      )}
    </StepFrame>
  );
}
