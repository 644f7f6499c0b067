/**
 * The preventive treatments tried (pathway-rules §5): a table judged as the assessment judges
 * them (days tried, whether each counts as failed), a form to add or change one, withdrawal of
 * one entered in error (asked first), and, while none are listed, the explicit answer "no
 * preventive treatments tried", since an empty list and no answer mean different things.
 */
import { useRef, useState } from "react";
import type { ClinicalHistoryView, PreventiveTrialInput, PreventiveTrialView } from "#contracts/api/clinical-history.ts";
import { api } from "#web/app/api.ts";
import { useSubmit, type Submit } from "#web/app/use-submit.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { DataTable, type Column } from "#web/ui/DataTable.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { currentBody, recordedText } from "./history-form.ts";
import { PreventiveForm } from "./PreventiveForm.tsx";
import { EMPTY_TRIAL, MIN_TRIAL_DAYS, draftOfTrial, preventiveRow, type PreventiveRow } from "./preventive-rows.ts";
import { WithdrawConfirm } from "./WithdrawConfirm.tsx";

type PreventivesCardProps = {
  readonly clinicId: string;
  readonly patientId: string;
  /** The patient's today: trials still going are judged up to it. */
  readonly today: string;
  readonly view: ClinicalHistoryView;
  readonly onSaved: (view: ClinicalHistoryView) => void;
  /** clinical.write: without it the treatments are listed without the actions and forms. */
  readonly canEdit: boolean;
};

export function PreventivesCard({ clinicId, patientId, today, view, onSaved, canEdit }: PreventivesCardProps) {
  const [editing, setEditing] = useState<PreventiveTrialView | null>(null);
  const [withdrawing, setWithdrawing] = useState<PreventiveTrialView | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // The add/change form's sending state, and that of the other actions (withdraw, none tried): each shows its own failure.
  const formSubmit = useSubmit();
  const actionSubmit = useSubmit();
  const formHeading = useRef<HTMLHeadingElement>(null);
  const params = { clinicId, patientId };

  const save = async (submit: Submit, action: () => Promise<ClinicalHistoryView>, message: string): Promise<boolean> => {
    setDone(null);
    const answer = await submit.run(action);
    if (answer === undefined) return false;
    onSaved(answer);
    setDone(message);
    return true;
  };

  const startEdit = (trial: PreventiveTrialView) => {
    setWithdrawing(null);
    setEditing(trial);
    formSubmit.reset();
    requestAnimationFrame(() => formHeading.current?.focus());
  };

  const add = (body: PreventiveTrialInput) => save(formSubmit, () => api("addPreventiveTrial", { params, body }), `Added ${body.name}.`);
  const amend = async (trial: PreventiveTrialView, body: PreventiveTrialInput) => {
    // From the revision the form was opened on: a change made meanwhile is refused (stale_version), never overwritten.
    const ok = await save(formSubmit, () => api("amendPreventiveTrial", { params: { ...params, trialId: trial.id }, body: { ...body, fromRevision: trial.revision } }), `Saved the changes to ${body.name}.`);
    if (ok) setEditing(null);
    return ok;
  };
  const withdraw = async (trial: PreventiveTrialView) => {
    const ok = await save(actionSubmit, () => api("withdrawPreventiveTrial", { params: { ...params, trialId: trial.id }, query: { fromRevision: String(trial.revision) } }), `Withdrew ${trial.name} as entered in error.`);
    if (ok) setWithdrawing(null);
  };
  const setNoneTried = (noneTried: boolean) =>
    save(
      actionSubmit,
      () => api("reviseClinicalHistory", { params, body: currentBody(view.history, noneTried) }),
      noneTried ? "Recorded: no preventive treatments tried." : "The preventive history is now not known.",
    );

  const trials = new Map(view.preventives.map((trial) => [trial.id, trial]));
  const rows = view.preventives.map((trial) => preventiveRow(trial, today));
  const columns: Column<PreventiveRow>[] = [
    { header: "Drug", cell: (row) => row.name, rowHeader: true },
    { header: "Class", cell: (row) => row.drugClass },
    { header: "Dose", cell: (row) => row.dose ?? <span className="muted">Not recorded</span> },
    { header: "Dates", cell: (row) => row.dates, className: "nowrap" },
    { header: "Days tried", cell: (row) => row.daysTried, className: "numeric" },
    { header: "Outcome", cell: (row) => row.outcome },
    { header: "Counts as failed", cell: (row) => row.countsAsFailed },
  ];
  const actionColumn: Column<PreventiveRow> =
    {
      header: "Actions",
      cell: (row) => {
        const trial = trials.get(row.id);
        if (trial === undefined) return null;
        return (
          <div className="trial-actions">
            <Button variant="quiet" onClick={() => startEdit(trial)} aria-label={`Change ${trial.name}`}>
              Change
            </Button>
            <Button variant="quiet" onClick={() => {
                setWithdrawing(trial);
                actionSubmit.reset();
              }} aria-label={`${trial.name} was entered in error`}>
              Entered in error
            </Button>
          </div>
        );
      },
    };
  const shownColumns = canEdit ? [...columns, actionColumn] : columns;

  return (
    <Card title="Preventive treatments">
      <p className="muted">
        {`Used by the US payer, NICE and EHF policies. An ineffective treatment counts as failed after ${MIN_TRIAL_DAYS} days or more; not tolerated or contraindicated counts whatever the length. A treatment still being taken is counted up to the patient's today.`}
      </p>
      {done !== null ? (
        <StatusMessage tone="ok" title="Saved." testId="preventives-saved">
          <p>{`${done} The assessment above is updated.`}</p>
        </StatusMessage>
      ) : null}
      <FormProblem error={actionSubmit.error} />
      {withdrawing !== null ? (
        <WithdrawConfirm name={withdrawing.name} busy={actionSubmit.busy} onConfirm={() => void withdraw(withdrawing)} onCancel={() => setWithdrawing(null)} />
      ) : null}
      <DataTable
        caption="Preventive treatments tried"
        captionHidden
        columns={shownColumns}
        rows={rows}
        rowKey={(row) => row.id}
        testId="preventives-table"
        empty={<NoTrials view={view} busy={actionSubmit.busy} onNoneTried={canEdit ? (noneTried) => void setNoneTried(noneTried) : null} />}
      />
      {!canEdit ? null : editing !== null ? (
        <PreventiveForm
          key={`edit-${editing.id}-${editing.revision}`}
          title={`Change ${editing.name}`}
          initial={draftOfTrial(editing)}
          submitLabel="Save changes"
          busy={formSubmit.busy}
          error={formSubmit.error}
          onInvalid={formSubmit.fail}
          onSubmit={(body) => amend(editing, body)}
          onCancel={() => {
            setEditing(null);
            formSubmit.reset();
          }}
          headingRef={formHeading}
        />
      ) : (
        <PreventiveForm
          key="add"
          title="Add a preventive treatment"
          initial={EMPTY_TRIAL}
          submitLabel="Add treatment"
          busy={formSubmit.busy}
          error={formSubmit.error}
          onInvalid={formSubmit.fail}
          onSubmit={add}
          headingRef={formHeading}
        />
      )}
    </Card>
  );
}

