/**
 * Importing a patient record file into this patient (issue 10 §6): the chosen file is read and
 * checked on the server first (a dry run writes nothing), what it would add and what is already
 * recorded is shown with every warning, and only "Import" writes it, all or nothing. A refused
 * file names each field by its JSON path and in words; the record stays as it was, and the
 * chosen file stays chosen until another is.
 */
import { useId, useState, type ChangeEvent } from "react";
import type { RecordImportResult } from "#contracts/api/patient-record.ts";
import type { PatientRecordInput } from "#contracts/patient-record.ts";
import { api } from "#web/app/api.ts";
import { describeError, toApiError } from "#web/app/api-error.ts";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { fileTooLarge, importSentence, issueLine } from "./record-import-words.ts";
import { ImportPreview } from "./ImportPreview.tsx";

type RecordUploadProps = {
  readonly clinicId: string;
  readonly patientId: string;
  readonly onImported?: () => void;
};

/**
 * A chosen file, read and parsed: what is sent for the dry run and, unchanged, for the import.
 * Any JSON value: the server checks it against the record format and names what is wrong.
 */
interface Chosen {
  readonly name: string;
  readonly sent: unknown;
}

interface Problem {
  readonly title: string;
  readonly text: string;
  readonly lines: readonly { readonly text: string; readonly path: string }[];
}

/** A failed dry run or import in words: each refused field by its path, else the server's sentence. */
function problemOf(caught: unknown, sent: unknown, doing: "checked" | "imported"): Problem {
  const error = toApiError(caught);
  if (error.code === "validation_failed" && error.issues.length > 0) {
    const count = error.issues.length;
    return {
      title: `The file cannot be imported: ${count} ${count === 1 ? "problem" : "problems"}.`,
      text: "Correct these in the file and choose it again. Nothing was imported; the record is as it was.",
      lines: error.issues.map((issue) => ({ text: issueLine(issue, sent), path: issue.path })),
    };
  }
  const retry = doing === "checked" ? "Choose the file again to retry." : "The check below still holds; try Import again.";
  return { title: doing === "checked" ? "The file was not checked." : "Not imported.", text: `${describeError(error)} Nothing was imported. ${retry}`, lines: [] };
}

/** Reads a chosen file as a JSON value, or says in words why it cannot be sent. */
async function readRecordFile(file: File): Promise<{ readonly sent: unknown } | { readonly problem: Problem }> {
  const tooLarge = fileTooLarge(file.size);
  if (tooLarge !== null) return { problem: { title: "The file is too large.", text: `${tooLarge} Nothing was imported.`, lines: [] } };
  try {
    return { sent: JSON.parse(await file.text()) as unknown };
  } catch (caught) {
    const why = caught instanceof Error ? caught.message : String(caught);
    return { problem: { title: "The file is not a patient record.", text: `It is not JSON (${why}). Choose a cephalog.patient-record/1 file, such as one downloaded above. Nothing was imported.`, lines: [] } };
  }
}

export function RecordUpload({ clinicId, patientId, onImported }: RecordUploadProps) {
  const id = useId();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [preview, setPreview] = useState<RecordImportResult | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<{ readonly name: string; readonly result: RecordImportResult } | null>(null);
  const [busy, setBusy] = useState<"checking" | "importing" | null>(null);
  // A new key empties the file input after an import or a cancel.
  const [inputKey, setInputKey] = useState(0);
  const params = { clinicId, patientId };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    setProblem(null);
    setPreview(null);
    setDone(null);
    setChosen(null);
    if (file === undefined) return;
    const read = await readRecordFile(file);
    if ("problem" in read) {
      setProblem(read.problem);
      return;
    }
    setChosen({ name: file.name, sent: read.sent });
    setBusy("checking");
    try {
      setPreview(await api("importPatientRecord", { params, query: { dryRun: "true" }, body: read.sent as PatientRecordInput }));
    } catch (caught) {
      setProblem(problemOf(caught, read.sent, "checked"));
    } finally {
      setBusy(null);
    }
  };

  const confirm = async () => {
    if (chosen === null) return;
    setProblem(null);
    setBusy("importing");
    try {
      const result = await api("importPatientRecord", { params, query: { dryRun: "false" }, body: chosen.sent as PatientRecordInput });
      setDone({ name: chosen.name, result });
      setPreview(null);
      setChosen(null);
      setInputKey((n) => n + 1);
      onImported?.();
    } catch (caught) {
      // The check stays on screen: the same file can be imported again once the cause is gone.
      setProblem(problemOf(caught, chosen.sent, "imported"));
    } finally {
      setBusy(null);
    }
  };

  const cancel = () => {
    setPreview(null);
    setChosen(null);
    setProblem(null);
    setInputKey((n) => n + 1);
  };

  return (
    <section className="documents-card__upload" aria-labelledby={`${id}-title`} data-testid="record-upload">
      <h3 id={`${id}-title`}>Import a patient record</h3>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-file`}>
          Patient record file (JSON)
        </label>
        <span className="field__hint" id={`${id}-hint`}>
          A cephalog.patient-record/1 file of at most 2 MB. It is checked first and nothing is written until you choose Import; items already recorded stay as they are.
        </span>
        <input
          key={inputKey}
          id={`${id}-file`}
          className="documents-card__file"
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-hint`}
          disabled={busy !== null}
          onChange={(event) => void choose(event)}
          data-testid="record-file"
        />
      </div>
      {busy === "checking" ? <StatusMessage tone="info" title="Checking the file…" /> : null}
      {problem !== null ? (
        <StatusMessage tone="error" title={problem.title} testId="record-upload-problem">
          <p>{problem.text}</p>
          {problem.lines.length > 0 ? (
            <ul className="documents-card__issues">
              {problem.lines.map((line) => (
                <li key={line.path}>
                  {line.text} <code className="documents-card__path">{line.path}</code>
                </li>
              ))}
            </ul>
          ) : null}
        </StatusMessage>
      ) : null}
      {preview !== null && chosen !== null ? (
        <ImportPreview fileName={chosen.name} sent={chosen.sent} result={preview} importing={busy === "importing"} onImport={() => void confirm()} onCancel={cancel} />
      ) : null}
      {done !== null ? (
        <StatusMessage tone="ok" title="Imported." testId="record-imported">
          <p>
            {done.name}: {importSentence(done.result)}
          </p>
        </StatusMessage>
      ) : null}
    </section>
  );
}
