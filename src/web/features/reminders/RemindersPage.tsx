/**
 * The patient's Reminders screen (/reminders, issue 9 §6; linked from the Account page): which
 * reminders come (the diary's, before a visit, a questionnaire waiting), the diary reminder's
 * time in their own zone, quiet hours, how they come (a notification on the phone, a text message
 * with the mobile number where the server sends them, or email), and allowing notifications on
 * this phone. Every word through the "reminders" namespace.
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Me } from "#contracts/api/auth.ts";
import type { MyReminders } from "#contracts/api/reminders.ts";
import { api } from "#web/app/api.ts";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { PatientScreen } from "#web/features/patient-shell/PatientScreen.tsx";
import { currentLanguage } from "#web/i18n/i18n.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { CheckboxGroup } from "#web/ui/CheckboxGroup.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { PhoneNotificationsCard } from "./PhoneNotificationsCard.tsx";
import { badFields, bodyFromForm, formFromSettings, type ReminderChannelOption, type ReminderFormField, type ReminderFormState, type ReminderKindOption } from "./reminder-form.ts";
import "./reminders.css";

type RemindersPageProps = { readonly me: Me; readonly patient: NonNullable<Me["patient"]> };

export function RemindersPage({ me, patient }: RemindersPageProps) {
  const { t } = useTranslation("reminders");
  const query = useApiQuery(`reminders:${patient.patientId}`, () => api("myReminders"));
  return (
    <PatientScreen me={me} title={t("title")}>
      <p>{t("intro")}</p>
      <div className="stack">
        {query.state.phase === "loading" ? <StatusMessage tone="info" title={t("loading")} /> : null}
        {query.state.phase === "failed" ? (
          <StatusMessage tone="error" title={t("loadFailed")}>
            <Button onClick={() => void query.reload()}>{t("retry")}</Button>
          </StatusMessage>
        ) : null}
        {query.state.phase === "loaded" ? <RemindersForm initial={query.state.data} /> : null}
        <PhoneNotificationsCard me={me} />
      </div>
    </PatientScreen>
  );
}

function RemindersForm({ initial }: { readonly initial: MyReminders }) {
  const { t } = useTranslation("reminders");
  const [form, setForm] = useState<ReminderFormState>(() => formFromSettings(initial));
  const [saved, setSaved] = useState(false);
  const [checked, setChecked] = useState(false);
  const submit = useSubmit();
  const change = (next: Partial<ReminderFormState>) => {
    setForm((current) => ({ ...current, ...next }));
    setSaved(false);
  };
  const bad = checked ? badFields(form) : [];
  const flagged = (field: ReminderFormField) => bad.includes(field) || submit.error?.issueFor(field) !== undefined;
  const timeError = (field: "diaryTime" | "quietHours.start" | "quietHours.end") => (flagged(field) ? t("badTime") : undefined);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setSaved(false);
    if (badFields(form).length > 0) return;
    const answer = await submit.run(() => api("saveMyReminders", { body: bodyFromForm(form, currentLanguage()) }));
    if (answer) {
      // Quiet hours turned off keep the times typed, should they be turned on again.
      setForm((current) => ({ ...formFromSettings(answer), ...(answer.quietHours === null ? { quietStart: current.quietStart, quietEnd: current.quietEnd } : {}) }));
      setSaved(true);
    }
  };

  const kinds: readonly { value: ReminderKindOption; label: string }[] = [
    { value: "diary", label: t("kinds.diary") },
    { value: "visits", label: t("kinds.visits") },
    { value: "questionnaires", label: t("kinds.questionnaires") },
  ];
  const channels: readonly { value: ReminderChannelOption; label: string }[] = [
    { value: "push", label: t("channels.push") },
    { value: "email", label: t("channels.email") },
    ...(form.smsOffered ? [{ value: "sms" as const, label: t("channels.sms") }] : []),
  ];
  return (
    <Card>
      <form className="reminders" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t("title")} data-testid="reminders-form">
        <CheckboxGroup legend={t("kinds.legend")} values={form.kinds} options={kinds} onChange={(next) => change({ kinds: next })} testId="reminder-kinds" />
        <TextField
          className="reminders__time"
          type="time"
          label={t("time.label")}
          hint={t("time.hint", { zone: initial.timeZone })}
          value={form.diaryTime}
          onChange={(event) => change({ diaryTime: event.target.value })}
          error={timeError("diaryTime")}
          required
        />
        <fieldset className="radio-group" aria-describedby="reminders-quiet-hint">
          <legend className="radio-group__legend">{t("quiet.legend")}</legend>
          <span className="field__hint" id="reminders-quiet-hint">
            {t("quiet.hint")}
          </span>
          <div className="radio-group__options">
            <label className="radio-group__option">
              <input type="checkbox" checked={form.quietOn} onChange={(event) => change({ quietOn: event.target.checked })} data-testid="reminder-quiet-on" />
              <span>{t("quiet.on")}</span>
            </label>
          </div>
          {form.quietOn ? (
            <div className="reminders__quiet">
              <TextField className="reminders__time" type="time" label={t("quiet.from")} value={form.quietStart} onChange={(event) => change({ quietStart: event.target.value })} error={timeError("quietHours.start")} />
              <TextField className="reminders__time" type="time" label={t("quiet.until")} value={form.quietEnd} onChange={(event) => change({ quietEnd: event.target.value })} error={timeError("quietHours.end")} />
            </div>
          ) : null}
        </fieldset>
        <CheckboxGroup legend={t("channels.legend")} values={form.channels} options={channels} onChange={(next) => change({ channels: next })} testId="reminder-channels" />
        {form.smsOffered && form.channels.includes("sms") ? (
          <TextField
            className="reminders__mobile"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            label={t("sms.number")}
            hint={t("sms.hint")}
            value={form.smsNumber}
            onChange={(event) => change({ smsNumber: event.target.value })}
            error={flagged("smsNumber") ? t("sms.bad") : undefined}
            data-testid="reminder-sms-number"
          />
        ) : null}
        {submit.error !== null ? (
          <StatusMessage tone="error" title={t("notSaved")}>
            <p>{t("notSavedWhy")}</p>
          </StatusMessage>
        ) : null}
        {saved ? <StatusMessage tone="ok" title={t("saved")} testId="reminders-saved" /> : null}
        <Button type="submit" variant="primary" block busy={submit.busy} busyLabel={t("saving")}>
          {t("save")}
        </Button>
      </form>
    </Card>
  );
}
