/**
 * A record file's dry run, shown before anything is written: the sentence of what importing
 * would do, a table of each part (would add, already recorded), every warning with its JSON path,
 * and Import or Cancel. Its heading takes focus when it opens, so a keyboard or screen-reader
 * user lands on the result of the check.
 */
import { useId } from "react";
import type { RecordImportResult } from "#contracts/api/patient-record.ts";
import { Button } from "#web/ui/Button.tsx";
import { DataTable } from "#web/ui/DataTable.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { useFocusOnOpen } from "#web/ui/use-focus-on-open.ts";
import { importRows, importSentence, warningLine, type ImportRow } from "./record-import-words.ts";

type ImportPreviewProps = {
  readonly fileName: string;
  readonly sent: unknown;
  readonly result: RecordImportResult;
  readonly importing: boolean;
  readonly onImport: () => void;
  readonly onCancel: () => void;
};

const COLUMNS = [
  { header: "Part of the record", cell: (row: ImportRow) => row.part, rowHeader: true },
  { header: "Would add", cell: (row: ImportRow) => row.created, className: "numeric" },
  { header: "Already recorded", cell: (row: ImportRow) => row.unchanged, className: "numeric" },
] as const;

export function ImportPreview({ fileName, sent, result, importing, onImport, onCancel }: ImportPreviewProps) {
  const id = useId();
  const heading = useFocusOnOpen<HTMLHeadingElement>(result);
  const rows = importRows(result);
  const nothingToAdd = rows.every((row) => row.created === 0);
  const warnings = result.warnings.map((warning) => warningLine(warning, sent));
  return (
    <section className="documents-card__preview" aria-labelledby={`${id}-title`} data-testid="import-preview">
      <h4 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Checked, not yet imported: {fileName}
      </h4>
      <p data-testid="import-sentence">{importSentence(result)}</p>
      <DataTable caption="What the import would do, part by part" captionHidden columns={COLUMNS} rows={rows} rowKey={(row) => row.part} empty={<p className="muted">The file holds no diary days, sessions or other items.</p>} testId="import-counts" />
      {warnings.length > 0 ? (
        <StatusMessage tone="warn" title={`${warnings.length} ${warnings.length === 1 ? "field is" : "fields are"} not part of the record format and will be left out.`} live={false} testId="import-warnings">
          <ul className="documents-card__issues">
            {warnings.map((warning, index) => (
              <li key={`${index}-${warning.path ?? ""}`}>
                {warning.text} {warning.path !== null ? <code className="documents-card__path">{warning.path}</code> : null}
              </li>
            ))}
          </ul>
        </StatusMessage>
      ) : null}
      <div className="row documents-card__actions">
        {nothingToAdd ? null : (
          <Button variant="primary" busy={importing} busyLabel="Importing…" onClick={onImport} data-testid="record-import">
            Import
          </Button>
        )}
        <Button variant="quiet" onClick={onCancel} disabled={importing}>
          {nothingToAdd ? "Close" : "Cancel"}
        </Button>
      </div>
    </section>
  );
}
