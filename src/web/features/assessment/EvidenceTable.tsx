/**
 * A table inside an evidence disclosure. On a narrow screen it scrolls sideways; the scrolling
 * region is then a named, focusable region so keyboard users can scroll it too (WCAG 2.1.1).
 */
import type { ReactNode } from "react";

type EvidenceTableProps = {
  /** Said as the table's caption and the region's name. */
  readonly caption: string;
  readonly head: ReactNode;
  readonly children: ReactNode;
};

export function EvidenceTable({ caption, head, children }: EvidenceTableProps) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="table evidence__table">
        <caption>{caption}</caption>
        <thead>{head}</thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A window's name with its dates below it, as a row header. */
export function WindowHeader({ name, dates }: { readonly name: string; readonly dates: string }) {
  return (
    <th scope="row" className="nowrap">
      {name}
      <span className="window-dates muted">{dates}</span>
    </th>
  );
}
