/** A job's progress on the reports page: a labelled progress bar, indeterminate until the job has counted its work. */
type JobProgressProps = {
  readonly label: string;
  readonly done: number | null;
  readonly total: number | null;
  /** What is counted, e.g. "patients". */
  readonly unit: string;
  readonly testId?: string;
};

export function JobProgress({ label, done, total, unit, testId }: JobProgressProps) {
  const known = done !== null && total !== null && total > 0;
  const words = known ? `${done} of ${total} ${unit}` : total === 0 ? `no ${unit} to read` : "waiting to start";
  return (
    <div className="reports-progress" data-testid={testId}>
      <progress aria-label={label} {...(known ? { value: done, max: total } : {})} />
      <p className="reports-progress__words" role="status">
        {label}: {words}
      </p>
    </div>
  );
}
