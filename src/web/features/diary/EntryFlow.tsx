/**
 * The day's entry, one question per screen (issue 9 §1): "No headache" saves at once; a headache
 * day is three more answers for the common case: how long (a band), how bad, and medicines,
 * where "Same as usual" saves the patient's own list in one tap. "Headache all day" skips how
 * long; "Same as yesterday" saves yesterday's answers in one tap. Detail comes after, optional.
 */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MyMedicine } from "#contracts/api/diary.ts";
import type { DiaryAnswers } from "#domain/shared/record.ts";
import { issueLine } from "#web/app/field-words.ts";
import { supportedLanguage } from "#web/i18n/languages.ts";
import { useDraftMark } from "#web/offline/drafts.ts";
import { storageFailureReason, type SaveResult } from "#web/offline/save-on-phone.ts";
import { Button } from "#web/ui/Button.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { DurationStep } from "./DurationStep.tsx";
import { answersFromDraft, ENTRY_STEPS, sameAs, toggleMedication, withDuration, type EntryDraft, type EntryStep } from "./entry-draft.ts";
import { HeadacheStep } from "./HeadacheStep.tsx";
import { MedicinesStep } from "./MedicinesStep.tsx";
import { SeverityStep } from "./SeverityStep.tsx";

type EntryFlowProps = {
  readonly question: string;
  readonly initial: EntryDraft;
  /** The patient's own medicines, first in the medicines question. */
  readonly ownMedicines: readonly MyMedicine[];
  /** Yesterday's answers and their words, when yesterday has an entry. */
  readonly yesterday: { readonly answers: DiaryAnswers; readonly words: string } | null;
  /** Saves on this phone; a failure keeps the answers on screen with the reason. */
  readonly onSave: (answers: DiaryAnswers) => Promise<SaveResult>;
  /** Leaves without saving (only when the day already has an answer). */
  readonly onCancel?: (() => void) | undefined;
  /** Told which question is on screen (the page hides what else would distract). */
  readonly onStepChange?: ((step: EntryStep) => void) | undefined;
  /** False when kept without an account (the public self-check): nothing points to Account. */
  readonly withAccount?: boolean | undefined;
};

export function EntryFlow({ question, initial, ownMedicines, yesterday, onSave, onCancel, onStepChange, withAccount = true }: EntryFlowProps) {
  const { t } = useTranslation("diary");
  const { t: common, i18n } = useTranslation("common");
  const [draft, setDraft] = useState<EntryDraft>(initial);
  const [step, setStep] = useState<EntryStep>("headache");
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Exclude<SaveResult, { ok: true }> | null>(null);

  useEffect(() => onStepChange?.(step), [step, onStepChange]);
  // Half-typed until saved or left: a new app version waits meanwhile (src/web/offline/drafts.ts).
  useDraftMark("diary-entry", step !== "headache" || draft !== initial);

  const index = ENTRY_STEPS.indexOf(step);
  const position = { index, count: ENTRY_STEPS.length };
  // "Headache all day" skipped how long: back from how bad returns to the first question.
  const [skippedDuration, setSkippedDuration] = useState(false);
  const back = () => setStep(step === "severity" && skippedDuration ? "headache" : (ENTRY_STEPS[Math.max(0, index - 1)] ?? "headache"));

  const save = async (answers: DiaryAnswers) => {
    setSaving(true);
    setProblem(null);
    try {
      const result = await onSave(answers);
      if (!result.ok) setProblem(result);
    } catch (error) {
      setProblem({ ok: false, kind: "not-stored", reason: storageFailureReason(error) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="entry-flow">
      {problem?.kind === "invalid" ? (
        <StatusMessage tone="error" title={t("problems.invalid")} testId="save-problem">
          <ul>
            {problem.error.issues.map((issue) => (
              <li key={issue.path}>{issueLine(issue, supportedLanguage(i18n.resolvedLanguage ?? i18n.language) ?? "en", common)}</li>
            ))}
          </ul>
        </StatusMessage>
      ) : null}
      {problem?.kind === "not-stored" ? (
        <StatusMessage tone="error" title={t("problems.notStored", { reason: problem.reason })} testId="save-problem">
          {t("problems.notStoredBody")}
        </StatusMessage>
      ) : null}
      {step === "headache" ? (
        <HeadacheStep
          question={question}
          answer={draft.headache}
          onNoHeadache={() => {
            setDraft((d) => ({ ...d, headache: false }));
            void save({ headache: false });
          }}
          onHeadache={() => {
            setDraft((d) => ({ ...d, headache: true }));
            setSkippedDuration(false);
            setStep("duration");
          }}
          onAllDay={() => {
            setDraft((d) => withDuration(d, "all-day"));
            setSkippedDuration(true);
            setStep("severity");
          }}
          yesterday={yesterday?.words ?? null}
          onSameAsYesterday={() => {
            if (yesterday) void save(sameAs(yesterday.answers));
          }}
        />
      ) : null}
      {step === "duration" ? (
        <DurationStep
          duration={draft.duration}
          position={position}
          onBack={back}
          onAnswer={(band) => {
            setDraft((d) => withDuration(d, band));
            setStep("severity");
          }}
        />
      ) : null}
      {step === "severity" ? (
        <SeverityStep
          severity={draft.severity}
          position={position}
          onBack={back}
          onAnswer={(severity) => {
            setDraft((d) => ({ ...d, severity }));
            setStep("medicines");
          }}
        />
      ) : null}
      {step === "medicines" ? (
        <MedicinesStep
          medications={draft.medications}
          own={ownMedicines}
          withAccount={withAccount}
          position={position}
          saving={saving}
          onBack={back}
          onToggle={(medicine) => setDraft((d) => ({ ...d, medications: toggleMedication(d.medications, medicine) }))}
          onSameAsUsual={() => void save(answersFromDraft({ ...draft, headache: true, medications: ownMedicines.map((m) => ({ name: m.name, class: m.class })) }))}
          onSave={() => void save(answersFromDraft({ ...draft, headache: true }))}
        />
      ) : null}
      {onCancel && step === "headache" ? (
        <Button variant="quiet" onClick={onCancel}>
          {t("question.keepSaved")}
        </Button>
      ) : null}
    </div>
  );
}
