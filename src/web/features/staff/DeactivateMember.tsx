/**
 * Deactivating a member of staff, beside their roles: they reach nothing of the clinic from now
 * on (signed out, unless another clinic still needs their account); the staff list shows them as
 * deactivated, with Reactivate. The server keeps the last active administrator, and refuses one's
 * own deactivation.
 */
import { api } from "#web/app/api.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { Button } from "#web/ui/Button.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import type { StaffMember } from "./StaffTable.tsx";

type DeactivateMemberProps = {
  readonly clinicId: string;
  readonly member: StaffMember;
  readonly onDone: (message: string) => void;
};

export function DeactivateMember({ clinicId, member, onDone }: DeactivateMemberProps) {
  const submit = useSubmit();
  const go = async () => {
    const answer = await submit.run(() => api("deactivateStaff", { params: { clinicId, userId: member.userId } }));
    if (answer) onDone(`${member.name} is deactivated: they can no longer open this clinic. Reactivate them here at any time.`);
  };
  return (
    <section className="deactivate-member" aria-labelledby="deactivate-member-title" data-testid="deactivate-member">
      <h3 id="deactivate-member-title">{`Deactivate ${member.name}`}</h3>
      <p className="muted">For someone who left, or whose account may be misused: they are signed out of this clinic at once. What they recorded stays; their roles are kept for reactivation.</p>
      <FormProblem error={submit.error} title="Not deactivated." />
      <Button onClick={() => void go()} busy={submit.busy} busyLabel="Deactivating…">
        Deactivate
      </Button>
    </section>
  );
}

/** Reactivates a deactivated member with the roles they had. */
export function useReactivate(clinicId: string, onDone: (message: string) => void) {
  const submit = useSubmit();
  const reactivate = async (member: StaffMember) => {
    const answer = await submit.run(() => api("reactivateStaff", { params: { clinicId, userId: member.userId } }));
    if (answer) onDone(`${member.name} is active again, with the roles they had.`);
  };
  return { reactivate, error: submit.error, busy: submit.busy };
}
