/**
 * The clinic outcomes report (issue 10 §3) for a date range, by default the last 12 months: made
 * by a job on the server (it reads every treated patient's record: seconds, docs/reports.md), whose
 * progress is polled each second and shown as a bar; then the PDF is downloaded.
 */
import { useEffect, useState, type FormEvent } from "react";
import { clinicReportRoutes, type OutcomesReportView } from "#contracts/api/clinic-reports.ts";
import { plainDate } from "#domain/shared/plain-date.ts";
import { api, fillPath } from "#web/app/api.ts";
import { describeError, toApiError } from "#web/app/api-error.ts";
import { fetchFile, saveFile } from "#web/features/documents/save-file.ts";
import { todayIn } from "#web/offline/local-today.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { JobProgress } from "./JobProgress.tsx";
import { lastTwelveMonths, rangeProblems, type ReportRange } from "./report-range.ts";

const POLL_MS = 1000;

export function OutcomesReportCard({ clinicId }: { readonly clinicId: string }) {
  const [range, setRange] = useState<ReportRange>(() => lastTwelveMonths(plainDate(todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone, new Date()))));
  const [shownProblems, setShownProblems] = useState(false);
  const [report, setReport] = useState<OutcomesReportView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const problems = shownProblems ? rangeProblems(range) : {};
  const running = report !== null && (report.status === "queued" || report.status === "running");

  // Follows the job once a second until it is done or failed.
  useEffect(() => {
    if (!running) return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      api("outcomesReport", { params: { clinicId, reportId: report.id } })
        .then((next) => !cancelled && setReport(next))
        .catch((caught: unknown) => !cancelled && setProblem(describeError(toApiError(caught))));
    }, POLL_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [clinicId, report, running]);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    setShownProblems(true);
    if (Object.keys(rangeProblems(range)).length > 0) return;
    setStarting(true);
    setProblem(null);
    setSaved(null);
    try {
      setReport(await api("startOutcomesReport", { params: { clinicId }, body: range }));
    } catch (caught) {
      setProblem(describeError(toApiError(caught)));
    } finally {
      setStarting(false);
    }
  };

  const download = async (done: OutcomesReportView) => {
    setDownloading(true);
    setProblem(null);
    try {
      const { blob, fileName } = await fetchFile(fillPath(clinicReportRoutes.outcomesReportPdf.path, { clinicId, reportId: done.id }), "application/pdf");
      const name = fileName ?? done.fileName ?? "cephalog-outcomes.pdf";
      saveFile(blob, name);
      setSaved(name);
    } catch (caught) {
      setProblem(describeError(toApiError(caught)));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Card title="Clinic outcomes (PDF)">
      <div className="reports-card" data-testid="outcomes-report-card">
        <p className="reports-card__hint">
          The patients treated in the range (a signed session dated in it): sessions, intervals on time, responders at 30% and 50% at the two-cycle point, the change in headache
          days and side effects, each beside the published figures. A clinic cohort is not a trial; the report says why.
        </p>
        <form className="reports-range" onSubmit={(event) => void start(event)} noValidate>
          <TextField label="Sessions from" type="date" name="from" value={range.from} error={problems.from} onChange={(event) => setRange({ ...range, from: event.currentTarget.value })} />
          <TextField label="Sessions to" type="date" name="to" value={range.to} error={problems.to} onChange={(event) => setRange({ ...range, to: event.currentTarget.value })} />
          <div className="reports-range__action">
            <Button type="submit" variant="primary" busy={starting || running} busyLabel="Making the report…">
              Make the outcomes report
            </Button>
          </div>
        </form>
        {report !== null && running ? <JobProgress label="Reading treated patients' records" done={report.status === "running" ? report.patientsDone : null} total={report.patientsTotal} unit="patients" testId="outcomes-report-progress" /> : null}
        {report !== null && report.status === "done" ? (
          <StatusMessage tone="ok" title="The report is ready." testId="outcomes-report-ready">
            <p>{`Sessions ${report.from} to ${report.to}: ${report.patientsTotal ?? 0} treated ${report.patientsTotal === 1 ? "patient" : "patients"} read. Kept for a day.`}</p>
            <div className="reports-card__actions">
              <Button variant="primary" busy={downloading} busyLabel="Preparing the PDF…" onClick={() => void download(report)}>
                Download the outcomes report (PDF)
              </Button>
            </div>
            {saved !== null ? <p>{`Saved as ${saved} in this device's downloads.`}</p> : null}
          </StatusMessage>
        ) : null}
        {report !== null && report.status === "failed" ? (
          <StatusMessage tone="error" title="The report could not be made.">
            <p>Ask for it again. If it fails again, tell the clinic's administrator.</p>
          </StatusMessage>
        ) : null}
        {problem !== null ? (
          <StatusMessage tone="error" title="Something went wrong.">
            <p>{problem}</p>
          </StatusMessage>
        ) : null}
      </div>
    </Card>
  );
}
