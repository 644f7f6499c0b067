/**
 * Administrators: the clinic's staff with every role each holds, changing a member's roles (the
 * last administrator keeps theirs), deactivating and reactivating a member, adding a member with
 * one or more roles by invitation link, the invitations not yet accepted (revoke, resend), and the
 * clinic's settings (the eligibility policy, two-factor sign-in for staff).
 */
import { useState } from "react";
import type { Me } from "#contracts/api/auth.ts";
import { api } from "#web/app/api.ts";
import { AppHeader } from "#web/app/AppHeader.tsx";
import { membershipCan, membershipFor } from "#web/app/home.ts";
import { useSession } from "#web/app/session.tsx";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { ListWithForm } from "#web/ui/ListWithForm.tsx";
import { Page } from "#web/ui/Page.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { QuestionnaireSettingsCard } from "#web/features/questionnaires/QuestionnaireSettingsCard.tsx";
import { DiarySettingsCard } from "#web/features/diary/DiarySettingsCard.tsx";
import { ClinicSettingsCard } from "#web/features/assessment/ClinicSettingsCard.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { AddStaffForm } from "./AddStaffForm.tsx";
import { DeactivateMember, useReactivate } from "./DeactivateMember.tsx";
import { PendingInvitationsCard } from "./PendingInvitationsCard.tsx";
import { TwoFactorSettingCard } from "./TwoFactorSettingCard.tsx";
import { OutboxCard } from "#web/features/notifications/OutboxCard.tsx";
import { EmergencyNumberCard } from "#web/features/side-effects/EmergencyNumberCard.tsx";
import { RolesForm } from "./RolesForm.tsx";
import { StaffTable, type StaffMember } from "./StaffTable.tsx";
import "./staff.css";

export function StaffPage({ me, clinicId }: { readonly me: Me; readonly clinicId: string }) {
  const staff = useApiQuery(`staff:${clinicId}`, () => api("listStaff", { params: { clinicId } }));
  const invitations = useApiQuery(`invitations:${clinicId}`, () => api("listInvitations", { params: { clinicId } }));
  const { refresh } = useSession();
  const canManage = membershipCan(membershipFor(me, clinicId), "clinic.manage");
  const [editing, setEditing] = useState<StaffMember | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [changed, setChanged] = useState<string | null>(null);
  const reactivation = useReactivate(clinicId, (message) => {
    setChanged(message);
    void staff.reload();
  });

  const onSaved = async (member: StaffMember, message: string) => {
    setEditing(null);
    setSaved(message);
    await staff.reload();
    // One's own roles changed: what this person may see changes with them.
    if (member.userId === me.user.id) await refresh();
  };

  return (
    <Page title="Staff" theme="clinic" header={<AppHeader me={me} clinicId={clinicId} />}>
      <ListWithForm
        listTitle="Staff of this clinic"
        query={staff}
        what="the staff list"
        list={(data) => (
          <>
            {saved !== null ? (
              <StatusMessage tone="ok" title="Roles saved." testId="roles-saved">
                <p>{saved}</p>
              </StatusMessage>
            ) : null}
            {changed !== null ? (
              <StatusMessage tone="ok" title="Staff changed." testId="staff-changed">
                <p>{changed}</p>
              </StatusMessage>
            ) : null}
            <FormProblem error={reactivation.error} title="Not reactivated." />
            <StaffTable
              staff={data.filter((member) => member.status !== "invited")}
              onReactivate={
                canManage
                  ? (member) => {
                      setSaved(null);
                      setChanged(null);
                      void reactivation.reactivate(member);
                    }
                  : undefined
              }
              onChangeRoles={
                canManage
                  ? (member) => {
                      setSaved(null);
                      setChanged(null);
                      setEditing(member);
                    }
                  : undefined
              }
            />
            {editing !== null ? (
              <RolesForm
                key={editing.userId}
                clinicId={clinicId}
                member={editing}
                myUserId={me.user.id}
                onCancel={() => setEditing(null)}
                onSaved={(message) => void onSaved(editing, message)}
              />
            ) : null}
            {editing !== null && editing.userId !== me.user.id ? (
              <DeactivateMember
                key={`deactivate-${editing.userId}`}
                clinicId={clinicId}
                member={editing}
                onDone={(message) => {
                  setEditing(null);
                  setChanged(message);
                  void staff.reload();
                }}
              />
            ) : null}
          </>
        )}
        formTitle="Add a staff member"
        form={
          <AddStaffForm
            clinicId={clinicId}
            onAdded={() => {
              void staff.reload();
              void invitations.reload();
            }}
          />
        }
      />
      <div className="page-note stack">
        <PendingInvitationsCard clinicId={clinicId} query={invitations} onChanged={() => void invitations.reload()} />
        <ClinicSettingsCard clinicId={clinicId} />
        <TwoFactorSettingCard clinicId={clinicId} />
        <OutboxCard clinicId={clinicId} />
        <EmergencyNumberCard clinicId={clinicId} />
        <QuestionnaireSettingsCard clinicId={clinicId} />
        <DiarySettingsCard clinicId={clinicId} />
      </div>
    </Page>
  );
}
