/** First run: the clinic and its first administrator, who is then signed in. */
import { useState, type FormEvent } from "react";
import { createClinicBodySchema } from "#contracts/api/setup.ts";
import { api } from "#web/app/api.ts";
import { useSignInSubmit } from "#web/app/use-sign-in-submit.ts";
import { Button } from "#web/ui/Button.tsx";
import { EmailField } from "#web/ui/EmailField.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { PasswordField } from "#web/ui/PasswordField.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { browserTimeZone, TimeZoneField } from "#web/ui/TimeZoneField.tsx";
import "#web/features/auth/two-factor.css";

export function CreateClinicForm() {
  const [clinicName, setClinicName] = useState("");
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  // On by default for a new clinic (issue 7): each member of staff sets it up at their first sign-in.
  const [twoFactorRequiredForStaff, setTwoFactorRequired] = useState(true);
  const submit = useSignInSubmit();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit.signIn(createClinicBodySchema, { clinicName, timeZone, admin: { name, email, password }, twoFactorRequiredForStaff }, (body) => api("createClinic", { body }));
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Create a clinic">
      <FormProblem error={submit.error} title="The clinic was not created." />
      <TextField label="Clinic name" value={clinicName} onChange={(e) => setClinicName(e.target.value)} error={submit.issue("Clinic name", "clinicName")} required />
      <TimeZoneField label="Clinic time zone" value={timeZone} onChange={setTimeZone} error={submit.issue("Time zone", "timeZone")} />
      <fieldset className="fieldset">
        <legend>The first administrator (you)</legend>
        <TextField label="Your name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} error={submit.issue("Name", "admin.name")} required />
        <EmailField value={email} onChange={setEmail} error={submit.issue("Email", "admin.email")} />
        <PasswordField purpose="new" label="Password" value={password} onChange={setPassword} error={submit.issue("Password", "admin.password")} />
      </fieldset>
      <label className="checkbox-line">
        <input type="checkbox" checked={twoFactorRequiredForStaff} onChange={(event) => setTwoFactorRequired(event.target.checked)} />
        <span>Require two-factor sign-in for staff (recommended): each member sets it up with an authenticator app at their first sign-in, you first.</span>
      </label>
      <Button type="submit" variant="primary" busy={submit.busy} busyLabel="Creating the clinic…">
        Create the clinic
      </Button>
    </form>
  );
}
