/**
 * The chart's timeline (issue 8, section 4): sessions, side-effect reports, questionnaires and
 * treatment decisions, newest first, each with its date, its kind in words (never by colour
 * alone) and a link to the session where there is one.
 */
import type { TimelineItem } from "#contracts/api/progress.ts";
import { Link } from "#web/app/router.tsx";
import { formatPlainDate } from "#web/ui/format.ts";
import { KIND_LABELS, timelineText } from "./timeline-words.ts";

type TimelineProps = { readonly items: readonly TimelineItem[]; readonly clinicId: string; readonly patientId: string };

export function Timeline({ items, clinicId, patientId }: TimelineProps) {
  if (items.length === 0) return <p data-testid="timeline-empty">No sessions, side effects, questionnaires or decisions recorded yet.</p>;
  return (
    <ol className="timeline" data-testid="timeline">
      {items.map((item) => (
        <li key={`${item.kind}-${item.id}`} className={`timeline-item timeline-item--${item.kind}${item.kind === "side-effect" ? ` timeline-item--${item.level}` : ""}`} data-testid={`timeline-${item.kind}`}>
          <span className="timeline-date numeric">{formatPlainDate(item.date)}</span>
          <span className="timeline-kind">{KIND_LABELS[item.kind]}</span>
          <span className="timeline-text">
            {item.kind === "session" ? <Link to={`/clinic/${clinicId}/patients/${patientId}/sessions/${item.id}`}>{timelineText(item)}</Link> : timelineText(item)}
          </span>
        </li>
      ))}
    </ol>
  );
}
