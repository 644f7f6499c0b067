/** Every visit of the patient, the latest first, each with its history: booked, moved (why), cancelled (why). */
import type { VisitView } from "#contracts/api/scheduling.ts";
import { historyLines, visitWhen } from "./visit-words.ts";

const STATUS_WORDS: { readonly [S in VisitView["status"]]: string } = { active: "Booked", cancelled: "Cancelled", "entered-in-error": "Entered in error" };

export function VisitHistory({ visits }: { readonly visits: readonly VisitView[] }) {
  if (visits.length === 0) return <p className="muted">No visits booked yet.</p>;
  return (
    <ol className="visit-history" data-testid="visit-history">
      {visits.map((visit) => (
        <li key={visit.id} className="visit-history__visit">
          <p className="visit-history__when">
            <span className={`visit-status visit-status--${visit.status}`}>{visit.status === "active" && !visit.upcoming ? "Past" : STATUS_WORDS[visit.status]}</span> {visitWhen(visit)}
          </p>
          <ol className="visit-history__lines">
            {historyLines(visit).map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
