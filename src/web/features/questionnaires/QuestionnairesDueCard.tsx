/**
 * The Today screen's questionnaire card (helper F's Today renders it): when HIT-6 or MIDAS is due,
 * why (before the visit on ..., before treatment starts) and a large link to each. Nothing when
 * none is due. Works offline from the phone's last copy.
 */
import type { Me } from "#contracts/api/auth.ts";
import { Link } from "#web/app/router.tsx";
import { useSession } from "#web/app/session.tsx";
import { dueReasonWords, INSTRUMENT_ABOUT, INSTRUMENT_NAMES, INSTRUMENT_SLUGS } from "./questionnaire-words.ts";
import { useMyQuestionnaires } from "./use-my-questionnaires.ts";
import "./questionnaires.css";

export function QuestionnairesDueCard({ patient }: { readonly patient: NonNullable<Me["patient"]> }) {
  const { state } = useSession();
  const mine = useMyQuestionnaires(patient.patientId, state.phase === "ready" ? state.confirmedAt : null);
  const first = mine.due[0];
  if (first === undefined) return null;
  return (
    <section className="card questionnaires-due" aria-labelledby="questionnaires-due-title" data-testid="questionnaires-due">
      <h2 id="questionnaires-due-title">{mine.due.length === 1 ? "A questionnaire for your clinic" : "Questionnaires for your clinic"}</h2>
      <p className="muted">{`${dueReasonWords(first.reason, first.visitDate)}. They help your clinic see how you are doing.`}</p>
      <ul className="questionnaires-due__list">
        {mine.due.map((item) => (
          <li key={item.instrument}>
            <Link to={`/questionnaires/${INSTRUMENT_SLUGS[item.instrument]}`} className="questionnaires-due__link">
              <span className="questionnaires-due__name">{INSTRUMENT_NAMES[item.instrument]}</span>
              <span className="questionnaires-due__about">{item.form === "total" ? "Copy the score from your paper form." : INSTRUMENT_ABOUT[item.instrument]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
