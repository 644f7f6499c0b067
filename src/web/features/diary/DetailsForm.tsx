/**
 * The optional detail of a headache day, after it is saved (issue 9): the features of
 * pathway-rules §2, whether each medicine helped, and a note. One screen, Save kept in view.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { HEADACHE_FEATURES, type DiaryAnswers, type HeadacheFeature } from "#domain/shared/record.ts";
import { Button } from "#web/ui/Button.tsx";
import { medicineLabel } from "./diary-words.ts";
import { answersFromDraft, draftFromAnswers, medicineKey, setRelief } from "./entry-draft.ts";
import { StepFrame } from "./StepFrame.tsx";
import { ToggleButton } from "./ToggleButton.tsx";

type DetailsFormProps = {
  readonly answers: DiaryAnswers;
  readonly saving: boolean;
  readonly onSave: (answers: DiaryAnswers) => void;
  readonly onCancel: () => void;
};

export function DetailsForm({ answers, saving, onSave, onCancel }: DetailsFormProps) {
  const { t } = useTranslation("diary");
  const [draft, setDraft] = useState(() => draftFromAnswers(answers));
  const toggleFeature = (feature: HeadacheFeature) => setDraft((d) => ({ ...d, features: { ...d.features, [feature]: d.features[feature] !== true } }));

  return (
    <StepFrame
      question={t("details.title")}
      footer={
        <div className="step__footer-row">
          <Button variant="quiet" onClick={onCancel}>
            {t("details.cancel")}
          </Button>
          <Button variant="primary" className="step__next" onClick={() => onSave(answersFromDraft(draft))} busy={saving} busyLabel={t("medicines.saving")}>
            {t("details.save")}
          </Button>
        </div>
      }
    >
      <p className="muted">{t("details.intro")}</p>
      <fieldset className="details__group">
        <legend>{t("details.featuresLegend")}</legend>
        <div className="toggles">
          {HEADACHE_FEATURES.map((feature) => (
            <ToggleButton key={feature} label={t(`features.${feature}`)} hint={t(`featureHints.${feature}`)} pressed={draft.features[feature] === true} onToggle={() => toggleFeature(feature)} />
          ))}
        </div>
      </fieldset>
      {draft.medications.length > 0 ? (
        <fieldset className="details__group">
          <legend>{t("details.reliefLegend")}</legend>
          {draft.medications.map((medication) => {
            const key = medicineKey(medication);
            const name = medicineLabel(medication, t);
            return (
              <div key={key} className="medicine__relief" role="group" aria-label={t("details.reliefGroup", { name })}>
                <span aria-hidden="true">{name}</span>
                <button type="button" className="relief" aria-pressed={medication.relief === true} onClick={() => setDraft((d) => ({ ...d, medications: setRelief(d.medications, key, true) }))}>
                  <span aria-hidden="true">{medication.relief === true ? "✓ " : ""}</span>
                  {t("details.helped")}
                </button>
                <button type="button" className="relief" aria-pressed={medication.relief === false} onClick={() => setDraft((d) => ({ ...d, medications: setRelief(d.medications, key, false) }))}>
                  <span aria-hidden="true">{medication.relief === false ? "✓ " : ""}</span>
                  {t("details.notHelped")}
                </button>
              </div>
            );
          })}
        </fieldset>
      ) : null}
      <div className="field">
        <label className="field__label" htmlFor="day-note">
          {t("details.note")}
        </label>
        <p className="field__hint" id="day-note-hint">
          {t("details.noteHint")}
        </p>
        <textarea id="day-note" className="field__input" rows={3} maxLength={500} aria-describedby="day-note-hint" value={draft.note} onChange={(event) => setDraft((d) => ({ ...d, note: event.target.value }))} />
      </div>
    </StepFrame>
  );
}
