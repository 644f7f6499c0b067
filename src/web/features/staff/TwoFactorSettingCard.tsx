/**
 * Administrators: whether the clinic asks its staff for two-factor sign-in. A member without it
 * is sent to set it up before anything else of the clinic (the server refuses until then). Turning
 * it on needs it on one's own account first (the server says so beside the box).
 */
import { useEffect, useState, type FormEvent } from "react";
import { api } from "#web/app/api.ts";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { Link } from "#web/app/router.tsx";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import "#web/features/auth/two-factor.css";

export function TwoFactorSettingCard({ clinicId }: { readonly clinicId: string }) {
  const settings = useApiQuery(`clinic-settings-2fa:${clinicId}`, () => api("getClinicSettings", { params: { clinicId } }));
  const saved = settings.state.phase === "loaded" ? settings.state.data : null;
  const [required, setRequired] = useState<boolean | null>(null);
  const [savedNow, setSavedNow] = useState(false);
  const submit = useSubmit();
  const issue = submit.error?.issueFor("twoFactorRequiredForStaff");

  useEffect(() => {
    if (saved !== null) setRequired((current) => current ?? saved.twoFactorRequiredForStaff);
  }, [saved]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (saved === null || required === null) return;
    setSavedNow(false);
    // The settings are sent whole, as read: the policy goes back unchanged.
    const answer = await submit.run(() => api("updateClinicSettings", { params: { clinicId }, body: { policy: saved.policy, twoFactorRequiredForStaff: required } }));
    if (answer) {
      setSavedNow(true);
      await settings.reload();
    }
  };

  return (
    <Card title="Two-factor sign-in for staff">
      {saved === null || required === null ? (
        <LoadStatus state={settings.state} what="the clinic's settings" onRetry={() => void settings.reload()} />
      ) : (
        <form onSubmit={(event) => void onSubmit(event)} aria-label="Two-factor sign-in for staff" noValidate>
          <FormProblem error={issue === undefined ? submit.error : null} />
          <label className="checkbox-line">
            <input
              type="checkbox"
              checked={required}
              aria-invalid={issue !== undefined || undefined}
              aria-describedby={issue !== undefined ? "two-factor-setting-error" : undefined}
              onChange={(event) => {
                setRequired(event.target.checked);
                setSavedNow(false);
                submit.reset();
              }}
            />
            <span>Require two-factor sign-in for every member of staff</span>
          </label>
          {issue !== undefined ? (
            <p className="field__error" id="two-factor-setting-error">
              Turn on two-factor sign-in for your own account first, on your <Link to="/account">Account page</Link>.
            </p>
          ) : null}
          <p className="muted">Members without it are sent to set it up (an authenticator app on their phone) before they can open anything of the clinic. Patients choose for themselves.</p>
          <Button type="submit" variant="primary" busy={submit.busy} busyLabel="Saving…" disabled={required === saved.twoFactorRequiredForStaff}>
            Save
          </Button>
          {savedNow ? (
            <StatusMessage tone="ok" title="Saved." testId="two-factor-setting-saved">
              <p>{saved.twoFactorRequiredForStaff ? "Staff now need two-factor sign-in to open the clinic." : "Staff may now sign in with their password alone."}</p>
            </StatusMessage>
          ) : null}
        </form>
      )}
    </Card>
  );
}
