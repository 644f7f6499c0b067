/** First run: the clinic and its first administrator, who is then signed in. */
import { useState, type FormEvent } from "react";
import { createClinicBodySchema } from "#contracts/api/setup.ts";
import { api } from "#web/app/api.ts";
import { homePath } from "#web/app/home.ts";
import { navigate } from "#web/app/router.tsx";
import { useSession } from "#web/app/session.tsx";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage, validate } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { browserTimeZone, TimeZoneField } from "#web/ui/TimeZoneField.tsx";

export function CreateClinicForm() {
  const { signedIn } = useSession();
  const [clinicName, setClinicName] = useState("");
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const submit = useSubmit();
  const issue = (label: string, path: string) => fieldMessage(label, submit.error?.issueFor(path));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(createClinicBodySchema, { clinicName, timeZone, admin: { name, email, password } });
    if (!checked.ok) return submit.fail(checked.error);
    const me = await submit.run(() => api("createClinic", { body: checked.value }));
    if (me) {
      signedIn(me);
      navigate(homePath(me), { replace: true });
    }
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Create a clinic">
      <FormProblem error={submit.error} title="The clinic was not created." />
      <TextField label="Clinic name" value={clinicName} onChange={(e) => setClinicName(e.target.value)} error={issue("Clinic name", "clinicName")} required />
      <TimeZoneField label="Clinic time zone" value={timeZone} onChange={setTimeZone} error={issue("Time zone", "timeZone")} />
      <fieldset className="fieldset">
        <legend>The first administrator (you)</legend>
        <TextField label="Your name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} error={issue("Name", "admin.name")} required />
        <TextField
          label="Email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={issue("Email", "admin.email")}
          required
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          hint="At least 10 characters."
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={issue("Password", "admin.password")}
          required
        />
      </fieldset>
      <Button type="submit" variant="primary" busy={submit.busy} busyLabel="Creating the clinic…">
        Create the clinic
      </Button>
    </form>
  );
}
