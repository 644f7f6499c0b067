/**
 * The diary's connection in words: held for its owner (another person signed in), sign in
 * again, offline, waiting after a passing failure, sending, or everything sent; and how fresh
 * the clinic's copy is.
 */
import { useTranslation } from "react-i18next";
import type { MyDiaryView } from "#web/offline/use-my-diary.ts";
import { Button } from "#web/ui/Button.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { summariseSync } from "./sync-summary.ts";

type SyncStatusProps = {
  readonly diary: MyDiaryView;
  /** The diary's owner, named when someone else is signed in. */
  readonly ownerName: string;
  readonly onSignInAgain: () => void;
  readonly onSignInAsOwner: () => void;
};

export function SyncStatus({ diary, ownerName, onSignInAgain, onSignInAsOwner }: SyncStatusProps) {
  const { t } = useTranslation("offline");
  const summary = summariseSync(diary.outbox, diary.server, diary.online);
  const days = (count: number) => t("diaryStatus.savedDays", { count });
  switch (summary.kind) {
    case "other-account":
      return (
        <StatusMessage tone="error" title={t("diaryStatus.otherAccountTitle", { owner: ownerName })} testId="sync-status">
          <p>{t("diaryStatus.otherAccountBody", { owner: ownerName, days: days(summary.held) })}</p>
          <Button variant="primary" onClick={onSignInAsOwner}>
            {t("diaryStatus.signInAs", { owner: ownerName })}
          </Button>
        </StatusMessage>
      );
    case "sign-in":
      return (
        <StatusMessage tone="error" title={t("diaryStatus.signInTitle")} testId="sync-status">
          <p>{t("diaryStatus.signInBody")}</p>
          <Button variant="primary" onClick={onSignInAgain}>
            {t("diaryStatus.signInAgain")}
          </Button>
        </StatusMessage>
      );
    case "offline":
      return (
        <StatusMessage tone="warn" title={t("diaryStatus.offlineTitle")} testId="sync-status">
          {summary.waiting > 0 ? `${t("diaryStatus.offlineWaiting", { count: summary.waiting, days: days(summary.waiting) })} ` : ""}
          {t("diaryStatus.offlineKeepGoing")}
        </StatusMessage>
      );
    case "retrying":
      return (
        <StatusMessage tone="warn" title={t("diaryStatus.retryingTitle", { days: days(summary.waiting) })} testId="sync-status">
          <p>{t("diaryStatus.retryingBody", { reason: summary.reason })}</p>
          <Button onClick={diary.sendNow}>{t("diaryStatus.tryNow")}</Button>
        </StatusMessage>
      );
    case "sending":
      return (
        <StatusMessage tone="warn" title={t("diaryStatus.sendingTitle", { days: days(summary.waiting) })} testId="sync-status">
          {t("diaryStatus.sendingBody")}
        </StatusMessage>
      );
    case "stored":
      return (
        <StatusMessage tone="warn" title={t("diaryStatus.storedTitle")} testId="sync-status">
          {t("diaryStatus.storedBody", { reason: summary.reason })}
        </StatusMessage>
      );
    case "none":
      return null;
  }
}
