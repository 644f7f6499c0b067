/**
 * Administrators: how many days back a patient may fill in a missed diary day (issue 9; default
 * 7). Older days are refused on the phone and by the server; staff can still enter them.
 * Staff screens stay English (ADR 0020).
 */
import { useEffect, useState, type FormEvent } from "react";
import { MAX_LATE_ENTRY_DAYS, updateDiarySettingsBodySchema, type DiarySettings } from "#contracts/api/diary.ts";
import { api } from "#web/app/api.ts";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage, validate } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { TextField } from "#web/ui/TextField.tsx";

export function DiarySettingsCard({ clinicId }: { readonly clinicId: string }) {
  const settings = useApiQuery(`diary-settings:${clinicId}`, () => api("diarySettings", { params: { clinicId } }));
  const loaded = settings.state.phase === "loaded" ? settings.state.data : null;
  const [days, setDays] = useState<string | null>(null);
  const [saved, setSaved] = useState<DiarySettings | null>(null);
  const submit = useSubmit();

  useEffect(() => {
    if (loaded !== null) setDays((current) => current ?? String(loaded.diaryLateEntryDays));
  }, [loaded]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (days === null) return;
    setSaved(null);
    const checked = validate(updateDiarySettingsBodySchema, { diaryLateEntryDays: /^\s*\d+\s*$/.test(days) ? Number(days) : days });
    if (!checked.ok) return submit.fail(checked.error);
    const answer = await submit.run(() => api("updateDiarySettings", { params: { clinicId }, body: checked.value }));
    if (answer !== undefined) {
      setSaved(answer);
      setDays(String(answer.diaryLateEntryDays));
    }
  };

  return (
    <Card title="Diary">
      {days === null ? <LoadStatus state={settings.state} what="the diary settings" onRetry={() => void settings.reload()} /> : null}
      {days !== null ? (
        <form onSubmit={(event) => void onSubmit(event)} aria-label="Diary settings" noValidate data-testid="diary-settings">
          <FormProblem error={submit.error} />
          <TextField
            label="Days back a patient may fill in a missed day"
            hint={`0 to ${MAX_LATE_ENTRY_DAYS}; 7 by default. Such days are marked late with when they were made. Staff can enter older days.`}
            inputMode="numeric"
            value={days}
            onChange={(e) => {
              setDays(e.target.value);
              setSaved(null);
            }}
            error={fieldMessage("The days", submit.error?.issueFor("diaryLateEntryDays"))}
          />
          <div className="row" style={{ marginTop: "var(--space-4)" }}>
            <Button type="submit" variant="primary" busy={submit.busy} busyLabel="Saving…">
              Save diary settings
            </Button>
          </div>
          {saved !== null ? <StatusMessage tone="ok" title={`Saved: patients may fill in a missed day up to ${saved.diaryLateEntryDays} days back.`} testId="diary-settings-saved" /> : null}
        </form>
      ) : null}
    </Card>
  );
}
