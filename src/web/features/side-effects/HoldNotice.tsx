/**
 * Says, where a session is signed or planned, that a red side-effect report holds the patient's
 * next session (signing is refused until a clinician clears it with a reason), with a link to
 * each report holding it. `SessionHoldNotice` loads it for the session screen, before signing.
 */
import type { PatientSideEffects } from "#contracts/api/side-effects.ts";
import { api } from "#web/app/api.ts";
import { Link } from "#web/app/router.tsx";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { formatPlainDate } from "#web/ui/format.ts";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { symptomsInWords } from "./side-effect-words.ts";

type Props = { readonly clinicId: string; readonly patientId: string; readonly hold: PatientSideEffects["hold"] };

export function HoldNotice({ clinicId, patientId, hold }: Props) {
  if (!hold.held) return null;
  return (
    <StatusMessage tone="error" title="Next session on hold: a red side-effect report needs a clinician's review." live={false} testId="session-hold">
      <p>No session can be signed for this patient until a clinician reviews the report and clears the hold with a reason.</p>
      <ul>
        {hold.reports.map((report) => (
          <li key={report.id}>
            <Link to={`/clinic/${clinicId}/patients/${patientId}/side-effects/${report.id}`}>{`${symptomsInWords(report.symptoms)}, since ${formatPlainDate(report.onsetDate)}`}</Link>
          </li>
        ))}
      </ul>
    </StatusMessage>
  );
}

/** The hold as the session screen shows it, above the draft: asked when the screen opens. */
export function SessionHoldNotice({ clinicId, patientId }: { readonly clinicId: string; readonly patientId: string }) {
  const query = useApiQuery(`session-hold:${clinicId}:${patientId}`, () => api("patientSideEffects", { params: { clinicId, patientId } }));
  return query.state.phase === "loaded" ? <HoldNotice clinicId={clinicId} patientId={patientId} hold={query.state.data.hold} /> : null;
}
