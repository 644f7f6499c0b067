/**
 * Recovery codes, shown once (at enrolment and when regenerated): the list, a button to copy them
 * all, and "I have saved them" to close it. Nothing keeps them after this: the server stores only
 * their hashes.
 */
import { useState } from "react";
import { Button } from "#web/ui/Button.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { useAccountWords } from "./account-words.ts";

export function RecoveryCodesList({ codes, onSaved }: { readonly codes: readonly string[]; readonly onSaved: () => void }) {
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const t = useAccountWords();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join("\n"));
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  };
  return (
    <div className="recovery-codes" data-testid="recovery-codes">
      <StatusMessage tone="warn" title={t("twoFactor.saveCodes")} live={false}>
        <p>{t("twoFactor.saveCodesWhat")}</p>
      </StatusMessage>
      <ol className="recovery-codes__list" aria-label={t("twoFactor.codesLabel")}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="row">
        <Button onClick={() => void copy()}>{t("twoFactor.copy")}</Button>
        <Button variant="primary" onClick={onSaved}>
          {t("twoFactor.saved")}
        </Button>
      </div>
      <p role="status" className="muted">
        {copied === "copied" ? t("twoFactor.copied") : copied === "failed" ? t("twoFactor.copyFailed") : ""}
      </p>
    </div>
  );
}
