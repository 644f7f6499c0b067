/**
 * The patient page's documents (issue 10 §1, §2 and §6): each PDF the server makes for a patient
 * (the summary, the authorization packet and the renewal; another kind is one entry of
 * DOCUMENT_OFFERS and one name of DOCUMENT_KINDS), the whole record as `cephalog.patient-record/1`
 * JSON, and, for those who may write the record, a record file uploaded with its dry run shown
 * before it is imported. Downloads are fetched first, so a refusal or a lost connection is said
 * here in words. A packet with something missing is not made: the server's list of gaps is shown
 * first, with "Make a draft anyway" (ADR 0026).
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
import { fetchFile, PacketNotReady, saveFile } from "./save-file.ts";
import "./documents.css";

/** What each PDF is called on the page and what it holds (docs/reports.md). */
const DOCUMENT_OFFERS: Readonly<Record<DocumentKind, { readonly label: string; readonly busy: string; readonly hint: string }>> = {
  summary: {
    label: "Patient summary (PDF)",
    busy: "Preparing the summary…",
    hint: "One page for the clinician: is it working (the headline number), the chart per 28 days, the last three windows day by day, sessions, HIT-6 and MIDAS, side effects and the next date. As of today, under the clinic's policy.",
  },
  packet: {
    label: "Authorization packet (PDF)",
    busy: "Preparing the packet…",
    hint: "For the insurer's first request: the policy's criteria with the diary's evidence and its provenance, the ICD-10-CM code, failed preventives, HIT-6 and MIDAS, the planned dose. What is missing is listed first.",
  },
  renewal: {
    label: "Renewal packet (PDF)",
    busy: "Preparing the renewal…",
    hint: "For continuing treatment: the baseline against the evaluation window, the reduction against the policy's threshold, sessions given, HIT-6 and MIDAS. What is missing is listed first.",
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

type Outcome = { readonly tone: "ok"; readonly text: string } | { readonly tone: "error"; readonly text: string } | { readonly tone: "gaps"; readonly gaps: readonly string[] };

/** One download: its button, busy while the file is made, then what happened in words. */
function DownloadRow({ label, busyLabel, hint, testId, download }: { readonly label: string; readonly busyLabel: string; readonly hint: string; readonly testId: string; readonly download: (draft: boolean) => Promise<string> }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const run = async (draft: boolean) => {
    setBusy(true);
    setOutcome(null);
    try {
      const name = await download(draft);
      setOutcome({ tone: "ok", text: `Saved as ${name} in this device's downloads.${draft ? " It is a draft: the list of what is missing is on its first page." : ""}` });
    } catch (caught) {
      setOutcome(caught instanceof PacketNotReady ? { tone: "gaps", gaps: caught.gaps } : { tone: "error", text: describeError(toApiError(caught)) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="documents-card__item" data-testid={testId}>
      <Button variant="secondary" busy={busy} busyLabel={busyLabel} onClick={() => void run(false)}>
        Download {label.charAt(0).toLowerCase() + label.slice(1)}
      </Button>
      <p className="documents-card__hint">{hint}</p>
      {busy ? (
        <p className="visually-hidden" role="status">
          {busyLabel}
        </p>
      ) : null}
      {outcome !== null && outcome.tone === "gaps" ? (
        <StatusMessage tone="warn" title={`Not ready to send: ${outcome.gaps.length === 1 ? "1 item is" : `${outcome.gaps.length} items are`} missing.`} testId={`${testId}-gaps`}>
          <ul className="documents-card__issues">
            {outcome.gaps.map((gap) => (
              <li key={gap}>{gap}</li>
            ))}
          </ul>
          <p>Record what is missing and download it again, or make a draft now: the list is printed at the top of its first page.</p>
          <div className="documents-card__actions">
            <Button variant="secondary" busy={busy} busyLabel={busyLabel} onClick={() => void run(true)}>
              Make a draft anyway
            </Button>
          </div>
        </StatusMessage>
      ) : null}
      {outcome !== null && outcome.tone !== "gaps" ? (
        <StatusMessage tone={outcome.tone} title={outcome.tone === "ok" ? "Downloaded." : "Not downloaded."} testId={`${testId}-outcome`}>
          <p>{outcome.text}</p>
        </StatusMessage>
      ) : null}
    </li>
  );
}

export function DocumentsCard({ clinicId, patientId, recordNumber, today, canImport, onImported }: DocumentsCardProps) {
  const downloadDocument = async (kind: DocumentKind, draft: boolean) => {
    const { blob, fileName } = await fetchFile(`${fillPath(documentRoutes.patientDocument.path, { clinicId, patientId, kind })}${draft ? "?draft=true" : ""}`, "application/pdf");
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
            <DownloadRow key={kind} label={offer.label} busyLabel={offer.busy} hint={offer.hint} testId={`document-${kind}`} download={(draft) => downloadDocument(kind, draft)} />
          ))}
          <DownloadRow
            label="Patient record (JSON)"
            busyLabel="Preparing the record…"
            hint="The whole record in the cephalog.patient-record/1 format: what the cephalog assess and report commands read, and what another Cephalog imports."
            testId="document-record"
            download={() => downloadRecord()}
          />
        </ul>
        {canImport ? <RecordUpload clinicId={clinicId} patientId={patientId} {...(onImported === undefined ? {} : { onImported })} /> : null}
      </div>
    </Card>
  );
}