type NoTrialsProps = {
  readonly view: ClinicalHistoryView;
  readonly busy: boolean;
  /** null: shown to someone who may not change it. */
  readonly onNoneTried: ((noneTried: boolean) => void) | null;
};

/** No trials listed: either the patient tried none (recorded), or nobody has said yet. */
function NoTrials({ view, busy, onNoneTried }: NoTrialsProps) {
  if (view.history.preventiveHistory === "none-tried") {
    return (
      <StatusMessage tone="info" title="No preventive treatments tried." live={false} testId="none-tried">
        <p>{`${recordedText(view.history)} Policies that need failed preventives judge this as not met.`}</p>
        {onNoneTried ? (
          <Button variant="quiet" busy={busy} onClick={() => onNoneTried(false)}>
            Change to not known
          </Button>
        ) : null}
      </StatusMessage>
    );
  }
  return (
    <StatusMessage tone="warn" title="No preventive treatments recorded." live={false} testId="preventives-not-recorded">
      <p>
        {onNoneTried
          ? "Until they are, eligibility under policies that need failed preventives cannot be decided. Add each treatment tried below, or record that none were tried."
          : "Until a clinician records them, eligibility under policies that need failed preventives cannot be decided."}
      </p>
      {onNoneTried ? (
        <Button busy={busy} busyLabel="Saving…" onClick={() => onNoneTried(true)}>
          No preventive treatments tried
        </Button>
      ) : null}
    </StatusMessage>
  );
}
