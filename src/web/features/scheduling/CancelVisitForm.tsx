/**
 * Cancelling a visit asks why (the reason is kept with its history) and says what happens: the
 * slot is given back and the visit stays on the chart as cancelled. It takes focus, so a keyboard
 * user lands on it.
 */
import { useState } from "react";
import type { PatientVisits, VisitView } from "#contracts/api/scheduling.ts";
import { api } from "#web/app/api.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { Button } from "#web/ui/Button.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { useFocusOnOpen } from "#web/ui/use-focus-on-open.ts";
import { ReasonField } from "./ReasonField.tsx";
import { issueSentence, onlyFieldIssues, visitWhen } from "./visit-words.ts";

type CancelVisitFormProps = {
  readonly clinicId: string;
  readonly patientId: string;
  readonly visit: VisitView;
  readonly onDone: (visits: PatientVisits, message: string) => void;
  readonly onClose: () => void;
};

export function CancelVisitForm({ clinicId, patientId, visit, onDone, onClose }: CancelVisitFormProps) {
  const [reason, setReason] = useState("");
  const submit = useSubmit();
  const heading = useFocusOnOpen();

  const send = async () => {
    // The revision shown, so a change made meanwhile is refused (stale_version), never overwritten; a visit always has its booking (1).
    const answer = await submit.run(() => api("cancelVisit", { params: { clinicId, patientId, visitId: visit.id }, body: { reason, fromRevision: visit.revisions.at(-1)?.revision ?? 0 } }));
    if (answer) onDone(answer, `Cancelled the visit of ${visitWhen(visit)}. The time is free again.`);
  };

  return (
    <form
      className="status status--warn cancel-visit"
      aria-labelledby="cancel-visit-title"
      data-testid="cancel-visit"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <div>
        <h3 id="cancel-visit-title" ref={heading} tabIndex={-1} className="status__title">
          {`Cancel the visit of ${visitWhen(visit)}?`}
        </h3>
        <p>The time becomes free for other patients. The visit stays in this chart as cancelled.</p>
        <ReasonField label="Why is it cancelled?" hint="Required; kept with the visit's history." value={reason} onChange={setReason} error={issueSentence(submit.error?.issueFor("reason"), "A reason")} testId="cancel-reason" />
        <FormProblem error={onlyFieldIssues(submit.error, ["reason"]) ? null : submit.error} title="Not cancelled." />
        <div className="row">
          <Button type="submit" variant="primary" busy={submit.busy} busyLabel="Cancelling…">
            Cancel the visit
          </Button>
          <Button onClick={onClose}>Keep the visit</Button>
        </div>
      </div>
    </form>
  );
}
