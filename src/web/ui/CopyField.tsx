/**
 * A read-only link with a Copy button, for invitation links (delivery by email or SMS comes
 * later). Says whether the copy worked; where the clipboard is not allowed, the text is selected.
 */
import { useRef, useState } from "react";
import { Button } from "./Button.tsx";
import { TextField } from "./TextField.tsx";

type CopyFieldProps = {
  readonly label: string;
  readonly value: string;
  readonly hint?: string;
};

export function CopyField({ label, value, hint }: CopyFieldProps) {
  const [copied, setCopied] = useState<"idle" | "copied" | "select">("idle");
  const wrapper = useRef<HTMLDivElement>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("copied");
    } catch {
      wrapper.current?.querySelector("input")?.select();
      setCopied("select");
    }
  };

  return (
    <div ref={wrapper} className="copy-field">
      <TextField label={label} value={value} readOnly hint={hint} onFocus={(event) => event.currentTarget.select()} />
      <div className="row">
        <Button onClick={() => void copy()}>Copy link</Button>
        <span role="status" className="muted">
          {copied === "copied" ? "Copied." : copied === "select" ? "Copying is not allowed here: the link is selected, copy it with your keyboard." : ""}
        </span>
      </div>
    </div>
  );
}
