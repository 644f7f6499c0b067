/**
 * The patient page's documents (issue 10 §1 and §6): each PDF the server makes for a patient
 * (today the summary; another kind is one entry of DOCUMENT_OFFERS and one name of
 * DOCUMENT_KINDS), the whole record as `cephalog.patient-record/1` JSON, and, for those who may
 * write the record, a record file uploaded with its dry run shown before it is imported.
 * Downloads are fetched first, so a refusal or a lost connection is said here in words.
 */
import { useState } from "react";
import { documentFileName } from "#contracts/api/document-file-name.ts";
import { documentRoutes, type DocumentKind } from "#contracts/api/documents.ts";
import { api, fillPath } from "#web/app/api.ts";
import { describeError, toApiError } from "#web/app/api-error.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { RecordUpload } from "./RecordUpload.tsx";
import { fetchFile, saveFile } from "./save-file.ts";
import "./documents.css";

/** What each PDF is called on the page and what it holds (docs/reports.md). */
const DOCUMENT_OFFERS: Readonly<Record<DocumentKind, { readonly label: string; readonly busy: string; readonly hint: string }>> = {
  summary: {
    label: "Patient summary (PDF)",
    busy: "Preparing the summary…",
    hint: "One page for the clinician: is it working (the headline number), the chart per 28 days, the last three windows day by day, sessions, HIT-6 and MIDAS, side effects and the next date. As of today, under the clinic's policy.",
  },
};

type DocumentsCardProps = {
  readonly clinicId: string;
  readonly patientId: string;
  /** Names the saved files (never the patient's name). */
  readonly recordNumber: string | null;
  /** The patient's today: the record file's date. */
  readonly today: string;
  /** Whether this person may import into the record (clinical.write). */
  readonly canImport: boolean;
  /** Called after an import, so the page's other cards show what it added. */
  readonly onImported?: () => void;
};

type Outcome = { readonly tone: "ok"; readonly text: string } | { readonly tone: "error"; readonly text: string };

/** One download: its button, busy while the file is made, then what happened in words. */
function DownloadRow({ label, busyLabel, hint, testId, download }: { readonly label: string; readonly busyLabel: string; readonly hint: string; readonly testId: string; readonly download: () => Promise<string> }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const run = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const name = await download();
      setOutcome({ tone: "ok", text: `Saved as ${name} in this device's downloads.` });
    } catch (caught) {
      setOutcome({ tone: "error", text: describeError(toApiError(caught)) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="documents-card__item" data-testid={testId}>
      <Button variant="secondary" busy={busy} busyLabel={busyLabel} onClick={() => void run()}>
        Download {label.charAt(0).toLowerCase() + label.slice(1)}
      </Button>
      <p className="documents-card__hint">{hint}</p>
      {busy ? (
        <p className="visually-hidden" role="status">
          {busyLabel}
        </p>
      ) : null}
      {outcome !== null ? (
        <StatusMessage tone={outcome.tone} title={outcome.tone === "ok" ? "Downloaded." : "Not downloaded."} testId={`${testId}-outcome`}>
          <p>{outcome.text}</p>
        </StatusMessage>
      ) : null}
    </li>
  );
}

export function DocumentsCard({ clinicId, patientId, recordNumber, today, canImport, onImported }: DocumentsCardProps) {
  const downloadDocument = async (kind: DocumentKind) => {
    const { blob, fileName } = await fetchFile(fillPath(documentRoutes.patientDocument.path, { clinicId, patientId, kind }), "application/pdf");
    const name = fileName ?? documentFileName(kind, { recordNumber, patientId, asOf: today });
    saveFile(blob, name);
    return name;
  };
  const downloadRecord = async () => {
    const record = await api("exportPatientRecord", { params: { clinicId, patientId } });
    const name = documentFileName("record", { recordNumber, patientId, asOf: today }, "json");
    saveFile(new Blob([`${JSON.stringify(record, null, 2)}\n`], { type: "application/json" }), name);
    return name;
  };

  return (
    <Card title="Documents">
      <div className="documents-card" data-testid="documents-card">
        <ul className="documents-card__list">
          {(Object.entries(DOCUMENT_OFFERS) as [DocumentKind, (typeof DOCUMENT_OFFERS)[DocumentKind]][]).map(([kind, offer]) => (
            <DownloadRow key={kind} label={offer.label} busyLabel={offer.busy} hint={offer.hint} testId={`document-${kind}`} download={() => downloadDocument(kind)} />
          ))}
          <DownloadRow
            label="Patient record (JSON)"
            busyLabel="Preparing the record…"
            hint="The whole record in the cephalog.patient-record/1 format: what the cephalog assess and report commands read, and what another Cephalog imports."
            testId="document-record"
            download={downloadRecord}
          />
        </ul>
        {canImport ? <RecordUpload clinicId={clinicId} patientId={patientId} {...(onImported === undefined ? {} : { onImported })} /> : null}
      </div>
    </Card>
  );
}
