/**
 * The diary's connection in words: held for its owner (another person signed in), sign in
 * again, offline, waiting after a passing failure, sending, or everything sent; and how fresh
 * the clinic's copy is.
 */
import type { MyDiaryView } from "#web/offline/use-my-diary.ts";
import { Button } from "#web/ui/Button.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { savedDays, summariseSync } from "./sync-summary.ts";

type SyncStatusProps = {
  readonly diary: MyDiaryView;
  /** The diary's owner, named when someone else is signed in. */
  readonly ownerName: string;
  readonly onSignInAgain: () => void;
  readonly onSignInAsOwner: () => void;
};

export function SyncStatus({ diary, ownerName, onSignInAgain, onSignInAsOwner }: SyncStatusProps) {
  const summary = summariseSync(diary.outbox, diary.server, diary.online);
  switch (summary.kind) {
    case "other-account":
      return (
        <StatusMessage tone="error" title={`Sign in again as ${ownerName}`} testId="sync-status">
          <p>{`This browser is now signed in as someone else. ${savedDays(summary.held)} of ${ownerName}'s diary stay on this phone, not sent, until ${ownerName} signs in again.`}</p>
          <Button variant="primary" onClick={onSignInAsOwner}>
            {`Sign in as ${ownerName}`}
          </Button>
        </StatusMessage>
      );
    case "sign-in":
      return (
        <StatusMessage tone="error" title="Needs attention: sign in again" testId="sync-status">
          <p>Your session has ended. What you saved stays on this phone and is sent once you sign in.</p>
          <Button variant="primary" onClick={onSignInAgain}>
            Sign in again
          </Button>
        </StatusMessage>
      );
    case "offline":
      return (
        <StatusMessage tone="warn" title="Offline" testId="sync-status">
          {summary.waiting > 0 ? `${savedDays(summary.waiting)} ${summary.waiting === 1 ? "is" : "are"} on this phone, not sent yet. ` : ""}
          Keep using the diary: it sends when the phone is back online.
        </StatusMessage>
      );
    case "retrying":
      return (
        <StatusMessage tone="warn" title={`${savedDays(summary.waiting)} on this phone, not sent yet`} testId="sync-status">
          <p>{`The last try did not go through: ${summary.reason} The diary tries again by itself.`}</p>
          <Button onClick={diary.sendNow}>Try now</Button>
        </StatusMessage>
      );
    case "sending":
      return (
        <StatusMessage tone="warn" title={`Sending ${savedDays(summary.waiting)}…`} testId="sync-status">
          Saved on this phone, not sent yet.
        </StatusMessage>
      );
    case "stored":
      return (
        <StatusMessage tone="warn" title="Showing what this phone has stored" testId="sync-status">
          {`The clinic's copy could not be loaded: ${summary.reason}`}
        </StatusMessage>
      );
    case "none":
      return null;
  }
}
