/**
 * A lot's status as a word with a shape beside it (design.md: never colour alone): a tick in a
 * circle (available), an exclamation mark in a triangle (expiring), a cross in a filled square
 * (expired), an empty dashed circle (used up).
 */
import type { LotStatus } from "./lot-rows.ts";

function LotStatusIcon({ status }: { readonly status: LotStatus }) {
  const common = { fill: "none", stroke: "currentColor", strokeLinecap: "round", strokeLinejoin: "round" } as const;
  return (
    <svg className="lot-status__icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
      {status === "available" ? (
        <>
          <circle cx="10" cy="10" r="8.4" {...common} strokeWidth="1.6" />
          <path d="M6 10.4l2.7 2.7L14 7.6" {...common} strokeWidth="2" />
        </>
      ) : status === "expiring" ? (
        <>
          <path d="M10 2.2L18.4 17H1.6z" {...common} strokeWidth="1.6" />
          <path d="M10 7.6v4.6M10 14.6v.2" {...common} strokeWidth="2" />
        </>
      ) : status === "expired" ? (
        <>
          <rect x="1.8" y="1.8" width="16.4" height="16.4" rx="2.5" fill="currentColor" />
          <path d="M6.6 6.6l6.8 6.8M13.4 6.6l-6.8 6.8" {...common} stroke="var(--surface)" strokeWidth="2.2" />
        </>
      ) : (
        <>
          <circle cx="10" cy="10" r="8.4" {...common} strokeWidth="1.6" strokeDasharray="3 2" />
          <path d="M6.5 10h7" {...common} strokeWidth="2" />
        </>
      )}
    </svg>
  );
}

export function LotStatusBadge({ status, text }: { readonly status: LotStatus; readonly text: string }) {
  return (
    <span className={`lot-status lot-status--${status}`} data-status={status} data-testid="lot-status">
      <LotStatusIcon status={status} />
      <span>{text}</span>
    </span>
  );
}
