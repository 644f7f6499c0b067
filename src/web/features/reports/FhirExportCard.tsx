/**
 * The clinic's FHIR R4 bulk export (issue 10 §4; ADR 0025): started here, followed each two seconds
 * (the server's Retry-After) with a progress bar, then its NDJSON files, one per resource type, as
 * links the browser downloads with the session. The files are for the person who asked, for a day.
 */
import { useEffect, useState } from "react";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { DataTable } from "#web/ui/DataTable.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { bulkExportStatus, startBulkExport, type BulkFile, type BulkStatus } from "./fhir-bulk.ts";
import { JobProgress } from "./JobProgress.tsx";

const POLL_MS = 2000;

type Export = { readonly statusPath: string; readonly status: BulkStatus };

export function FhirExportCard({ clinicId }: { readonly clinicId: string }) {
  const [current, setCurrent] = useState<Export | null>(null);
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const running = current !== null && current.status.phase === "running";

  useEffect(() => {
    if (current === null || current.status.phase !== "running") return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      bulkExportStatus(current.statusPath)
        .then((status) => !cancelled && setCurrent({ statusPath: current.statusPath, status }))
        .catch((caught: unknown) => !cancelled && setProblem(caught instanceof Error ? caught.message : String(caught)));
    }, POLL_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [current]);

  const start = async () => {
    setStarting(true);
    setProblem(null);
    try {
      const statusPath = await startBulkExport(clinicId);
      setCurrent({ statusPath, status: { phase: "running", done: null, total: null } });
    } catch (caught) {
      setProblem(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setStarting(false);
    }
  };

  return (
    <Card title="FHIR R4 bulk export">
      <div className="reports-card" data-testid="fhir-export-card">
        <p className="reports-card__hint">
          Every patient of the clinic as FHIR R4 resources for another system (an EHR, a registry): one NDJSON file per resource type, made as a job. The files are yours to
          download for a day; each download is recorded in the audit log.
        </p>
        <div className="reports-card__actions">
          <Button variant="secondary" busy={starting || running} busyLabel="Exporting…" onClick={() => void start()}>
            Start a FHIR bulk export
          </Button>
        </div>
        {current !== null && current.status.phase === "running" ? <JobProgress label="Exporting patients" done={current.status.done} total={current.status.total} unit="patients" testId="fhir-export-progress" /> : null}
        {current !== null && current.status.phase === "done" ? (
          <div data-testid="fhir-export-files">
            <DataTable<BulkFile>
              caption="Files of the export"
              columns={[
                { header: "Resource type", cell: (file) => file.type, rowHeader: true },
                { header: "Resources", cell: (file) => String(file.count) },
                {
                  header: "File",
                  cell: (file) => (
                    <a href={file.path} download>
                      {`${file.type}.ndjson`}
                    </a>
                  ),
                },
              ]}
              rows={current.status.files}
              rowKey={(file) => file.type}
              empty={<p>The clinic has no patients to export.</p>}
            />
          </div>
        ) : null}
        {problem !== null ? (
          <StatusMessage tone="error" title="The export did not finish.">
            <p>{problem}</p>
          </StatusMessage>
        ) : null}
      </div>
    </Card>
  );
}
