/**
 * The session a report follows, with the sites and units at the muscles its symptoms point to
 * (eyelid droop after frontalis): what the injector may change next time. Systemic symptoms point
 * to no muscle; then the session's total is what is shown.
 */
import type { SideEffectSummary } from "#contracts/api/side-effects.ts";
import { formatPlainDate } from "#web/ui/format.ts";
import { sitesInWords } from "./side-effect-words.ts";

type Props = { readonly session: SideEffectSummary["followsSession"]; readonly compact?: boolean };

export function FollowedSession({ session, compact = false }: Props) {
  if (session === null) return <span className="muted">No signed session on or before the onset</span>;
  const lines = sitesInWords(session.muscles, session.sites);
  const head = `${formatPlainDate(session.date)}, ${session.totalUnits} U in all`;
  if (compact) {
    return (
      <span>
        {head}
        {lines.map((line) => (
          <span key={line} className="muted" style={{ display: "block" }}>
            {line}
          </span>
        ))}
      </span>
    );
  }
  return (
    <div data-testid="followed-session">
      <p>{`The session of ${head}.`}</p>
      {lines.length > 0 ? (
        <>
          <p className="muted">At the muscles these symptoms point to:</p>
          <ul className="side-effect-sites">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">These symptoms point to no injected muscle (a systemic effect).</p>
      )}
    </div>
  );
}
