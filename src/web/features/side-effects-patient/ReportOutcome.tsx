/**
 * What the patient is told after a report, under the page's heading (pathway-rules §10): red,
 * the emergency call again once its screen is closed; amber, when the clinic will call; green,
 * self-care advice. Each says what was reported and whether it reached the clinic.
 */
import type { SideEffectStatus } from "#contracts/records/kind-contents.ts";
import type { SymptomCode } from "#domain/shared/record.ts";
import type { TriageLevel } from "#domain/triage/triage-levels.ts";
import { Link } from "#web/app/router.tsx";
import { Button } from "#web/ui/Button.tsx";
import { formatLongDate } from "#web/ui/format.ts";
import { callBackWords, LEVEL_WORDS, selfCareAdvice, STATUS_WORDS, telLink, whatToTell, type EmergencyNumber } from "./report-words.ts";
import type { SendState } from "./send-state.ts";
import { capitalised, symptomsInWords } from "./symptom-words.ts";

type ReportOutcomeProps = {
  readonly level: TriageLevel;
  /** Where the clinic is with it, once its list says (null before). A closed report gives no advice any more. */
  readonly clinicStatus: SideEffectStatus | null;
  readonly symptoms: readonly SymptomCode[];
  readonly onsetDate: string;
  readonly injectionDate: string | null;
  readonly emergency: EmergencyNumber;
  readonly callBackBy: string | null;
  readonly clinicPhone: string | null;
  readonly timeZone: string;
  readonly sent: SendState;
  /** Red: opens the emergency screen again. */
  readonly onShowEmergency: () => void;
  /** Sign in again (a send that needs it). */
  readonly onSignIn: () => void;
};

export function ReportOutcome(props: ReportOutcomeProps) {
  const { symptoms, onsetDate, emergency, sent, clinicStatus } = props;
  // Once the clinic has closed it, the advice of the day it was made is history, not an instruction.
  const level = clinicStatus === "resolved" ? null : props.level;
  const call = (
    <a href={telLink(emergency.number)} className="outcome-call-inline">
      {`call ${emergency.number}`}
    </a>
  );
  return (
    <div data-testid="report-outcome" data-level={props.level}>
      {level === "red" ? (
        <section className="outcome-card outcome-card--red" aria-label="Emergency care">
          <p className="outcome-lead">What you told us can be a serious reaction to the injections. A doctor needs to see you today, now.</p>
          <a className="outcome-call" href={telLink(emergency.number)}>
            {`Call ${emergency.number}`}
          </a>
          <p>{`Tell them: “${whatToTell(props.injectionDate, symptoms)}”`}</p>
          <Button onClick={props.onShowEmergency}>Show the emergency screen again</Button>
        </section>
      ) : null}
      {level === "amber" ? (
        <section className="outcome-card" aria-label="When your clinic will call">
          <p className="outcome-lead" data-testid="call-back">{`Your clinic will call you ${callBackWords(props.callBackBy, props.timeZone)}.`}</p>
          {props.clinicPhone ? (
            <p>
              {"To talk to them sooner, call your clinic on "}
              <a href={telLink(props.clinicPhone)}>{props.clinicPhone}</a>.
            </p>
          ) : null}
          <p>If it gets worse, or you get trouble swallowing, breathing or speaking, get emergency care now: {call}.</p>
        </section>
      ) : null}
      {level === "green" ? (
        <section className="outcome-card" aria-label="Self-care advice">
          <ul className="advice-list" data-testid="self-care">
            {selfCareAdvice(symptoms).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p>Your clinic will see this at your next visit.</p>
          <p>If it gets worse or something new starts, report it again or call your clinic. If you get trouble swallowing, breathing or speaking, get emergency care now: {call}.</p>
        </section>
      ) : null}
      <section className="outcome-card" aria-label="Your report">
        <h2>Your report</h2>
        <p>{`${capitalised(symptomsInWords(symptoms))}, since ${formatLongDate(onsetDate)}.`}</p>
        {level === null ? <p className="muted">{`${LEVEL_WORDS[props.level]}.`}</p> : null}
        <p className={`send-state send-state--${sent.tone}`} data-testid="report-sent" role="status">
          {sent.text}
        </p>
        {clinicStatus !== null && clinicStatus !== "new" ? <p data-testid="report-status">{STATUS_WORDS[clinicStatus]}.</p> : null}
        {sent.action === "sign-in" ? <Button onClick={props.onSignIn}>Sign in again</Button> : null}
      </section>
      <div className="outcome-links">
        <Link to="/today" className="button">
          Back to today
        </Link>
        <Link to="/side-effects" className="button button--quiet">
          Your reports
        </Link>
      </div>
    </div>
  );
}
