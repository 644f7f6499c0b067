/**
 * First run: seed the synthetic demo clinic, then sign in with one of its accounts at once. The
 * server lists the demo sign-ins only to a browser on the same computer (loopback).
 */
import { loginBodySchema } from "#contracts/api/auth.ts";
import type { SetupStatus } from "#contracts/api/setup.ts";
import { api } from "#web/app/api.ts";
import { useSession } from "#web/app/session.tsx";
import { useSignInSubmit } from "#web/app/use-sign-in-submit.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { DemoLogins, type DemoLogin } from "#web/features/auth/DemoLogins.tsx";
import { Button } from "#web/ui/Button.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";

export function DemoChoice({ setup }: { readonly setup: SetupStatus }) {
  const { refresh } = useSession();
  const creating = useSubmit();
  const signingIn = useSignInSubmit();

  const explore = async () => {
    const status = await creating.run(() => api("createDemo"));
    if (status) await refresh();
  };

  const signInAs = (login: DemoLogin) => signingIn.signIn(loginBodySchema, { email: login.email, password: login.password }, (body) => api("login", { body }));

  if (setup.demoPresent) {
    return (
      <div>
        <p>The demo clinic is ready: synthetic patients with up to a year of diary. Every demo page is marked "Demo".</p>
        <FormProblem error={signingIn.error} title="Not signed in." />
        {setup.demoLogins && setup.demoLogins.length > 0 ? (
          <DemoLogins logins={setup.demoLogins} actionLabel="Sign in" busy={signingIn.busy} onUse={(login) => void signInAs(login)} />
        ) : (
          <p className="muted">Its sign-ins are listed only when Cephalog is opened on the computer it runs on (localhost).</p>
        )}
      </div>
    );
  }

  return (
    <div>
      <p>Look around a clinic of synthetic patients with up to a year of diary, before entering anything real.</p>
      <p className="muted">The demo clinic is marked "Demo" on every page. You can still create your own clinic afterwards.</p>
      <FormProblem error={creating.error} title="The demo clinic was not created." />
      <Button onClick={() => void explore()} busy={creating.busy} busyLabel="Creating the demo clinic…">
        Explore with demo data
      </Button>
    </div>
  );
}
