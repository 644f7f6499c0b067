/**
 * The figures of one response review (pathway-rules §8), as the server computed them: the
 * reduction in words and number with the 30% and 50% responder flags, the policy's
 * recommendation with its reasons, the baseline and evaluation windows side by side, HIT-6 and
 * MIDAS against their baseline, and the wearing-off signal per cycle. Shown live on the review
 * page and, from a decision's kept basis, as "decided on these figures".
 */
import type { ResponseReview } from "#contracts/api/response-review.ts";
import { RESPONDER_30, RESPONDER_50 } from "#domain/outcomes/continuation.ts";
import { StatusBadge } from "#web/features/assessment/StatusBadge.tsx";
import { policyLabel } from "#web/features/assessment/labels.ts";
import { DataTable } from "#web/ui/DataTable.tsx";
import { formatPlainDate } from "#web/ui/format.ts";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { POINT_WORDS, RECOMMENDATION_WORDS, STATUS_WORDS, gradeText, rateText, reasonText, reductionText, responderText, scoreChangeText, signalText, unavailableText } from "./review-words.ts";
import { WindowGrid, WindowGridKey } from "./WindowGrid.tsx";

type Level = 2 | 3;
type Props = { readonly review: ResponseReview; readonly headingLevel?: Level; readonly idPrefix?: string };

function Heading({ level, id, children }: { readonly level: Level; readonly id: string; readonly children: string }) {
  return level === 2 ? <h2 id={id}>{children}</h2> : <h3 id={id}>{children}</h3>;
}

export function ReviewFigures({ review, headingLevel = 2, idPrefix = "review" }: Props) {
  return (
    <div className="review-figures">
      <ReviewResult review={review} headingLevel={headingLevel} idPrefix={idPrefix} />
      <ReviewWindows review={review} headingLevel={headingLevel} idPrefix={idPrefix} />
      <ReviewQuestionnaires review={review} headingLevel={headingLevel} idPrefix={idPrefix} />
      <ReviewWearingOff review={review} headingLevel={headingLevel} idPrefix={idPrefix} />
    </div>
  );
}

