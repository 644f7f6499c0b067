/**
 * Administrators: the clinic's default eligibility policy, the one every patient's assessment uses
 * unless a clinician views another. Saving says so in words (design.md, "Say what state data is in").
 */
import { useEffect, useState, type FormEvent } from "react";
import type { PolicyId } from "#domain/shared/record.ts";
import { api } from "#web/app/api.ts";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { SelectField } from "#web/ui/SelectField.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { POLICY_LABELS, POLICY_ORDER, POLICY_SUMMARIES, isPolicyId } from "./labels.ts";
import "./assessment.css";

export function ClinicSettingsCard({ clinicId }: { readonly clinicId: string }) {
  const settings = useApiQuery(`clinic-settings:${clinicId}`, () => api("getClinicSettings", { params: { clinicId } }));
  const saved = settings.state.phase === "loaded" ? settings.state.data.policy : null;
  const [policy, setPolicy] = useState<PolicyId | null>(null);
  const [savedNow, setSavedNow] = useState<PolicyId | null>(null);
  const submit = useSubmit();

  useEffect(() => {
    if (saved !== null) setPolicy((current) => current ?? saved);
  }, [saved]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (policy === null) return;
    setSavedNow(null);
    const answer = await submit.run(() => api("updateClinicSettings", { params: { clinicId }, body: { policy } }));
    if (answer !== undefined) {
      setSavedNow(policy);
      await settings.reload();
    }
  };

  return (
    <Card title="Clinic settings">
      {saved === null ? <LoadStatus state={settings.state} what="the clinic's settings" onRetry={() => void settings.reload()} /> : null}
      {policy !== null ? (
        <form onSubmit={(event) => void onSubmit(event)} aria-label="Clinic settings" noValidate>
          <FormProblem error={submit.error} />
          <div className="settings-form">
            <SelectField
              label="Default eligibility policy"
              value={policy}
              onChange={(event) => {
                if (isPolicyId(event.target.value)) setPolicy(event.target.value);
                setSavedNow(null);
              }}
              options={POLICY_ORDER.map((id) => ({ value: id, label: POLICY_LABELS[id] }))}
              error={submit.error?.issueFor("policy")}
            />
            <Button type="submit" variant="primary" busy={submit.busy} busyLabel="Saving…" disabled={policy === saved}>
              Save default policy
            </Button>
          </div>
          <p className="muted" style={{ marginTop: "var(--space-2)" }}>
            {POLICY_SUMMARIES[policy]}
          </p>
          <p className="muted">Patients' assessments use this policy unless a clinician views another on the patient's page.</p>
          {savedNow !== null ? (
            <StatusMessage tone="ok" title="Saved." testId="settings-saved">
              <p>{`The clinic's default eligibility policy is now ${POLICY_LABELS[savedNow]}.`}</p>
            </StatusMessage>
          ) : null}
        </form>
      ) : null}
    </Card>
  );
}
