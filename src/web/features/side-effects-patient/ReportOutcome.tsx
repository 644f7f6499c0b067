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
import { formatDateLong } from "#web/i18n/locale-format.ts";
import { callBackWords, levelWords, selfCareAdvice, statusWords, telLink, whatToTell, type EmergencyNumber } from "./report-words.ts";
import type { SendState } from "./send-state.ts";
import { capitalised, symptomsInWords } from "./symptom-words.ts";
import { useSideEffectWords } from "./use-side-effect-words.ts";

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
  const words = useSideEffectWords();
  const { t, language } = words;
  const call = (
    <a href={telLink(emergency.number)} className="outcome-call-inline">
      {t("outcome.callInline", { number: emergency.number })}
    </a>
  );
  return (
    <div data-testid="report-outcome" data-level={props.level}>
      {level === "red" ? (
        <section className="outcome-card outcome-card--red" aria-label={t("outcome.emergencyLabel")}>
          <p className="outcome-lead">{t("outcome.redLead")}</p>
          <a className="outcome-call" href={telLink(emergency.number)}>
            {t("outcome.call", { number: emergency.number })}
          </a>
          <p>{t("outcome.tellThem", { words: whatToTell(props.injectionDate, symptoms, words) })}</p>
          <Button onClick={props.onShowEmergency}>{t("outcome.showAgain")}</Button>
        </section>
      ) : null}
      {level === "amber" ? (
        <section className="outcome-card" aria-label={t("outcome.amberLabel")}>
          <p className="outcome-lead" data-testid="call-back">{t("outcome.amberLead", { when: callBackWords(props.callBackBy, props.timeZone, words) })}</p>
          {props.clinicPhone ? (
            <p>
              {t("outcome.callSooner")}
              <a href={telLink(props.clinicPhone)}>{props.clinicPhone}</a>.
            </p>
          ) : null}
          <p>
            {t("outcome.amberWorse")}
            {call}.
          </p>
        </section>
      ) : null}
      {level === "green" ? (
        <section className="outcome-card" aria-label={t("outcome.greenLabel")}>
          <ul className="advice-list" data-testid="self-care">
            {selfCareAdvice(symptoms, t).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p>{t("outcome.nextVisit")}</p>
          <p>
            {t("outcome.greenWorse")}
            {call}.
          </p>
        </section>
      ) : null}
      <section className="outcome-card" aria-label={t("outcome.reportLabel")}>
        <h2>{t("outcome.reportTitle")}</h2>
        <p>{t("outcome.since", { symptoms: capitalised(symptomsInWords(symptoms, words)), date: formatDateLong(onsetDate, language) })}</p>
        {level === null ? <p className="muted">{`${levelWords(props.level, t)}.`}</p> : null}
        <p className={`send-state send-state--${sent.tone}`} data-testid="report-sent" role="status">
          {sent.text}
        </p>
        {clinicStatus !== null && clinicStatus !== "new" ? <p data-testid="report-status">{statusWords(clinicStatus, t)}.</p> : null}
        {sent.action === "sign-in" ? <Button onClick={props.onSignIn}>{t("outcome.signIn")}</Button> : null}
      </section>
      <div className="outcome-links">
        <Link to="/today" className="button">
          {t("outcome.backToday")}
        </Link>
        <Link to="/side-effects" className="button button--quiet">
          {t("outcome.yourReports")}
        </Link>
      </div>
    </div>
  );
}
