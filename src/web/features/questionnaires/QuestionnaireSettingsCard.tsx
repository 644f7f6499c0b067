/**
 * Administrators: how many days before a visit HIT-6 and MIDAS are due (default 7), and the
 * clinic's HIT-6 licence. HIT-6's wording is © QualityMetric and GSK (clinical-facts §8): the app
 * shows its items to patients only when an administrator whose clinic holds a licence pastes the
 * licensed form's six items and five answers here; otherwise patients copy the paper form's total.
 */
import { useEffect, useState, type FormEvent } from "react";
import { updateQuestionnaireSettingsBodySchema, type QuestionnaireSettings } from "#contracts/api/questionnaires.ts";
import { HIT6_ITEM_COUNT, HIT6_WEIGHTS } from "#domain/questionnaires/hit6.ts";
import { api } from "#web/app/api.ts";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage, validate } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { RadioGroup } from "#web/ui/RadioGroup.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { formatInstant } from "#web/ui/format.ts";
import "./questionnaires.css";

const LICENCE_OPTIONS = [
  { value: "none", label: "No: patients enter the total from a paper form" },
  { value: "licensed", label: "Yes: show the licensed wording in the app" },
] as const;

interface Draft {
  dueDays: string;
  licensed: "none" | "licensed";
  licence: string;
  items: string[];
  options: string[];
}

function draftOf(settings: QuestionnaireSettings): Draft {
  return {
    dueDays: String(settings.questionnaireDueDays),
    licensed: settings.hit6 === null ? "none" : "licensed",
    licence: settings.hit6?.licence ?? "",
    items: settings.hit6?.items ?? Array.from({ length: HIT6_ITEM_COUNT }, () => ""),
    options: settings.hit6?.options ?? HIT6_WEIGHTS.map(() => ""),
  };
}

export function QuestionnaireSettingsCard({ clinicId }: { readonly clinicId: string }) {
  const settings = useApiQuery(`questionnaire-settings:${clinicId}`, () => api("questionnaireSettings", { params: { clinicId } }));
  const loaded = settings.state.phase === "loaded" ? settings.state.data : null;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState<QuestionnaireSettings | null>(null);
  const submit = useSubmit();
  const issue = (label: string, path: string) => fieldMessage(label, submit.error?.issueFor(path));

  useEffect(() => {
    if (loaded !== null) setDraft((current) => current ?? draftOf(loaded));
  }, [loaded]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (draft === null) return;
    setSaved(null);
    const dueDays = /^\s*\d+\s*$/.test(draft.dueDays) ? Number(draft.dueDays) : draft.dueDays;
    const body = { questionnaireDueDays: dueDays, hit6: draft.licensed === "none" ? null : { licence: draft.licence, items: draft.items, options: draft.options } };
    const checked = validate(updateQuestionnaireSettingsBodySchema, body);
    if (!checked.ok) return submit.fail(checked.error);
    const answer = await submit.run(() => api("updateQuestionnaireSettings", { params: { clinicId }, body: checked.value }));
    if (answer !== undefined) {
      setSaved(answer);
      setDraft(draftOf(answer));
    }
  };

  const set = (change: Partial<Draft>) => {
    setDraft((current) => (current === null ? current : { ...current, ...change }));
    setSaved(null);
  };

  return (
    <Card title="Questionnaires (HIT-6 and MIDAS)">
      {draft === null ? <LoadStatus state={settings.state} what="the questionnaire settings" onRetry={() => void settings.reload()} /> : null}
      {draft !== null ? (
        <form onSubmit={(event) => void onSubmit(event)} aria-label="Questionnaire settings" noValidate data-testid="questionnaire-settings">
          <FormProblem error={submit.error} />
          <TextField
            label="Days before a visit they are due"
            hint="Patients are asked in these days before each visit, the visit's day included (0 to 28; 7 by default)."
            inputMode="numeric"
            value={draft.dueDays}
            onChange={(e) => set({ dueDays: e.target.value })}
            error={issue("The days", "questionnaireDueDays")}
          />
          <RadioGroup
            legend="Does the clinic hold a HIT-6 licence from QualityMetric?"
            hint="HIT-6's wording is licensed. Without a licence in the app, patients answer on the clinic's paper form and enter its total."
            name="hit6-licence"
            value={draft.licensed}
            options={LICENCE_OPTIONS}
            onChange={(licensed) => set({ licensed })}
          />
          {draft.licensed === "licensed" ? (
            <div className="questionnaire-settings__items">
              <TextField label="Licence reference" value={draft.licence} onChange={(e) => set({ licence: e.target.value })} error={issue("The licence reference", "hit6.licence")} />
              {draft.items.map((text, index) => (
                <TextField
                  key={`item-${index}`}
                  label={`Item ${index + 1}, as on the licensed form`}
                  value={text}
                  onChange={(e) => set({ items: draft.items.map((old, i) => (i === index ? e.target.value : old)) })}
                  error={issue(`Item ${index + 1}`, `hit6.items.${index}`) ?? (index === 0 ? issue("The items", "hit6.items") : undefined)}
                />
              ))}
              {draft.options.map((text, index) => (
                <TextField
                  key={`option-${index}`}
                  label={`Answer ${index + 1} (${HIT6_WEIGHTS[index] ?? 0} points)`}
                  value={text}
                  onChange={(e) => set({ options: draft.options.map((old, i) => (i === index ? e.target.value : old)) })}
                  error={issue(`Answer ${index + 1}`, `hit6.options.${index}`) ?? (index === 0 ? issue("The answers", "hit6.options") : undefined)}
                />
              ))}
            </div>
          ) : null}
          <div className="row" style={{ marginTop: "var(--space-4)" }}>
            <Button type="submit" variant="primary" busy={submit.busy} busyLabel="Saving…">
              Save questionnaire settings
            </Button>
          </div>
          {saved !== null ? (
            <StatusMessage tone="ok" title="Saved." testId="questionnaire-settings-saved">
              <p>
                {`Due ${saved.questionnaireDueDays} days before each visit. `}
                {saved.hit6 === null ? "HIT-6 is entered as the paper form's total." : `HIT-6 is asked in the licensed wording (set by ${saved.hit6.updatedBy.name}, ${formatInstant(saved.hit6.updatedAt)}).`}
              </p>
            </StatusMessage>
          ) : null}
        </form>
      ) : null}
    </Card>
  );
}
