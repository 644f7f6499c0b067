/**
 * Recovery codes, shown once (at enrolment and when regenerated): the list, a button to copy them
 * all, and "I have saved them" to close it. Nothing keeps them after this: the server stores only
 * their hashes.
 */
import { useState } from "react";
import { Button } from "#web/ui/Button.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";

export function RecoveryCodesList({ codes, onSaved }: { readonly codes: readonly string[]; readonly onSaved: () => void }) {
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
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
      <StatusMessage tone="warn" title="Save your recovery codes now." live={false}>
        <p>If you lose your phone, each code signs you in once instead of the app's code. They are shown only now: copy them into your password manager, or print them and keep them safe.</p>
      </StatusMessage>
      <ol className="recovery-codes__list" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="row">
        <Button onClick={() => void copy()}>Copy the codes</Button>
        <Button variant="primary" onClick={onSaved}>
          I have saved them
        </Button>
      </div>
      <p role="status" className="muted">
        {copied === "copied" ? "Copied." : copied === "failed" ? "Copying is not allowed here: select the codes and copy them with your keyboard." : ""}
      </p>
    </div>
  );
}
