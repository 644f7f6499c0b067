/**
 * The clinical history eligibility needs (pathway-rules §5): the contraindications, whether
 * medication overuse is managed, and since when chronic migraine is attested. Each question is
 * answered yes, no or not known (a radio group, so "not known" is a choice, never an unticked
 * box); saving records a new revision and says who recorded the current one, and when.
 */
import { useState, type FormEvent } from "react";
import { clinicalHistoryBodySchema, type ClinicalHistoryView } from "#contracts/api/clinical-history.ts";
import { api } from "#web/app/api.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage, validate } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { RadioGroup } from "#web/ui/RadioGroup.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { ANSWER_OPTIONS, YES_NO_QUESTIONS, bodyOf, draftOf, isChanged, recordedText, type HistoryDraft, type History } from "./history-form.ts";

type HistoryCardProps = {
  readonly clinicId: string;
  readonly patientId: string;
  readonly history: History;
  readonly onSaved: (view: ClinicalHistoryView) => void;
};

export function HistoryCard({ clinicId, patientId, history, onSaved }: HistoryCardProps) {
  const [draft, setDraft] = useState<HistoryDraft>(() => draftOf(history));
  const [saved, setSaved] = useState(false);
  const submit = useSubmit();
  const issue = (label: string, path: string) => fieldMessage(label, submit.error?.issueFor(path));

  // A newer revision (saved here, or by the preventive treatments card) becomes the form's
  // starting point; other changes to the view (a trial added) keep what is being typed. The
  // form's save is made from that revision: another person's save since is refused
  // (stale_version, said above the form), never overwritten.
  const [basis, setBasis] = useState(history.revision);
  if (history.revision !== basis) {
    setBasis(history.revision);
    setDraft(draftOf(history));
  }

  const change = (next: Partial<HistoryDraft>) => {
    setDraft((current) => ({ ...current, ...next }));
    setSaved(false);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const checked = validate(clinicalHistoryBodySchema, bodyOf(draft, history.preventiveHistory === "none-tried", history.revision));
    if (!checked.ok) return submit.fail(checked.error);
    const view = await submit.run(() => api("reviseClinicalHistory", { params: { clinicId, patientId }, body: checked.value }));
    if (view !== undefined) {
      setSaved(true);
      onSaved(view);
    }
  };

  const changed = isChanged(draft, history);
  return (
    <Card title="Clinical history">
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Clinical history" data-testid="clinical-history">
        <FormProblem error={submit.error} title="The clinical history was not saved." />
        <div className="history__questions">
          {YES_NO_QUESTIONS.map((question) => (
            <RadioGroup
              key={question.key}
              name={question.key}
              legend={question.legend}
              hint={question.hint}
              value={draft[question.key]}
              options={ANSWER_OPTIONS}
              onChange={(answer) => change({ [question.key]: answer })}
              error={issue(question.legend.replace(/\?$/, ""), question.key)}
              testId={`history-${question.key}`}
            />
          ))}
          <TextField
            label="Chronic migraine attested since"
            hint="The date from which the records document chronic migraine. Leave empty if not known."
            type="date"
            className="history__date"
            value={draft.chronicMigraineSince}
            onChange={(event) => change({ chronicMigraineSince: event.target.value })}
            error={issue("The date", "chronicMigraineSince")}
          />
        </div>
        <div className="row">
          <Button type="submit" variant="primary" busy={submit.busy} busyLabel="Saving…">
            Save clinical history
          </Button>
          <span className="muted" role="status" data-testid="history-state">
            {changed ? "Unsaved changes." : ""}
          </span>
        </div>
        <div className="history__after">
          {saved ? (
            <StatusMessage tone="ok" title="Saved." testId="history-saved">
              <p>{recordedText(history)} The assessment above now uses these answers.</p>
            </StatusMessage>
          ) : (
            <p className="muted" data-testid="history-recorded">
              {recordedText(history)}
            </p>
          )}
        </div>
      </form>
    </Card>
  );
}
