/** Sign in with email and password; lists the demo sign-ins when the server offers them. */
import { useState, type FormEvent } from "react";
import { loginBodySchema } from "#contracts/api/auth.ts";
import type { SetupStatus } from "#contracts/api/setup.ts";
import { api } from "#web/app/api.ts";
import { homePath } from "#web/app/home.ts";
import { Link, navigate } from "#web/app/router.tsx";
import { useSession } from "#web/app/session.tsx";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage, validate } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { Page } from "#web/ui/Page.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { DemoLogins } from "./DemoLogins.tsx";

export function SignInPage({ setup }: { readonly setup: SetupStatus }) {
  const { signedIn } = useSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const submit = useSubmit();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(loginBodySchema, { email, password });
    if (!checked.ok) return submit.fail(checked.error);
    const me = await submit.run(() => api("login", { body: checked.value }));
    if (me) {
      signedIn(me);
      navigate(homePath(me), { replace: true });
    }
  };

  const error = submit.error;
  const credentialsWrong = error?.code === "invalid_credentials";
  return (
    <Page title="Sign in to Cephalog" theme="patient" width="narrow">
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="card">
        <FormProblem error={credentialsWrong ? null : error} title="Not signed in." />
        <TextField
          label="Email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldMessage("Email", error?.issueFor("email"))}
          required
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={credentialsWrong ? "That email and password do not match an account." : fieldMessage("Password", error?.issueFor("password"))}
          required
        />
        <Button type="submit" variant="primary" block busy={submit.busy} busyLabel="Signing in…">
          Sign in
        </Button>
      </form>
      {setup.initialized ? null : (
        <p style={{ marginTop: "var(--space-4)" }}>
          <Link to="/">Back to setting up Cephalog</Link>
        </p>
      )}
      {setup.demoLogins && setup.demoLogins.length > 0 ? (
        <div style={{ marginTop: "var(--space-5)" }}>
          <DemoLogins
            logins={setup.demoLogins}
            onUse={(login) => {
              setEmail(login.email);
              setPassword(login.password);
            }}
          />
        </div>
      ) : setup.demoPresent ? (
        <p className="muted" style={{ marginTop: "var(--space-5)" }}>
          The demo clinic exists. Its sign-ins are listed only when Cephalog is opened on the computer it runs on.
        </p>
      ) : null}
    </Page>
  );
}
