/**
 * The patient page's CSV card (issue 10 §5): the diary as a spreadsheet file for anyone who may
 * read the chart, and, for clinical staff, a diary imported from a CSV file with a check first.
 */
import { useState } from "react";
import type { Me } from "#contracts/api/auth.ts";
import { membershipCan, membershipFor } from "#web/app/home.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { CsvImportForm } from "./CsvImportForm.tsx";
import "./exchange.css";

type Props = { readonly me: Me; readonly clinicId: string; readonly patientId: string; readonly onImported: () => void };

export function CsvCard({ me, clinicId, patientId, onImported }: Props) {
  const [importing, setImporting] = useState(false);
  const canImport = membershipCan(membershipFor(me, clinicId), "clinical.write");
  return (
    <Card title="Diary as CSV">
      <div className="csv-card__actions">
        <a className="button button--secondary" href={`/api/clinics/${encodeURIComponent(clinicId)}/patients/${encodeURIComponent(patientId)}/diary.csv`} download data-testid="csv-diary-download">
          Download diary (CSV)
        </a>
        {canImport && !importing ? (
          <Button onClick={() => setImporting(true)} data-testid="csv-import-open">
            Import diary from CSV…
          </Button>
        ) : null}
      </div>
      <p className="muted">One row per recorded day, in the words the import reads: a spreadsheet file opens it.</p>
      {importing ? <CsvImportForm clinicId={clinicId} patientId={patientId} onImported={onImported} /> : null}
    </Card>
  );
}
