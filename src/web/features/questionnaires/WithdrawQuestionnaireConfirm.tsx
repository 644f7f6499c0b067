/**
 * Asks before withdrawing a questionnaire as entered in error (a HIT-6 or MIDAS under the wrong
 * patient, answers copied wrongly): says what happens (it stops counting in scores, changes and
 * what is due; it stays on record, struck through) and asks why, as an amendment of a signed
 * session does. Takes focus, so a keyboard user lands on it. The preventive trials' WithdrawConfirm
 * asks no reason, so it is not reused here.
 */
import { useState } from "react";
import { withdrawQuestionnaireBodySchema, type PatientQuestionnaires, type StaffQuestionnaire } from "#contracts/api/questionnaires.ts";
import { api } from "#web/app/api.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage, validate } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { formatPlainDate } from "#web/ui/format.ts";
import { LabelledField } from "#web/ui/LabelledField.tsx";
import { useFocusOnOpen } from "#web/ui/use-focus-on-open.ts";

type WithdrawQuestionnaireConfirmProps = {
  readonly clinicId: string;
  readonly patientId: string;
  readonly questionnaire: StaffQuestionnaire;
  readonly onDone: (list: PatientQuestionnaires, message: string) => void;
  readonly onCancel: () => void;
};

export function WithdrawQuestionnaireConfirm({ clinicId, patientId, questionnaire, onDone, onCancel }: WithdrawQuestionnaireConfirmProps) {
  const [reason, setReason] = useState("");
  const submit = useSubmit();
  const heading = useFocusOnOpen();
  const what = `the ${questionnaire.instrument} of ${formatPlainDate(questionnaire.date)} (score ${questionnaire.score})`;

  const withdraw = async () => {
    const checked = validate(withdrawQuestionnaireBodySchema, { reason, fromRevision: questionnaire.revision });
    if (!checked.ok) return submit.fail(checked.error);
    const list = await submit.run(() => api("withdrawQuestionnaire", { params: { clinicId, patientId, questionnaireId: questionnaire.id }, body: checked.value }));
    if (list) onDone(list, `Withdrew ${what} as entered in error.`);
  };

  return (
    <div className="status status--warn withdraw-confirm" role="group" aria-labelledby="withdraw-questionnaire-title" data-testid="withdraw-questionnaire">
      <div>
        <h4 id="withdraw-questionnaire-title" ref={heading} tabIndex={-1} className="status__title">
          {`Withdraw ${what} as entered in error?`}
        </h4>
        <p>It will no longer count in the scores, their change or what is due, and leaves the patient's app. It stays in the history, struck through; nothing is deleted.</p>
        {submit.error && submit.error.code !== "validation_failed" ? <FormProblem error={submit.error} title="It was not withdrawn." /> : null}
        <LabelledField label="Why was it entered in error?" hint="Required; kept with the record." error={fieldMessage("The reason", submit.error?.issueFor("reason"))}>
          {(control) => (
            <textarea
              {...control}
              rows={2}
              maxLength={2000}
              value={reason}
              onChange={(e) => {
                submit.reset();
                setReason(e.target.value);
              }}
              data-testid="withdraw-reason"
            />
          )}
        </LabelledField>
        <div className="row">
          <Button variant="primary" busy={submit.busy} busyLabel="Withdrawing…" onClick={() => void withdraw()}>
            Withdraw as entered in error
          </Button>
          <Button onClick={onCancel}>Keep it</Button>
        </div>
      </div>
    </div>
  );
}
