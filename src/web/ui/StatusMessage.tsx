/**
 * Says what state something is in, in words as well as colour (design.md, "Say what state data
 * is in"). Errors are announced assertively; everything else politely.
 */
import type { ReactNode } from "react";

export type StatusTone = "ok" | "warn" | "error" | "info";

type StatusMessageProps = {
  readonly tone: StatusTone;
  readonly title: string;
  readonly children?: ReactNode;
  /** Omit the live region for a message that is part of the page from the start. */
  readonly live?: boolean;
  readonly testId?: string;
};

export function StatusMessage({ tone, title, children, live = true, testId }: StatusMessageProps) {
  const role = !live ? undefined : tone === "error" ? "alert" : "status";
  return (
    <div className={`status status--${tone}`} role={role} data-testid={testId}>
      <div>
        <span className="status__title">{title}</span>
        {children ? <div>{children}</div> : null}
      </div>
    </div>
  );
}
