/**
 * After a questionnaire: the score in plain, calm words (design.md: nothing that could alarm), the
 * change since last time, and whether it reached the clinic (saved on this phone / sent / needs
 * attention). The phone's own score shows at once; the server's replaces it once sent.
 */
import { useTranslation } from "react-i18next";
import { Link } from "#web/app/router.tsx";
import { Button } from "#web/ui/Button.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import type { LocalScore } from "./local-score.ts";
import type { QuestionnaireEntry } from "./questionnaire-outbox.ts";
import { instrumentName, INSTRUMENT_SLUGS, patientScoreWords } from "./questionnaire-words.ts";
import type { DueItem } from "./due-on-phone.ts";

type QuestionnaireResultProps = {
  readonly entry: QuestionnaireEntry;
  readonly local: LocalScore;
  /** What else is due, to offer next. */
  readonly next: DueItem | undefined;
  readonly onSendNow: () => void;
};

export function QuestionnaireResult({ entry, local, next, onSendNow }: QuestionnaireResultProps) {
  const { t } = useTranslation("questionnaires");
  const scored = entry.result ?? local;
  const words = patientScoreWords(entry.payload.instrument, scored.score, scored.grade, scored.change, t);
  return (
    <div className="questionnaire-result" data-testid="questionnaire-result">
      <section className="card" aria-labelledby="result-title">
        <h2 id="result-title" className="questionnaire-result__score">
          {words.headline}
        </h2>
        <p>{words.meaning}</p>
        {words.change ? <p>{words.change}</p> : null}
        <p className="muted">{t("result.atVisit")}</p>
      </section>
      {entry.state === "sent" ? (
        <StatusMessage tone="ok" title={t("result.sent")} testId="questionnaire-sent" />
      ) : entry.state === "pending" ? (
        <StatusMessage tone="info" title={t("result.pending")} testId="questionnaire-pending">
          <p>{t("result.pendingWhen")}</p>
          <Button variant="quiet" onClick={onSendNow}>
            {t("result.sendNow")}
          </Button>
        </StatusMessage>
      ) : (
        <StatusMessage tone="warn" title={t("result.notSent")} testId="questionnaire-needs-attention">
          <p>{entry.problem?.message ?? t("result.couldNotSend")}</p>
        </StatusMessage>
      )}
      <div className="stack-small">
        {next ? (
          <Link to={`/questionnaires/${INSTRUMENT_SLUGS[next.instrument]}`} className="button button--primary button--block">
            {t("result.next", { name: instrumentName(next.instrument, t) })}
          </Link>
        ) : null}
        <Link to="/today" className={next ? "button button--block" : "button button--primary button--block"}>
          {t("result.backToday")}
        </Link>
      </div>
    </div>
  );
}
