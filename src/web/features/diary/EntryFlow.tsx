/**
 * The day's entry, one question per screen: headache or not, then for a headache how long, how
 * bad, which features and which medicines, then Save. "No headache" saves at once.
 */
import { useEffect, useState } from "react";
import type { DiaryAnswers, HeadacheFeature } from "#domain/shared/record.ts";
import { notStoredMessage, storageFailureReason, type SaveResult } from "#web/offline/save-on-phone.ts";
import { Button } from "#web/ui/Button.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { answersFromDraft, ENTRY_STEPS, setRelief, toggleMedication, type EntryDraft, type EntryStep } from "./entry-draft.ts";
import { FeaturesStep } from "./FeaturesStep.tsx";
import { HeadacheStep } from "./HeadacheStep.tsx";
import { HoursStep } from "./HoursStep.tsx";
import { MedicationsStep } from "./MedicationsStep.tsx";
import { SeverityStep } from "./SeverityStep.tsx";

type EntryFlowProps = {
  readonly question: string;
  readonly initial: EntryDraft;
  /** Saves on this phone; a failure keeps the answers on screen with the reason. */
  readonly onSave: (answers: DiaryAnswers) => Promise<SaveResult>;
  /** Leaves without saving (only when the day already has an answer). */
  readonly onCancel?: (() => void) | undefined;
  /** Told which question is on screen (the page hides what else would distract). */
  readonly onStepChange?: ((step: EntryStep) => void) | undefined;
};

export function EntryFlow({ question, initial, onSave, onCancel, onStepChange }: EntryFlowProps) {
  const [draft, setDraft] = useState<EntryDraft>(initial);
  const [step, setStep] = useState<EntryStep>("headache");
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Exclude<SaveResult, { ok: true }> | null>(null);

  useEffect(() => onStepChange?.(step), [step, onStepChange]);

  const index = ENTRY_STEPS.indexOf(step);
  const position = { index, count: ENTRY_STEPS.length };
  const go = (next: EntryStep) => setStep(next);
  const back = () => go(ENTRY_STEPS[Math.max(0, index - 1)] ?? "headache");

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

  const toggleFeature = (feature: HeadacheFeature) => setDraft((d) => ({ ...d, features: { ...d.features, [feature]: d.features[feature] !== true } }));

  return (
    <div className="entry-flow">
      {problem?.kind === "invalid" ? (
        <StatusMessage tone="error" title="Not saved: some answers need changing." testId="save-problem">
          <ul>
            {problem.error.issues.map((issue) => (
              <li key={issue.path}>{`${issue.path}: ${issue.message}`}</li>
            ))}
          </ul>
        </StatusMessage>
      ) : null}
      {problem?.kind === "not-stored" ? (
        <StatusMessage tone="error" title={notStoredMessage(problem.reason)} testId="save-problem">
          Try again, or free some space on the phone, or open the diary in a normal (not private) window. Your answers are still here.
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
            go("hours");
          }}
        />
      ) : null}
      {step === "hours" ? (
        <HoursStep
          hours={draft.hours}
          position={position}
          onBack={back}
          onAnswer={(hours) => {
            setDraft((d) => ({ ...d, hours }));
            go("severity");
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
            go("features");
          }}
        />
      ) : null}
      {step === "features" ? <FeaturesStep features={draft.features} position={position} onBack={back} onToggle={toggleFeature} onNext={() => go("medications")} /> : null}
      {step === "medications" ? (
        <MedicationsStep
          medications={draft.medications}
          position={position}
          saving={saving}
          onBack={back}
          onToggle={(medicationClass) => setDraft((d) => ({ ...d, medications: toggleMedication(d.medications, medicationClass) }))}
          onRelief={(medicationClass, relief) => setDraft((d) => ({ ...d, medications: setRelief(d.medications, medicationClass, relief) }))}
          onSave={() => void save(answersFromDraft({ ...draft, headache: true }))}
        />
      ) : null}
      {onCancel && step === "headache" ? (
        <Button variant="quiet" onClick={onCancel}>
          Keep the saved answer
        </Button>
      ) : null}
    </div>
  );
}
