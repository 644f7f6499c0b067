/**
 * Ends the session on the server, then forgets it on this device. When this phone still holds a
 * patient's entries the clinic does not have (any of the three outboxes), it warns first: how
 * many, what happens to them (they stay here and are sent when this person signs in again), and
 * a choice (issue 9 §2).
 */
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "#web/app/api.ts";
import { describeError, toApiError } from "#web/app/api-error.ts";
import { navigate } from "#web/app/router.tsx";
import { useSession } from "#web/app/session.tsx";
import { Button } from "#web/ui/Button.tsx";
import { afterLeavingThisDevice, beforeLeavingThisDevice } from "./leave-this-device.ts";
import { readUnsent, type UnsentEntries } from "./unsent-entries.ts";
import "#web/offline/offline.css";

export function SignOutButton() {
  const { t } = useTranslation("offline");
  const { state, signedOut } = useSession();
  const patientId = state.phase === "ready" ? state.me?.patient?.patientId : undefined;
  const userId = state.phase === "ready" ? state.me?.user.id : undefined;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [unsent, setUnsent] = useState<UnsentEntries | null>(null);

  const signOut = async () => {
    setUnsent(null);
    setBusy(true);
    setProblem(null);
    try {
      await beforeLeavingThisDevice(userId);
      await api("logout");
    } catch (error) {
      const apiError = toApiError(error);
      // Already signed out on the server: nothing left to end.
      if (!apiError.needsSignIn) {
        setBusy(false);
        setProblem(t("signOut.failed", { reason: describeError(apiError) }));
        return;
      }
    }
    await afterLeavingThisDevice(patientId);
    signedOut();
    navigate("/");
  };

  const askFirst = async () => {
    if (!patientId) return signOut();
    setBusy(true);
    const found = await readUnsent(patientId);
    setBusy(false);
    if (found.total === 0) return signOut();
    setUnsent(found);
  };

  return (
    <>
      <Button variant="quiet" busy={busy} busyLabel={t("signOut.busy")} onClick={() => void askFirst()}>
        {t("signOut.button")}
      </Button>
      {problem ? (
        <span role="alert" className="field__error">
          {problem}
        </span>
      ) : null}
      {unsent ? <UnsentWarning unsent={unsent} onStay={() => setUnsent(null)} onSignOut={() => void signOut()} /> : null}
    </>
  );
}

type UnsentWarningProps = {
  readonly unsent: UnsentEntries;
  readonly onStay: () => void;
  readonly onSignOut: () => void;
};

/** A modal question: the page behind waits; Escape or "Stay signed in" keeps the session. */
function UnsentWarning({ unsent, onStay, onSignOut }: UnsentWarningProps) {
  const { t } = useTranslation("offline");
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    heading.current?.focus();
    return () => {
      if (element.open) element.close();
    };
  }, []);

  const kinds = [
    { key: "diaryDays", count: unsent.diaryDays, words: t("signOut.diaryDays", { count: unsent.diaryDays }) },
    { key: "sideEffects", count: unsent.sideEffects, words: t("signOut.sideEffects", { count: unsent.sideEffects }) },
    { key: "questionnaires", count: unsent.questionnaires, words: t("signOut.questionnaires", { count: unsent.questionnaires }) },
  ].filter((kind) => kind.count > 0);

  return (
    <dialog
      ref={dialog}
      className="sign-out-warning"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-what`}
      data-testid="sign-out-warning"
      onCancel={(event) => {
        event.preventDefault();
        onStay();
      }}
    >
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t("signOut.unsentTitle", { count: unsent.total })}
      </h2>
      <ul>
        {kinds.map((kind) => (
          <li key={kind.key}>{kind.words}</li>
        ))}
      </ul>
      <p id={`${id}-what`}>{t("signOut.whatHappens")}</p>
      <p>{t("signOut.better")}</p>
      <div className="sign-out-warning__choices">
        <Button variant="primary" onClick={onStay}>
          {t("signOut.stay")}
        </Button>
        <Button onClick={onSignOut}>{t("signOut.anyway")}</Button>
      </div>
    </dialog>
  );
}
