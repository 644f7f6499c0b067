/**
 * Administrators: the emergency number a red side-effect report tells patients to call (the
 * clinic's time zone's default until set: 911, 999, 112 or 000) and the clinic's phone number
 * shown to patients. The settings are sent whole, as read; the others go back unchanged.
 */
import { useEffect, useState, type FormEvent } from "react";
import { api } from "#web/app/api.ts";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { TextField } from "#web/ui/TextField.tsx";

export function EmergencyNumberCard({ clinicId }: { readonly clinicId: string }) {
  const settings = useApiQuery(`clinic-settings-contact:${clinicId}`, () => api("getClinicSettings", { params: { clinicId } }));
  const saved = settings.state.phase === "loaded" ? settings.state.data : null;
  const [emergency, setEmergency] = useState<string | null>(null);
  const [phone, setPhone] = useState<string | null>(null);
  const [savedNow, setSavedNow] = useState(false);
  const submit = useSubmit();

  useEffect(() => {
    if (saved === null) return;
    setEmergency((current) => current ?? (saved.emergencyNumberIsDefault ? "" : saved.emergencyNumber));
    setPhone((current) => current ?? saved.clinicPhone ?? "");
  }, [saved]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (saved === null || emergency === null || phone === null) return;
    setSavedNow(false);
    const { policy, twoFactorRequiredForStaff } = saved;
    const answer = await submit.run(() =>
      api("updateClinicSettings", { params: { clinicId }, body: { policy, twoFactorRequiredForStaff, emergencyNumber: emergency.trim() === "" ? null : emergency.trim(), clinicPhone: phone.trim() === "" ? null : phone.trim() } }),
    );
    if (answer) {
      setSavedNow(true);
      setEmergency(answer.emergencyNumberIsDefault ? "" : answer.emergencyNumber);
      setPhone(answer.clinicPhone ?? "");
      await settings.reload();
    }
  };

  return (
    <Card title="Patients' emergency number and clinic phone">
      {saved === null || emergency === null || phone === null ? (
        <LoadStatus state={settings.state} what="the clinic's settings" onRetry={() => void settings.reload()} />
      ) : (
        <form onSubmit={(event) => void onSubmit(event)} aria-label="Patients' emergency number and clinic phone" noValidate data-testid="emergency-number-form">
          <FormProblem error={submit.error} />
          <p className="muted">{`A patient who reports trouble swallowing, breathing or speaking is told at once to call this number. Now: ${saved.emergencyNumber}${saved.emergencyNumberIsDefault ? " (the default for the clinic's time zone)" : ""}.`}</p>
          <TextField
            label="Emergency number"
            hint="Leave empty for the default of the clinic's time zone (911 in the Americas, 999 in the UK, 000 in Australia, else 112)."
            inputMode="numeric"
            value={emergency}
            onChange={(event) => {
              setEmergency(event.target.value);
              setSavedNow(false);
            }}
            error={fieldMessage("The emergency number", submit.error?.issueFor("emergencyNumber"))}
          />
          <TextField
            label="Clinic phone for patients"
            hint="Optional: shown to patients with the side-effect advice."
            type="tel"
            value={phone}
            onChange={(event) => {
              setPhone(event.target.value);
              setSavedNow(false);
            }}
            error={fieldMessage("The clinic phone", submit.error?.issueFor("clinicPhone"))}
          />
          <Button type="submit" variant="primary" busy={submit.busy} busyLabel="Saving…">
            Save the numbers
          </Button>
          {savedNow ? (
            <StatusMessage tone="ok" title="Saved." testId="emergency-number-saved">
              <p>{`Patients are told to call ${saved.emergencyNumber} in an emergency${saved.clinicPhone ? `, and the clinic on ${saved.clinicPhone}` : ""}.`}</p>
            </StatusMessage>
          ) : null}
        </form>
      )}
    </Card>
  );
}
