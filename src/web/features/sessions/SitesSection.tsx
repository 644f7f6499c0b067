/**
 * The head and neck map with its editor, and beside it what the last session gave and the side
 * effects reported since at the same muscles (eyelid droop after frontalis, neck pain after the
 * neck sites), so the injector can adjust.
 */
import { useMemo, useState } from "react";
import type { SessionContext } from "#contracts/api/sessions.ts";
import type { Muscle } from "#domain/shared/record.ts";
import { Card } from "#web/ui/Card.tsx";
import { formatPlainDate } from "#web/ui/format.ts";
import { SiteEditor } from "./site-map/SiteEditor.tsx";
import { SiteMap } from "./site-map/SiteMap.tsx";
import { fromInjections, muscleTitle, toInjections, type MapSite } from "./site-map/site-draft.ts";
import { SYMPTOM_WORDS, units } from "./session-words.ts";
import type { DraftContent } from "./use-session-draft.ts";

type Props = { readonly content: DraftContent; readonly onChange: (content: DraftContent) => void; readonly readOnly: boolean; readonly context: SessionContext; readonly sessionId: string | null };

type Previous = { readonly date: string; readonly injections: SessionContext["otherSessions"][number]["injections"] };

/**
 * The session given before this one: the latest of the patient's other signed sessions dated
 * before this session's date (the session itself left out when it is signed).
 * @example previousSession(context, "s2", "2026-12-03")?.date // "2026-09-10"
 */
export function previousSession(context: SessionContext, sessionId: string | null, date: string): Previous | null {
  const earlier = context.otherSessions.filter((session) => session.id !== sessionId && session.date < date);
  return earlier.reduce<Previous | null>((latest, session) => (latest === null || session.date > latest.date ? session : latest), null);
}

export function SitesSection({ content, onChange, readOnly, context, sessionId }: Props) {
  // The map keeps its own sites (with keys and "not given" sites); the record keeps the injections given.
  const [sites, setSites] = useState<MapSite[]>(() => fromInjections(content.injections ?? []));
  const [selected, setSelected] = useState<string | null>(null);
  const last = previousSession(context, sessionId, content.date ?? context.today);
  const previous = useMemo(() => (last ? fromInjections(last.injections) : undefined), [last]);
  const flagged = useMemo(() => new Set<Muscle>(context.sideEffectsByMuscle.map((effect) => effect.muscle)), [context.sideEffectsByMuscle]);
  const change = (next: MapSite[]) => {
    setSites(next);
    onChange({ ...content, injections: toInjections(next).map((injection) => ({ ...injection, followThePain: injection.followThePain ?? false })) });
  };
  return (
    <Card title="Injection sites" className="session-section session-sites">
      <div className="site-map-workspace">
        <SiteMap sites={sites} selectedKey={selected} onSelect={setSelected} onChange={change} previous={previous} flaggedMuscles={flagged} readOnly={readOnly} title="Head and neck map" headingLevel={3} />
        <SiteEditor sites={sites} selectedKey={selected} onChange={change} onSelect={setSelected} previous={previous} flaggedMuscles={flagged} readOnly={readOnly} headingLevel={3} />
      </div>
      <PreviousSession context={context} last={last} />
    </Card>
  );
}

function PreviousSession({ context, last }: { readonly context: SessionContext; readonly last: Previous | null }) {
  if (last === null) return <p className="muted">No earlier session: this is the patient's first.</p>;
  const byMuscle = new Map<string, number>();
  const total = last.injections.reduce((sum, injection) => sum + (injection.units > 0 ? injection.units : 0), 0);
  for (const injection of last.injections) byMuscle.set(`${injection.muscle}|${injection.side}|${injection.followThePain ? "ftp" : ""}`, (byMuscle.get(`${injection.muscle}|${injection.side}|${injection.followThePain ? "ftp" : ""}`) ?? 0) + injection.units);
  return (
    <div className="previous-session" data-testid="previous-session">
      <h3>{`Last session: ${formatPlainDate(last.date)}, ${units(total)}`}</h3>
      <ul className="previous-session__sites">
        {[...byMuscle.entries()].map(([key, total]) => {
          const [muscle, side, ftp] = key.split("|") as [Muscle, string, string];
          return <li key={key}>{`${muscleTitle(muscle)} ${side}${ftp ? " (follow-the-pain)" : ""}: ${units(total)}`}</li>;
        })}
      </ul>
      {context.sideEffectsByMuscle.length === 0 ? (
        <p className="muted">No side effect at the injected muscles reported since.</p>
      ) : (
        <div className="status status--warn" data-testid="side-effects-since">
          <div>
            <span className="status__title">Side effects reported since, at these muscles</span>
            <ul>
              {context.sideEffectsByMuscle.map((effect, index) => (
                <li key={index}>{`${muscleTitle(effect.muscle)}: ${SYMPTOM_WORDS[effect.symptom]} (${formatPlainDate(effect.date)})`}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </div>
  );
}