function ReviewResult({ review, headingLevel = 2, idPrefix = "review" }: Props) {
  const { response } = review.assessment;
  const unavailable = unavailableText(review);
  const id = `${idPrefix}-result`;
  return (
    <section className="card review-result" aria-labelledby={id} data-testid="review-result">
      <Heading level={headingLevel} id={id}>
        {response.evaluationPoint === null ? "Response" : `Response at the ${POINT_WORDS[response.evaluationPoint]} point`}
      </Heading>
      <p className="muted">{`${STATUS_WORDS[response.status]} · as of ${formatPlainDate(review.asOf)} · ${policyLabel(review.policy)}`}</p>
      {unavailable !== null ? (
        <StatusMessage tone="info" title={unavailable.title} live={false} testId="review-unavailable">
          <p>{unavailable.detail}</p>
        </StatusMessage>
      ) : (
        <>
          <div className="review-numbers">
            <p className="review-number">
              <span className="review-number__label">Baseline</span>
              <strong className="review-number__value numeric">{response.baselineHeadacheDays}</strong>
              <span className="review-number__unit">headache days</span>
            </p>
            <p className="review-number">
              <span className="review-number__label">{`At the ${POINT_WORDS[response.evaluationPoint ?? "two-cycles"]} point`}</span>
              <strong className="review-number__value numeric">{response.evaluationHeadacheDays}</strong>
              <span className="review-number__unit">headache days</span>
            </p>
            <p className="review-number review-number--change" data-testid="review-reduction">
              <span className="review-number__label">Change</span>
              <strong className="review-number__value numeric">{`${response.percentReduction ?? 0}%`}</strong>
              <span className="review-number__unit">{reductionText(response.percentReduction ?? 0)}</span>
            </p>
          </div>
          <p className="row review-flags" data-testid="review-flags">
            <StatusBadge verdict={response.responder30 ? "positive" : "negative"} text={responderText(RESPONDER_30, response.responder30)} />
            <StatusBadge verdict={response.responder50 ? "positive" : "negative"} text={responderText(RESPONDER_50, response.responder50)} />
          </p>
          {response.recommendation !== null ? (
            <div className={`review-recommendation review-recommendation--${response.recommendation}`} data-testid="review-recommendation">
              <p className="review-recommendation__head">
                <span className="muted">{`${policyLabel(review.policy)} recommends:`}</span> <strong>{RECOMMENDATION_WORDS[response.recommendation]}</strong>
                {response.reassessOn ? <span>{` · reassess on ${formatPlainDate(response.reassessOn)}`}</span> : null}
              </p>
              <ul className="review-reasons">
                {response.reasons.map((reason) => (
                  <li key={reason}>{reasonText(reason)}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      )}
      {review.schedule.next !== null ? (
        <p data-testid="review-next">{`The ${POINT_WORDS[review.schedule.next.point]} review ${review.schedule.next.opensOn > review.asOf ? "opens on" : "was due on"} ${formatPlainDate(review.schedule.next.opensOn)} (EHF 2018: one more cycle below 30%).`}</p>
      ) : null}
    </section>
  );
}

function ReviewWindows({ review, headingLevel = 2, idPrefix = "review" }: Props) {
  const id = `${idPrefix}-windows`;
  const { settings, response } = review.assessment;
  if (review.baseline === null) return null;
  const point = response.evaluationPoint ?? review.schedule.current?.point ?? "two-cycles";
  return (
    <section className="card" aria-labelledby={id}>
      <Heading level={headingLevel} id={id}>
        Baseline against evaluation window
      </Heading>
      <p className="muted">{`Headache days are days with a headache of ${settings.headacheDayMinHours} hours or more; the reduction compares them.`}</p>
      <div className="review-windows">
        <WindowGrid title="Baseline: the 28 days before the first session" window={review.baseline} asOf={review.asOf} minRecordedDays={settings.minRecordedDays} testId="baseline-window" />
        {review.evaluation !== null ? (
          <WindowGrid title={`Evaluation: the 28 days to the ${POINT_WORDS[point]} point`} window={review.evaluation} asOf={review.asOf} minRecordedDays={settings.minRecordedDays} testId="evaluation-window" />
        ) : null}
      </div>
      <WindowGridKey />
    </section>
  );
}

function ReviewQuestionnaires({ review, headingLevel = 2, idPrefix = "review" }: Props) {
  const id = `${idPrefix}-questionnaires`;
  const score = (s: { score: number; grade: string; date: string } | null) => (s === null ? "none" : `${s.score} (${gradeText(s.grade)}) on ${formatPlainDate(s.date)}`);
  return (
    <section className="card" aria-labelledby={id}>
      <Heading level={headingLevel} id={id}>
        HIT-6 and MIDAS
      </Heading>
      <p className="muted">Baseline: the last score on or before the first session. Follow-up: the last one up to the two-cycle point. Lower is better.</p>
      <DataTable
        caption="HIT-6 and MIDAS against their baseline"
        captionHidden
        columns={[
          { header: "Questionnaire", rowHeader: true, cell: (row) => row.instrument },
          { header: "Baseline", cell: (row) => score(row.baseline) },
          { header: "Follow-up", cell: (row) => score(row.followUp) },
          { header: "Change", cell: (row) => <span className="numeric">{scoreChangeText(row.change)}</span> },
          { header: "Supports continuing (AHS)", cell: (row) => (row.change === null ? "not judged" : row.supportsContinuing ? "yes" : "no") },
        ]}
        rows={review.questionnaires}
        rowKey={(row) => row.instrument}
        empty={<p>No questionnaires.</p>}
        testId="review-questionnaires"
      />
    </section>
  );
}

function ReviewWearingOff({ review, headingLevel = 2, idPrefix = "review" }: Props) {
  const id = `${idPrefix}-wearing-off`;
  return (
    <section className="card" aria-labelledby={id}>
      <Heading level={headingLevel} id={id}>
        Wearing-off per cycle
      </Heading>
      <p className="muted">Headache days over recorded days in each cycle&apos;s first 8 weeks against its last weeks.</p>
      <DataTable
        caption="Wearing-off per cycle"
        captionHidden
        columns={[
          { header: "Cycle from", rowHeader: true, cell: (row) => formatPlainDate(row.sessionDate) },
          { header: "Early weeks", cell: (row) => <span className="numeric">{rateText(row.earlyRate)}</span> },
          { header: "Late weeks", cell: (row) => <span className="numeric">{rateText(row.lateRate)}</span> },
          { header: "Signal", cell: (row) => signalText(row.signal) },
        ]}
        rows={review.assessment.wearingOff}
        rowKey={(row) => row.sessionDate}
        empty={<p className="muted">No cycle has ended yet.</p>}
        testId="review-wearing-off"
      />
    </section>
  );
}
