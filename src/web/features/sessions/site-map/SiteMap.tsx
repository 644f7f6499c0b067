/**
 * The head-and-neck injection site map of a PREEMPT session: four drawn views (right side,
 * front, left side, back) with one marker per site, for an injector's finger on a tablet and for
 * the keyboard. The map is a listbox of sites in one tab stop: arrow keys move between sites,
 * Home/End go to the first and last, Enter or Space selects, + and - change the focused site's
 * units by 2.5 U, Delete or Backspace sets a fixed site to not given or removes a follow-the-pain
 * site. Changes are announced politely with the new total.
 *
 * A marker tells its state by shape and text as well as colour: a filled circle with "5" for a
 * standard site, a light circle with its number for other units, a dashed circle crossed through
 * for not given, a diamond for follow-the-pain, a thick ring when selected; a dashed outer ring
 * where the previous session gave units, and a warning triangle on a muscle with a side effect
 * reported after the previous session.
 */
import { useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from "react";
import { MUSCLES, type Muscle } from "#domain/shared/record.ts";
import { ViewDrawing, ViewLabels } from "./head-drawings.tsx";
import type { MapSite } from "./site-draft.ts";
import { muscleTitle } from "./site-draft.ts";
import { applyKeyAction, keyAction, tabStopKey } from "./site-keys.ts";
import { HIT_HALF, layoutSites, VIEWS, type SitePoint, type ViewSpec } from "./site-layout.ts";
import { formatUnits, siteAccessibleName, siteTitle } from "./site-words.ts";
import { markerKind } from "./marker-kind.ts";
import { SiteMapLegend } from "./SiteMapLegend.tsx";
import "./site-map.css";

export interface SiteMapProps {
  readonly sites: readonly MapSite[];
  readonly selectedKey: string | null;
  readonly onSelect: (key: string) => void;
  readonly onChange: (sites: MapSite[]) => void;
  /** The previous session's sites (fromInjections of its injections): a faint dashed ring where it gave units. */
  readonly previous?: readonly MapSite[] | undefined;
  /** Muscles with a side effect reported after the previous session: a warning mark on their sites. */
  readonly flaggedMuscles?: ReadonlySet<Muscle> | undefined;
  /** Sites can be looked at and selected, not changed. */
  readonly readOnly?: boolean | undefined;
  /** The map's heading. */
  readonly title?: string | undefined;
  readonly headingLevel?: 2 | 3 | undefined;
}


export function SiteMap({ sites, selectedKey, onSelect, onChange, previous, flaggedMuscles, readOnly = false, title = "Injection sites", headingLevel = 2 }: SiteMapProps) {
  const id = useId();
  const headingId = `${id}-heading`;
  const helpId = `${id}-help`;
  const layout = useMemo(() => layoutSites(sites), [sites]);
  const previousByKey = useMemo(() => new Map((previous ?? []).map((site) => [site.key, site])), [previous]);
  const previousLayout = useMemo(() => layoutSites(previous ?? []), [previous]);
  const sitesByKey = useMemo(() => new Map(sites.map((site) => [site.key, site])), [sites]);
  const currentKeys = useMemo(() => new Set(sites.map((site) => site.key)), [sites]);
  const previousOnly = useMemo(() => (previous ?? []).filter((site) => site.units > 0 && !currentKeys.has(site.key)), [previous, currentKeys]);

  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const [focusWithin, setFocusWithin] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const markers = useRef(new Map<string, SVGGElement>());
  const pendingFocus = useRef<string | null>(null);

  // A layout effect, so the focus has moved before the next key press is read (see DiaryCalendar).
  useLayoutEffect(() => {
    const key = pendingFocus.current;
    if (key === null) return;
    pendingFocus.current = null;
    markers.current.get(key)?.focus();
  });

  const tabStop = tabStopKey(layout.order, selectedKey, focusedKey, focusWithin);

  function announce(text: string) {
    // The same words twice in a row are still announced: alternate a trailing no-break space.
    setAnnouncement((before) => (before === text ? `${text}\u00a0` : text));
  }

  function onMarkerKeyDown(event: KeyboardEvent<SVGGElement>, key: string) {
    const action = keyAction(event);
    if (!action) return;
    event.preventDefault();
    const outcome = applyKeyAction({ sites, layout, focusedKey: key, readOnly }, action, selectedKey);
    if (outcome.sites) onChange(outcome.sites);
    if (outcome.selectKey !== undefined) onSelect(outcome.selectKey);
    if (outcome.focusKey !== undefined) {
      setFocusedKey(outcome.focusKey);
      pendingFocus.current = outcome.focusKey;
      if (!outcome.sites) markers.current.get(outcome.focusKey)?.focus();
    }
    if (outcome.announcement) announce(outcome.announcement);
  }

  const Heading = headingLevel === 3 ? "h3" : "h2";
  const flagged = MUSCLES.filter((muscle) => flaggedMuscles?.has(muscle) ?? false);

  return (
    <div className="site-map" role="group" aria-labelledby={headingId}>
      <Heading className="site-map__title" id={headingId}>
        {title}
      </Heading>
      <p className="site-map__help muted" id={helpId}>
        {readOnly
          ? "Select a site to see it. Arrow keys move between sites; Enter selects."
          : "Tap a site to select it. Keyboard: arrow keys move between sites, Enter selects, + and − change units by 2.5, Delete marks a site not given or removes a follow-the-pain site."}
      </p>
      <div
        className="site-map__views"
        role="listbox"
        aria-labelledby={headingId}
        aria-describedby={helpId}
        onFocus={() => setFocusWithin(true)}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusWithin(false);
        }}
      >
        {VIEWS.map((view) => (
          <MapView
            key={view.id}
            view={view}
            points={[...layout.points.values()].filter((point) => point.view === view.id)}
            previousPoints={previousOnly.map((site) => previousLayout.points.get(site.key)).filter((point): point is SitePoint => point?.view === view.id)}
            sitesByKey={sitesByKey}
            render={(site, point) => (
              <Marker
                key={site.key}
                site={site}
                point={point}
                selected={site.key === selectedKey}
                tabbable={site.key === tabStop}
                previousUnits={previous ? (previousByKey.get(site.key)?.units ?? 0) : undefined}
                flagged={flaggedMuscles?.has(site.muscle) ?? false}
                markerRef={(element) => {
                  if (element) markers.current.set(site.key, element);
                  else markers.current.delete(site.key);
                }}
                onFocus={() => setFocusedKey(site.key)}
                onClick={() => {
                  setFocusedKey(site.key);
                  onSelect(site.key);
                }}
                onKeyDown={(event) => onMarkerKeyDown(event, site.key)}
              />
            )}
          />
        ))}
        <SiteMapLegend showPrevious={previous !== undefined} showFlag={flagged.length > 0} />
      </div>
      {previousOnly.length > 0 ? (
        <p className="site-map__note">
          Last session also had {previousOnly.length === 1 ? "a site" : `${previousOnly.length} sites`} not on today&rsquo;s map (dashed outlines):{" "}
          {previousOnly.map((site) => `${siteTitle(site)}, ${formatUnits(site.units)} U`).join("; ")}.
        </p>
      ) : null}
      {flagged.length > 0 ? (
        <p className="site-map__note">
          <span className="site-map__flag-glyph" aria-hidden="true">
            ⚠
          </span>{" "}
          Side effect reported after the last session on: {flagged.map((muscle) => muscleTitle(muscle).toLowerCase()).join(", ")}.
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}

function MapView({
  view,
  points,
  previousPoints,
  sitesByKey,
  render,
}: {
  readonly view: ViewSpec;
  readonly points: readonly SitePoint[];
  readonly previousPoints: readonly SitePoint[];
  readonly sitesByKey: ReadonlyMap<string, MapSite>;
  readonly render: (site: MapSite, point: SitePoint) => ReactNode;
}) {
  return (
    <div
      className={`site-map__view site-map__view--${view.id}`}
      role="group"
      aria-label={`${view.title}. ${view.orientation}`}
      style={{ "--view-width": `${view.width}px` } as CSSProperties}
    >
      <div className="site-map__view-head" aria-hidden="true">
        <span className="site-map__view-title">{view.title}</span>
        <span className="site-map__view-orientation">{view.orientation}</span>
      </div>
      <svg className="site-map__svg" viewBox={`0 0 ${view.width} ${view.height}`} width={view.width} height={view.height} role="none" focusable="false">
        <g className="head" aria-hidden="true">
          <ViewDrawing view={view.id} width={view.width} />
          <ViewLabels view={view.id} />
          <SideLetters view={view} />
          {previousPoints.map((point) => (
            <circle key={point.key} className="site-marker__previous" cx={point.x} cy={point.y} r={20} />
          ))}
        </g>
        {points.map((point) => {
          const site = sitesByKey.get(point.key);
          return site ? render(site, point) : null;
        })}
      </svg>
    </div>
  );
}

/** "R" and "L" at the patient's right and left of a view, so the sides are read from the drawing too. */
function SideLetters({ view }: { readonly view: ViewSpec }) {
  const bottom = view.height - 8;
  if (view.id === "front") {
    return (
      <>
        <text className="head__side" x={8} y={bottom}>R</text>
        <text className="head__side" x={view.width - 8} y={bottom} textAnchor="end">L</text>
      </>
    );
  }
  if (view.id === "back") {
    return (
      <>
        <text className="head__side" x={8} y={bottom}>L</text>
        <text className="head__side" x={view.width - 8} y={bottom} textAnchor="end">R</text>
      </>
    );
  }
  return null;
}

function Marker({
  site,
  point,
  selected,
  tabbable,
  previousUnits,
  flagged,
  markerRef,
  onFocus,
  onClick,
  onKeyDown,
}: {
  readonly site: MapSite;
  readonly point: SitePoint;
  readonly selected: boolean;
  readonly tabbable: boolean;
  readonly previousUnits: number | undefined;
  readonly flagged: boolean;
  readonly markerRef: (element: SVGGElement | null) => void;
  readonly onFocus: () => void;
  readonly onClick: () => void;
  readonly onKeyDown: (event: KeyboardEvent<SVGGElement>) => void;
}) {
  const kind = markerKind(site.units);
  const classes = ["site-marker", `site-marker--${kind}`, site.followThePain ? "site-marker--ftp" : "", selected ? "site-marker--selected" : ""].filter(Boolean).join(" ");
  const label = siteAccessibleName(site, { previousUnits, flagged });
  return (
    <g
      ref={markerRef}
      className={classes}
      transform={`translate(${point.x} ${point.y})`}
      role="option"
      aria-selected={selected}
      aria-label={label}
      tabIndex={tabbable ? 0 : -1}
      data-key={site.key}
      onFocus={onFocus}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      <rect className="site-marker__hit" x={-HIT_HALF} y={-HIT_HALF} width={HIT_HALF * 2} height={HIT_HALF * 2} rx={8} />
      {previousUnits !== undefined && previousUnits > 0 ? <circle className="site-marker__previous" r={20} /> : null}
      {selected ? <circle className="site-marker__selected" r={17.5} /> : null}
      {site.followThePain ? <path className="site-marker__shape" d="M0,-15 L15,0 L0,15 L-15,0 Z" /> : <circle className="site-marker__shape" r={12.5} />}
      {kind === "none" ? (
        <path className="site-marker__cross" d="M-7,7 L7,-7" />
      ) : (
        <text className="site-marker__units" y={0.5} textAnchor="middle" dominantBaseline="central">
          {formatUnits(site.units)}
        </text>
      )}
      {flagged ? <path className="site-marker__flag" d="M14,-22 L21.5,-9 L6.5,-9 Z" /> : null}
      <rect className="site-marker__focus" x={-HIT_HALF} y={-HIT_HALF} width={HIT_HALF * 2} height={HIT_HALF * 2} rx={10} />
    </g>
  );
}
