/**
 * The diary's connection in words: offline, entries waiting to be sent, entries needing the
 * person (sign in again), or everything sent; and how fresh the clinic's copy is.
 */
import { describeError } from "#web/app/api-error.ts";
import type { MyDiaryView } from "#web/offline/use-my-diary.ts";
import { Button } from "#web/ui/Button.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";

type SyncStatusProps = {
  readonly diary: MyDiaryView;
  readonly onSignInAgain: () => void;
};

export function SyncStatus({ diary, onSignInAgain }: SyncStatusProps) {
  const waiting = diary.outbox.filter((entry) => entry.state === "pending").length;
  const signIn = diary.outbox.some((entry) => entry.state === "needs-attention" && entry.problem?.kind === "sign-in");
  const serverSignIn = diary.server.phase === "stored" && diary.server.error.needsSignIn;

  if (signIn || serverSignIn) {
    return (
      <StatusMessage tone="error" title="Needs attention: sign in again" testId="sync-status">
        <p>Your session has ended. What you saved stays on this phone and is sent once you sign in.</p>
        <Button variant="primary" onClick={onSignInAgain}>
          Sign in again
        </Button>
      </StatusMessage>
    );
  }
  if (!diary.online) {
    return (
      <StatusMessage tone="warn" title="Offline" testId="sync-status">
        {waiting > 0 ? `${waiting} saved ${waiting === 1 ? "day is" : "days are"} on this phone, not sent yet. ` : ""}
        Keep using the diary: it sends when the phone is back online.
      </StatusMessage>
    );
  }
  if (waiting > 0) {
    return (
      <StatusMessage tone="warn" title={`Sending ${waiting} saved ${waiting === 1 ? "day" : "days"}…`} testId="sync-status">
        Saved on this phone, not sent yet.
      </StatusMessage>
    );
  }
  if (diary.server.phase === "stored") {
    return (
      <StatusMessage tone="warn" title="Showing what this phone has stored" testId="sync-status">
        {`The clinic's copy could not be loaded: ${describeError(diary.server.error)}`}
      </StatusMessage>
    );
  }
  return null;
}
