/**
 * First run: seed the synthetic demo clinic, then sign in with one of its accounts at once. The
 * server lists the demo sign-ins only to a browser on the same computer (loopback).
 */
import type { SetupStatus } from "#contracts/api/setup.ts";
import { api } from "#web/app/api.ts";
import { homePath } from "#web/app/home.ts";
import { navigate } from "#web/app/router.tsx";
import { useSession } from "#web/app/session.tsx";
import { useSubmit } from "#web/app/use-submit.ts";
import { DemoLogins, type DemoLogin } from "#web/features/auth/DemoLogins.tsx";
import { Button } from "#web/ui/Button.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";

export function DemoChoice({ setup }: { readonly setup: SetupStatus }) {
  const { refresh, signedIn } = useSession();
  const creating = useSubmit();
  const signingIn = useSubmit();

  const explore = async () => {
    const status = await creating.run(() => api("createDemo"));
    if (status) await refresh();
  };

  const signInAs = async (login: DemoLogin) => {
    const me = await signingIn.run(() => api("login", { body: { email: login.email, password: login.password } }));
    if (me) {
      signedIn(me);
      navigate(homePath(me), { replace: true });
    }
  };

  if (setup.demoPresent) {
    return (
      <div>
        <p>The demo clinic is ready: synthetic patients with a few months of diary. Every demo page is marked "Demo".</p>
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
      <p>Look around a clinic of synthetic patients with a few months of diary, before entering anything real.</p>
      <p className="muted">The demo clinic is marked "Demo" on every page. You can still create your own clinic afterwards.</p>
      <FormProblem error={creating.error} title="The demo clinic was not created." />
      <Button onClick={() => void explore()} busy={creating.busy} busyLabel="Creating the demo clinic…">
        Explore with demo data
      </Button>
    </div>
  );
}
