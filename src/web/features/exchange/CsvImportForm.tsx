/**
 * A patient's diary from a CSV file (issue 10 §5): choose the file, say which column is which
 * (filled in from the header's names), "Check" (the server's dry run: every rejected row with its
 * line, column and reason), then "Import N days" once no row is rejected: all or nothing.
 */
import { useState, type ChangeEvent } from "react";
import { CSV_DATE_FORMATS, CSV_DIARY_FIELDS, type CsvDateFormat, type CsvDiaryField, type CsvDiaryImportResult, type CsvDiaryMapping } from "#contracts/api/csv-exchange.ts";
import { api } from "#web/app/api.ts";
import { describeError, type ApiError } from "#web/app/api-error.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { Button } from "#web/ui/Button.tsx";
import { SelectField } from "#web/ui/SelectField.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { csvHeader, FIELD_LABELS, guessMapping } from "./csv-columns.ts";
import { CsvRejections } from "./CsvRejections.tsx";

type Props = { readonly clinicId: string; readonly patientId: string; readonly onImported: () => void };

interface ChosenFile {
  readonly name: string;
  readonly text: string;
  readonly header: readonly string[];
}

const REQUIRED: readonly CsvDiaryField[] = ["date", "headache"];
const NOT_IN_FILE = "";

/** The problem in words, with each named field or line (the server names lines and columns, never values). */
function ProblemOf({ error }: { readonly error: ApiError | null }) {
  if (error === null) return null;
  return (
    <StatusMessage tone="error" title={error.code === "validation_failed" ? "The file cannot be imported as it is." : "Could not check the file."}>
      <p>{describeError(error)}</p>
      {error.issues.length > 0 ? (
        <ul>
          {error.issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>{`${issue.path}: ${issue.message}`}</li>
          ))}
        </ul>
      ) : null}
    </StatusMessage>
  );
}

export function CsvImportForm({ clinicId, patientId, onImported }: Props) {
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [mapping, setMapping] = useState<Partial<CsvDiaryMapping>>({});
  const [dateFormat, setDateFormat] = useState<CsvDateFormat>("YYYY-MM-DD");
  const [checked, setChecked] = useState<CsvDiaryImportResult | null>(null);
  const [done, setDone] = useState<CsvDiaryImportResult | null>(null);
  const submit = useSubmit();

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.currentTarget.files?.[0];
    setChecked(null);
    setDone(null);
    submit.reset();
    if (chosen === undefined) return setFile(null);
    const text = await chosen.text();
    const header = csvHeader(text);
    if (header === null) {
      setFile(null);
      setFileProblem("This file has no header row that can be read. The first line must name the columns.");
      return;
    }
    setFileProblem(null);
    setFile({ name: chosen.name, text, header });
    setMapping(guessMapping(header));
  };

  const change = (field: CsvDiaryField, column: string) => {
    setChecked(null);
    setMapping((current) => {
      const next: Partial<Record<CsvDiaryField, string>> = { ...current };
      if (column === NOT_IN_FILE) delete next[field];
      else next[field] = column;
      return next;
    });
  };

  const missing = REQUIRED.filter((field) => mapping[field] === undefined);
  const send = async (dryRun: boolean) => {
    if (file === null || mapping.date === undefined || mapping.headache === undefined) return;
    const body = { csv: file.text, mapping: { ...mapping, date: mapping.date, headache: mapping.headache }, dateFormat };
    const result = await submit.run(() => api("importDiaryCsv", { params: { clinicId, patientId }, query: { dryRun: dryRun ? "true" : "false" }, body }));
    if (result === undefined) return;
    if (dryRun) setChecked(result);
    else {
      setChecked(null);
      setDone(result);
      onImported();
    }
  };

  const columnOptions = (field: CsvDiaryField) => [
    ...(REQUIRED.includes(field) ? [{ value: NOT_IN_FILE, label: "Choose a column" }] : [{ value: NOT_IN_FILE, label: "Not in the file" }]),
    ...(file?.header ?? []).map((name) => ({ value: name, label: name })),
  ];

  return (
    <div className="csv-import" data-testid="csv-import">
      <label className="field">
        <span className="field__label">CSV file (first line: the column names)</span>
        <input className="field__input" type="file" accept=".csv,text/csv" onChange={(event) => void choose(event)} data-testid="csv-file" />
      </label>
      {fileProblem !== null ? <StatusMessage tone="error" title="Cannot read this file.">{fileProblem}</StatusMessage> : null}
      {file !== null ? (
        <>
          <p className="muted">{`${file.name}: ${file.header.length} columns. Say which column holds each answer.`}</p>
          <div className="csv-import__mapping">
            {CSV_DIARY_FIELDS.map((field) => (
              <SelectField key={field} label={FIELD_LABELS[field]} options={columnOptions(field)} value={mapping[field] ?? NOT_IN_FILE} onChange={(event) => change(field, event.currentTarget.value)} data-testid={`csv-map-${field}`} />
            ))}
            <SelectField label="Dates written as" options={CSV_DATE_FORMATS.map((format) => ({ value: format, label: format }))} value={dateFormat} onChange={(event) => { setChecked(null); setDateFormat(event.currentTarget.value as CsvDateFormat); }} />
          </div>
          {missing.length > 0 ? <p className="muted">{`Choose the ${missing.map((field) => FIELD_LABELS[field].toLowerCase()).join(" and ")} column to check the file.`}</p> : null}
          <div className="csv-import__actions">
            <Button onClick={() => void send(true)} busy={submit.busy && checked === null} busyLabel="Checking…" disabled={missing.length > 0} data-testid="csv-check">
              Check
            </Button>
            {checked !== null && checked.rejected.length === 0 && checked.accepted > 0 ? (
              <Button variant="primary" onClick={() => void send(false)} busy={submit.busy} busyLabel="Importing…" data-testid="csv-import-button">
                {`Import ${checked.accepted} ${checked.accepted === 1 ? "day" : "days"}`}
              </Button>
            ) : null}
          </div>
        </>
      ) : null}
      <ProblemOf error={submit.error} />
      {checked !== null ? <CheckSummary result={checked} /> : null}
      {done !== null ? (
        <StatusMessage tone="ok" title="Imported." testId="csv-imported">
          <p>{`${done.imported} ${done.imported === 1 ? "day" : "days"} stored as imported; ${done.unchanged} already as recorded.`}</p>
        </StatusMessage>
      ) : null}
    </div>
  );
}

function CheckSummary({ result }: { readonly result: CsvDiaryImportResult }) {
  const counts = `${result.rows} ${result.rows === 1 ? "row" : "rows"}: ${result.accepted} ready (${result.imported} new or changed, ${result.unchanged} already as recorded)`;
  if (result.rejected.length === 0) {
    return (
      <StatusMessage tone="ok" title="Every row can be imported." testId="csv-check-result">
        <p>{`${counts}. Nothing is stored until you import.`}</p>
      </StatusMessage>
    );
  }
  const lines = new Set(result.rejected.map((row) => row.line)).size;
  return (
    <>
      <StatusMessage tone="warn" title={`${lines} ${lines === 1 ? "row is" : "rows are"} rejected: nothing can be imported yet.`} testId="csv-check-result">
        <p>{`${counts}, ${lines} rejected. Correct the file (or the columns chosen) and check again: the import stores every row or none.`}</p>
      </StatusMessage>
      <CsvRejections rejected={result.rejected} />
    </>
  );
}
