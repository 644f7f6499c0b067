/**
 * "Show evidence": the facts behind a verdict, one click away (design.md, "Evidence beside every
 * verdict for staff"). A native <details>, so it works with the keyboard and screen readers
 * without script; the label says what it opens for those who hear it out of context.
 */
import { useState, type ReactNode } from "react";

type EvidenceDisclosureProps = {
  /** What the evidence is for, read after "Show evidence" by screen readers: "for Age 18 or older". */
  readonly about: string;
  readonly children: ReactNode;
  readonly testId?: string;
};

export function EvidenceDisclosure({ about, children, testId }: EvidenceDisclosureProps) {
  const [open, setOpen] = useState(false);
  return (
    <details className="evidence" data-testid={testId} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="evidence__summary">
        {open ? "Hide evidence" : "Show evidence"}
        <span className="visually-hidden">{` for ${about}`}</span>
      </summary>
      <div className="evidence__body">{children}</div>
    </details>
  );
}

/** Labelled facts as a compact definition list. */
export function FactList({ facts }: { readonly facts: readonly { readonly label: string; readonly value: string }[] }) {
  if (facts.length === 0) return <p className="muted">No evidence was given for this criterion.</p>;
  return (
    <dl className="facts">
      {facts.map((fact) => (
        <div className="facts__row" key={fact.label}>
          <dt>{fact.label}</dt>
          <dd className="numeric">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
