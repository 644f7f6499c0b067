/**
 * The Today screen's questionnaire card (helper F's Today renders it): when HIT-6 or MIDAS is due,
 * why (before the visit on ..., before treatment starts) and a large link to each. Nothing when
 * none is due. Works offline from the phone's last copy.
 */
import type { Me } from "#contracts/api/auth.ts";
import { useTranslation } from "react-i18next";
import { Link } from "#web/app/router.tsx";
import { useSession } from "#web/app/session.tsx";
import { supportedLanguage } from "#web/i18n/languages.ts";
import { dueReasonWords, instrumentAbout, instrumentName, INSTRUMENT_SLUGS } from "./questionnaire-words.ts";
import { QuestionnairesOnPhone } from "./QuestionnairesOnPhone.tsx";
import { useMyQuestionnaires } from "./use-my-questionnaires.ts";
import "./questionnaires.css";

export function QuestionnairesDueCard({ patient }: { readonly patient: NonNullable<Me["patient"]> }) {
  const { state } = useSession();
  const mine = useMyQuestionnaires(patient.patientId, state.phase === "ready" ? state.confirmedAt : null);
  const { t, i18n } = useTranslation("questionnaires");
  const language = supportedLanguage(i18n.resolvedLanguage) ?? "en";
  const first = mine.due[0];
  // Filled in and no longer due: still listed with its state until sent (and a day after).
  if (first === undefined) return <QuestionnairesOnPhone entries={mine.entries} copy={mine.copy} />;
  return (
    <section className="card questionnaires-due" aria-labelledby="questionnaires-due-title" data-testid="questionnaires-due">
      <h2 id="questionnaires-due-title">{mine.due.length === 1 ? t("due.titleOne") : t("due.titleMany")}</h2>
      <p className="muted">{t("due.why", { reason: dueReasonWords(first.reason, first.visitDate, t, language) })}</p>
      <ul className="questionnaires-due__list">
        {mine.due.map((item) => (
          <li key={item.instrument}>
            <Link to={`/questionnaires/${INSTRUMENT_SLUGS[item.instrument]}`} className="questionnaires-due__link">
              <span className="questionnaires-due__name">{instrumentName(item.instrument, t)}</span>
              <span className="questionnaires-due__about">{item.form === "total" ? t("due.copyTotal") : instrumentAbout(item.instrument, t)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
