/**
 * After a questionnaire: the score in plain, calm words (design.md: nothing that could alarm), the
 * change since last time, and whether it reached the clinic (saved on this phone / sent / needs
 * attention). The phone's own score shows at once; the server's replaces it once sent.
 */
import { Link } from "#web/app/router.tsx";
import { Button } from "#web/ui/Button.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import type { LocalScore } from "./local-score.ts";
import type { QuestionnaireEntry } from "./questionnaire-outbox.ts";
import { INSTRUMENT_NAMES, INSTRUMENT_SLUGS, patientScoreWords } from "./questionnaire-words.ts";
import type { DueItem } from "./due-on-phone.ts";

type QuestionnaireResultProps = {
  readonly entry: QuestionnaireEntry;
  readonly local: LocalScore;
  /** What else is due, to offer next. */
  readonly next: DueItem | undefined;
  readonly onSendNow: () => void;
};

export function QuestionnaireResult({ entry, local, next, onSendNow }: QuestionnaireResultProps) {
  const scored = entry.result ?? local;
  const words = patientScoreWords(entry.payload.instrument, scored.score, scored.grade, scored.change);
  return (
    <div className="questionnaire-result" data-testid="questionnaire-result">
      <section className="card" aria-labelledby="result-title">
        <h2 id="result-title" className="questionnaire-result__score">
          {words.headline}
        </h2>
        <p>{words.meaning}</p>
        {words.change ? <p>{words.change}</p> : null}
        <p className="muted">Your clinic will go through it with you at your visit.</p>
      </section>
      {entry.state === "sent" ? (
        <StatusMessage tone="ok" title="Sent to your clinic." testId="questionnaire-sent" />
      ) : entry.state === "pending" ? (
        <StatusMessage tone="info" title="Saved on this phone." testId="questionnaire-pending">
          <p>It is sent to your clinic as soon as you are online.</p>
          <Button variant="quiet" onClick={onSendNow}>
            Try sending now
          </Button>
        </StatusMessage>
      ) : (
        <StatusMessage tone="warn" title="Saved on this phone, not sent yet." testId="questionnaire-needs-attention">
          <p>{entry.problem?.message ?? "It could not be sent."}</p>
        </StatusMessage>
      )}
      <div className="stack-small">
        {next ? (
          <Link to={`/questionnaires/${INSTRUMENT_SLUGS[next.instrument]}`} className="button button--primary button--block">
            {`Next: ${INSTRUMENT_NAMES[next.instrument]}`}
          </Link>
        ) : null}
        <Link to="/today" className={next ? "button button--block" : "button button--primary button--block"}>
          Back to today
        </Link>
      </div>
    </div>
  );
}
