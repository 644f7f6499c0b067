/**
 * Side effects on the patient's chart (issue 8): whether a red report holds the next session (and
 * which), the patient's reports newest first with their level and standing, and a report taken by
 * phone (side-effects.record: any role that may take the call).
 */
import { useState } from "react";
import type { PatientSideEffects } from "#contracts/api/side-effects.ts";
import { api } from "#web/app/api.ts";
import { Link, navigate } from "#web/app/router.tsx";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { DataTable, type Column } from "#web/ui/DataTable.tsx";
import { formatInstant, formatPlainDate } from "#web/ui/format.ts";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { HoldNotice } from "./HoldNotice.tsx";
import { LevelBadge } from "./LevelBadge.tsx";
import { PhoneReportForm } from "./PhoneReportForm.tsx";
import { STATUS_WORDS, symptomsInWords } from "./side-effect-words.ts";
import "./side-effects.css";

type Props = { readonly clinicId: string; readonly patientId: string; readonly today: string; readonly canRecord: boolean };
type Row = PatientSideEffects["reports"][number];

export function PatientSideEffectsCard({ clinicId, patientId, today, canRecord }: Props) {
  const query = useApiQuery(`patient-side-effects:${clinicId}:${patientId}`, () => api("patientSideEffects", { params: { clinicId, patientId } }));
  const [recording, setRecording] = useState(false);
  const reportPath = (id: string) => `/clinic/${clinicId}/patients/${patientId}/side-effects/${id}`;
  const columns: readonly Column<Row>[] = [
    { header: "Level", cell: (row) => <LevelBadge level={row.level} /> },
    { header: "Onset", rowHeader: true, cell: (row) => <Link to={reportPath(row.id)}>{formatPlainDate(row.onsetDate)}</Link> },
    { header: "Symptoms", cell: (row) => symptomsInWords(row.symptoms) },
    { header: "Received", cell: (row) => formatInstant(row.receivedAt) },
    { header: "Status", cell: (row) => `${STATUS_WORDS[row.status]}${row.hold === "held" ? " · next session on hold" : ""}` },
  ];

  return (
    <Card title="Side effects">
      {query.state.phase === "loaded" ? (
        <>
          <HoldNotice clinicId={clinicId} patientId={patientId} hold={query.state.data.hold} />
          <DataTable caption="Side-effect reports" captionHidden columns={columns} rows={query.state.data.reports} rowKey={(row) => row.id} empty={<p className="muted">No side effect reported.</p>} testId="patient-side-effects" />
        </>
      ) : (
        <LoadStatus state={query.state} what="the side effects" onRetry={() => void query.reload()} />
      )}
      {canRecord ? (
        recording ? (
          <PhoneReportForm clinicId={clinicId} patientId={patientId} today={today} onClose={() => setRecording(false)} onRecorded={(report) => navigate(reportPath(report.id))} />
        ) : (
          <Button onClick={() => setRecording(true)}>Record a report made by phone</Button>
        )
      ) : null}
    </Card>
  );
}
