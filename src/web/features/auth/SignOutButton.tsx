/** Ends the session on the server, then forgets it on this device. */
import { useState } from "react";
import { api } from "#web/app/api.ts";
import { describeError, toApiError } from "#web/app/api-error.ts";
import { navigate } from "#web/app/router.tsx";
import { useSession } from "#web/app/session.tsx";
import { clearServerCopy } from "#web/offline/server-copy.ts";
import { Button } from "#web/ui/Button.tsx";

export function SignOutButton() {
  const { state, signedOut } = useSession();
  const patientId = state.phase === "ready" ? state.me?.patient?.patientId : undefined;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const signOut = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await api("logout");
    } catch (error) {
      const apiError = toApiError(error);
      // Already signed out on the server: nothing left to end.
      if (!apiError.needsSignIn) {
        setBusy(false);
        setProblem(`Not signed out: ${describeError(apiError)}`);
        return;
      }
    }
    // The server's copy of the diary leaves this device; days not sent yet stay until they are.
    if (patientId) await clearServerCopy(patientId).catch(() => undefined);
    signedOut();
    navigate("/");
  };

  return (
    <>
      <Button variant="quiet" busy={busy} busyLabel="Signing out…" onClick={() => void signOut()}>
        Sign out
      </Button>
      {problem ? (
        <span role="alert" className="field__error">
          {problem}
        </span>
      ) : null}
    </>
  );
}
