/**
 * The questionnaires filled in on this phone, each with its state ("On this phone, not sent
 * yet", "Sent", "Needs attention"): the Today screen's questionnaire card shows it, so a
 * questionnaire saved offline does not vanish from sight once it is no longer due (one the clinic
 * withdrew as entered in error goes once the server's copy says so).
 */
import { useTranslation } from "react-i18next";
import { currentLanguage } from "#web/i18n/i18n.ts";
import { formatDateShort } from "#web/i18n/locale-format.ts";
import { EntryStateBadge } from "#web/offline/EntryStateBadge.tsx";
import type { CachedQuestionnaires, QuestionnaireEntry } from "./questionnaire-outbox.ts";
import { instrumentName } from "./questionnaire-words.ts";
import { questionnairesToShow } from "./questionnaires-on-phone.ts";

export function QuestionnairesOnPhone({ entries, copy }: { readonly entries: readonly QuestionnaireEntry[]; readonly copy: CachedQuestionnaires | null }) {
  const { t } = useTranslation("offline");
  const { t: words } = useTranslation("questionnaires");
  const shown = questionnairesToShow(entries, new Date(), copy);
  if (shown.length === 0) return null;
  return (
    <section className="card" aria-labelledby="questionnaires-on-phone-title" data-testid="questionnaires-on-phone">
      <h2 id="questionnaires-on-phone-title">{t("questionnaires.title")}</h2>
      <ul className="entry-state-list">
        {shown.map((entry) => (
          <li key={entry.id}>
            <span>{`${instrumentName(entry.payload.instrument, words)}, ${formatDateShort(entry.payload.date, currentLanguage())}`}</span>
            <EntryStateBadge state={entry.state} testId="questionnaire-state" />
          </li>
        ))}
      </ul>
    </section>
  );
}
