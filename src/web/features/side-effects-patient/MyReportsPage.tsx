/**
 * "Your reports" (/side-effects): what the patient sent and where it stands, in plain words: the
 * server's list as last fetched (kept on the phone for offline), with this phone's reports not
 * listed there yet. Each opens its answer again.
 */
import type { Me } from "#contracts/api/auth.ts";
import { Link } from "#web/app/router.tsx";
import { useSession } from "#web/app/session.tsx";
import { PatientScreen } from "#web/features/patient-shell/PatientScreen.tsx";
import { useMySideEffects } from "#web/offline/use-my-side-effects.ts";
import { formatDateLong, formatInstantIn } from "#web/i18n/locale-format.ts";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { myReportRows } from "./report-rows.ts";
import { levelWords } from "./report-words.ts";
import { capitalised, symptomsInWords } from "./symptom-words.ts";
import { useSideEffectWords } from "./use-side-effect-words.ts";
import { atWords } from "./when-words.ts";
import "./side-effects-patient.css";

type MyReportsPageProps = {
  readonly me: Me;
  readonly patient: NonNullable<Me["patient"]>;
};

export function MyReportsPage({ me, patient }: MyReportsPageProps) {
  const { state } = useSession();
  const effects = useMySideEffects(patient.patientId, state.phase === "ready" ? state.confirmedAt : null);
  const words = useSideEffectWords();
  const { t, language } = words;
  const rows = myReportRows(effects.copy?.answer.reports ?? [], effects.entries, { online: effects.online, ownerName: patient.name, at: (instant) => atWords(instant, words), t });

  return (
    <PatientScreen me={me} title={t("reports.title")}>
      {effects.server.phase === "stored" ? (
        <StatusMessage tone="info" title={t("reports.storedTitle")} testId="reports-stored">
          {effects.server.at ? t("reports.storedAsOf", { when: formatInstantIn(effects.server.at, language) }) : t("reports.storedNone")}
        </StatusMessage>
      ) : null}
      {!effects.ready ? (
        <StatusMessage tone="info" title={t("reports.opening")} />
      ) : rows.length === 0 ? (
        <p data-testid="no-reports">{t("reports.none")}</p>
      ) : (
        <ul className="my-reports" data-testid="my-reports">
          {rows.map((row) => (
            <li key={row.id} className="my-report" data-testid="my-report">
              <h2 className="my-report__title">
                <Link to={`/side-effects/${row.id}`}>{capitalised(symptomsInWords(row.symptoms, words))}</Link>
              </h2>
              <p className="muted">{t("reports.since", { date: formatDateLong(row.onsetDate, language), level: levelWords(row.level, t) })}</p>
              <p className={`send-state send-state--${row.tone}`}>{row.state}</p>
            </li>
          ))}
        </ul>
      )}
      <Link to="/side-effects/new" className="button button--primary button--block">
        {t("reports.report")}
      </Link>
    </PatientScreen>
  );
}
