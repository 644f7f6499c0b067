/**
 * A status as a word with an icon beside it (design.md: told apart by text and shape, not colour
 * alone): a tick, a cross, an exclamation mark or a question mark.
 */
import type { Verdict } from "./labels.ts";

const ICON_PATHS: { readonly [V in Verdict]: string } = {
  positive: "M5 10.5l3.2 3.2L15 7",
  negative: "M6.5 6.5l7 7M13.5 6.5l-7 7",
  attention: "M10 5.5v6M10 14.2v.3",
  unknown: "M7.6 7.8a2.5 2.5 0 1 1 3.4 2.3c-.7.3-1 .8-1 1.5v.6M10 14.6v.2",
};

export function StatusIcon({ verdict }: { readonly verdict: Verdict }) {
  return (
    <svg className="status-icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="8.6" fill="none" stroke="currentColor" strokeWidth="1.6" strokeDasharray={verdict === "unknown" ? "3 2" : undefined} />
      <path d={ICON_PATHS[verdict]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

type StatusBadgeProps = {
  readonly verdict: Verdict;
  readonly text: string;
  readonly size?: "large" | "small";
  readonly testId?: string;
};

export function StatusBadge({ verdict, text, size = "small", testId }: StatusBadgeProps) {
  return (
    <span className={`status-badge status-badge--${verdict} status-badge--${size}`} data-testid={testId} data-verdict={verdict}>
      <StatusIcon verdict={verdict} />
      <span>{text}</span>
    </span>
  );
}
