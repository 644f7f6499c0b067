/**
 * Clinicians: one patient's assessment, the clinical history and preventive treatments it is
 * judged on, current 28-day counts, earlier windows, recent diary and invitation.
 */
import { useState } from "react";
import type { Me } from "#contracts/api/auth.ts";
import { api } from "#web/app/api.ts";
import { AppHeader } from "#web/app/AppHeader.tsx";
import { Link } from "#web/app/router.tsx";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { Card } from "#web/ui/Card.tsx";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { Page } from "#web/ui/Page.tsx";
import { AssessmentCard } from "#web/features/assessment/AssessmentCard.tsx";
import { PatientChart } from "#web/features/chart/PatientChart.tsx";
import { ClinicalHistorySection } from "#web/features/clinical-history/ClinicalHistorySection.tsx";
import { PathwayCard } from "#web/features/care/PathwayCard.tsx";
import { BookingCard } from "#web/features/scheduling/BookingCard.tsx";
import { SessionsCard } from "#web/features/sessions/SessionsCard.tsx";
import { PatientSideEffectsCard } from "#web/features/side-effects/PatientSideEffectsCard.tsx";
import { QuestionnairesCard } from "#web/features/questionnaires/QuestionnairesCard.tsx";
import { DocumentsCard } from "#web/features/documents/DocumentsCard.tsx";
import { CsvCard } from "#web/features/exchange/CsvCard.tsx";
import { membershipCan, membershipFor } from "#web/app/home.ts";
import { DiaryTable } from "./DiaryTable.tsx";
import { patientFacts } from "./patient-facts.ts";
import { InvitePatient } from "./InvitePatient.tsx";
import { CurrentWindow, EarlierWindows } from "./WindowCounts.tsx";

type PatientPageProps = { readonly me: Me; readonly clinicId: string; readonly patientId: string };

export function PatientPage({ me, clinicId, patientId }: PatientPageProps) {
  const detail = useApiQuery(`patient:${clinicId}:${patientId}`, () => api("getPatient", { params: { clinicId, patientId } }));
  const loaded = detail.state.phase === "loaded" ? detail.state.data : null;
  const current = loaded?.windows[0];
  // Each save of the clinical history asks for the assessment again (it is judged on that history).
  const [historyRevision, setHistoryRevision] = useState(0);
  // A booking changes the pathway (scheduled, next action), so the pathway card asks again.
  const [visitsRevision, setVisitsRevision] = useState(0);
  const membership = membershipFor(me, clinicId);

  return (
    <Page title={loaded ? loaded.patient.name : "Patient"} theme="clinic" header={<AppHeader me={me} clinicId={clinicId} />}>
      <p>
        <Link to={`/clinic/${clinicId}/patients`}>All patients</Link>
      </p>
      <LoadStatus state={detail.state} what="this patient" onRetry={() => void detail.reload()} />
      {loaded ? (
        <div className="stack">
          <p className="muted">
            {patientFacts(loaded.patient, loaded.today)}
          </p>
          <PathwayCard
            clinicId={clinicId}
            patientId={patientId}
            today={loaded.today}
            canAuthorize={membershipCan(membership, "schedule.manage")}
            canDecide={membershipCan(membership, "clinical.write")}
            revision={visitsRevision}
          />
          <SessionsCard me={me} clinicId={clinicId} patientId={patientId} />
          <PatientSideEffectsCard clinicId={clinicId} patientId={patientId} today={loaded.today} canRecord={membershipCan(membership, "side-effects.record")} />
          <BookingCard clinicId={clinicId} patientId={patientId} canBook={membershipCan(membership, "schedule.manage")} onChanged={() => setVisitsRevision((n) => n + 1)} />
          <AssessmentCard clinicId={clinicId} patientId={patientId} today={loaded.today} revision={historyRevision} />
          <QuestionnairesCard clinicId={clinicId} patientId={patientId} canEnter={membershipCan(membership, "clinical.write")} />
          <DocumentsCard clinicId={clinicId} patientId={patientId} recordNumber={loaded.patient.recordNumber} today={loaded.today} canImport={membershipCan(membership, "clinical.write")} onImported={() => { setHistoryRevision((n) => n + 1); setVisitsRevision((n) => n + 1); void detail.reload(); }} />
          <CsvCard me={me} clinicId={clinicId} patientId={patientId} onImported={() => { setHistoryRevision((n) => n + 1); setVisitsRevision((n) => n + 1); void detail.reload(); }} />
          <PatientChart clinicId={clinicId} patientId={patientId} revision={visitsRevision} />
          <ClinicalHistorySection
            clinicId={clinicId}
            patientId={patientId}
            today={loaded.today}
            onChanged={() => setHistoryRevision((n) => n + 1)}
            canEdit={membershipCan(membership, "clinical.write")}
          />
          {current ? <CurrentWindow window={current} counting={loaded.counting} /> : <p>No window counts were returned.</p>}
          <Card title="28-day windows">
            <EarlierWindows windows={loaded.windows} counting={loaded.counting} />
          </Card>
          <Card title="Recent diary">
            <DiaryTable days={loaded.diary} />
          </Card>
          {membershipCan(membership, "patients.manage") ? (
            <Card title="Diary app">
              <InvitePatient clinicId={clinicId} patientId={patientId} name={loaded.patient.name} hasAccount={loaded.patient.hasAccount} />
            </Card>
          ) : null}
        </div>
      ) : null}
    </Page>
  );
}

