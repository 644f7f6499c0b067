/**
 * The clinical history as read by someone who may not change it (an injector, a coordinator):
 * each question with its answer, and who recorded it. The form is for clinical.write only.
 */
import { Card } from "#web/ui/Card.tsx";
import { formatPlainDate } from "#web/ui/format.ts";
import { ANSWER_OPTIONS, YES_NO_QUESTIONS, draftOf, recordedText, type History } from "./history-form.ts";

export function HistorySummary({ history }: { readonly history: History }) {
  const draft = draftOf(history);
  const word = (answer: string) => ANSWER_OPTIONS.find((option) => option.value === answer)?.label ?? answer;
  return (
    <Card title="Clinical history">
      <dl className="history-summary" data-testid="clinical-history-summary">
        {YES_NO_QUESTIONS.map((question) => (
          <div key={question.key}>
            <dt>{question.legend}</dt>
            <dd>{word(draft[question.key])}</dd>
          </div>
        ))}
        <div>
          <dt>Chronic migraine attested since</dt>
          <dd>{draft.chronicMigraineSince === "" ? "Not known" : formatPlainDate(draft.chronicMigraineSince)}</dd>
        </div>
      </dl>
      <p className="muted">{`${recordedText(history)} Clinicians change these answers.`}</p>
    </Card>
  );
}
