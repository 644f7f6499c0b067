/**
 * The panel beside the site map: the selected site (muscle, side, number), its units as a
 * stepper and a select, "Not given" for a fixed site or "Remove" for a follow-the-pain site, and
 * buttons to add follow-the-pain sites on temporalis, occipitalis and trapezius, left or right.
 * PREEMPT's follow-the-pain limits are shown and passing one is allowed (the session check warns).
 * Changes are announced politely with the new total.
 */
import { useId, useRef, useState } from "react";
import type { Muscle } from "#domain/shared/record.ts";
import { Button } from "#web/ui/Button.tsx";
import type { MapSite, PairedSide } from "./site-draft.ts";
import {
  addFollowThePain,
  FOLLOW_THE_PAIN_MUSCLES,
  followThePainUse,
  muscleTitle,
  nextFollowThePainKey,
  removeSite,
  setUnits,
  siteNumber,
  stepUnits,
  UNIT_CHOICES,
  UNIT_STEP,
} from "./site-draft.ts";
import { describeAdded, describeRemoved, describeUnitsAtEnd, describeUnitsSet, formatUnits, siteTitle, totalSummary, unitsInWords } from "./site-words.ts";
import "./site-map.css";

export interface SiteEditorProps {
  readonly sites: readonly MapSite[];
  readonly selectedKey: string | null;
  readonly onChange: (sites: MapSite[]) => void;
  /** A new follow-the-pain site is selected; a removed one leaves nothing selected (null). */
  readonly onSelect: (key: string | null) => void;
  /** The previous session's sites, to say what was given there last time. */
  readonly previous?: readonly MapSite[] | undefined;
  readonly flaggedMuscles?: ReadonlySet<Muscle> | undefined;
  readonly readOnly?: boolean | undefined;
  readonly headingLevel?: 2 | 3 | undefined;
}

/** The running total, "155 U in 31 sites", for the editor and anywhere else on the page. */
export function SiteTotal({ sites, className }: { readonly sites: readonly MapSite[]; readonly className?: string | undefined }) {
  return <p className={["site-total", className ?? ""].filter(Boolean).join(" ")}>{totalSummary(sites)}</p>;
}

function unitsOptionLabel(units: number): string {
  return units === 0 ? "0 U: not given" : `${formatUnits(units)} U`;
}

export function SiteEditor({ sites, selectedKey, onChange, onSelect, previous, flaggedMuscles, readOnly = false, headingLevel = 2 }: SiteEditorProps) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [announcement, setAnnouncement] = useState("");
  const site = sites.find((candidate) => candidate.key === selectedKey) ?? null;
  const Heading = headingLevel === 3 ? "h3" : "h2";
  const Sub = headingLevel === 3 ? "h4" : "h3";

  function announce(text: string) {
    setAnnouncement((before) => (before === text ? `${text}\u00a0` : text));
  }

  function changeUnits(target: MapSite, units: number) {
    const next = setUnits(sites, target.key, units);
    onChange(next);
    announce(describeUnitsSet({ ...target, units: next.find((s) => s.key === target.key)?.units ?? units }, next));
  }

  function step(target: MapSite, direction: 1 | -1) {
    const units = stepUnits(target.units, direction);
    if (units === target.units) announce(describeUnitsAtEnd(target, direction));
    else changeUnits(target, units);
  }

  function remove(target: MapSite) {
    const next = removeSite(sites, target.key);
    onChange(next);
    onSelect(null);
    announce(describeRemoved(target, next));
    headingRef.current?.focus();
  }

  function add(muscle: Muscle, side: PairedSide) {
    const key = nextFollowThePainKey(sites, muscle, side);
    const next = addFollowThePain(sites, muscle, side);
    const added = next.find((candidate) => candidate.key === key);
    onChange(next);
    onSelect(key);
    if (added) announce(describeAdded(added, next));
  }

  const previousSite = site && previous ? previous.find((candidate) => candidate.key === site.key) : undefined;
  const choices = site && !UNIT_CHOICES.includes(site.units) ? [...UNIT_CHOICES, site.units].sort((a, b) => a - b) : UNIT_CHOICES;

  return (
    <section className="site-editor" aria-labelledby={`${id}-heading`}>
      <Heading className="site-editor__title" id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {site ? siteTitle(site) : "No site selected"}
      </Heading>
      <SiteTotal sites={sites} className="site-editor__total numeric" />
      {site ? (
        <>
          <dl className="site-editor__facts">
            <div>
              <dt>Muscle</dt>
              <dd>{muscleTitle(site.muscle)}</dd>
            </div>
            <div>
              <dt>Side</dt>
              <dd>{site.side}</dd>
            </div>
            <div>
              <dt>Site</dt>
              <dd>
                {site.followThePain ? "Follow-the-pain " : ""}
                {siteNumber(site)}
              </dd>
            </div>
            <div>
              <dt>Units</dt>
              <dd className="numeric">{unitsInWords(site.units)}</dd>
            </div>
            {previous ? (
              <div>
                <dt>Last session</dt>
                <dd className="numeric">{unitsInWords(previousSite?.units ?? 0)}</dd>
              </div>
            ) : null}
          </dl>
          {flaggedMuscles?.has(site.muscle) ? (
            <p className="site-editor__flag">
              <span aria-hidden="true">⚠ </span>A side effect was reported on {muscleTitle(site.muscle).toLowerCase()} after the last session.
            </p>
          ) : null}
          {readOnly ? null : (
            <>
              <div className="site-editor__stepper" role="group" aria-labelledby={`${id}-units-label`}>
                <label className="field__label site-editor__units-label" id={`${id}-units-label`} htmlFor={`${id}-units`}>
                  Units at this site
                </label>
                <div className="site-editor__stepper-row">
                  <Button className="site-editor__step" onClick={() => step(site, -1)}>
                    <span aria-hidden="true">−</span>
                    <span className="visually-hidden">{formatUnits(UNIT_STEP)} units less</span>
                  </Button>
                  <select
                    id={`${id}-units`}
                    className="field__input site-editor__select numeric"
                    value={String(site.units)}
                    onChange={(event) => changeUnits(site, Number(event.target.value))}
                  >
                    {choices.map((units) => (
                      <option key={units} value={String(units)}>
                        {UNIT_CHOICES.includes(units) ? unitsOptionLabel(units) : `${formatUnits(units)} U (recorded)`}
                      </option>
                    ))}
                  </select>
                  <Button className="site-editor__step" onClick={() => step(site, 1)}>
                    <span aria-hidden="true">+</span>
                    <span className="visually-hidden">{formatUnits(UNIT_STEP)} units more</span>
                  </Button>
                </div>
              </div>
              <div className="site-editor__actions">
                {site.followThePain ? (
                  <Button onClick={() => remove(site)}>Remove this follow-the-pain site</Button>
                ) : site.units > 0 ? (
                  <Button onClick={() => changeUnits(site, 0)}>Not given</Button>
                ) : (
                  <Button onClick={() => changeUnits(site, 5)}>Give 5 U</Button>
                )}
              </div>
            </>
          )}
        </>
      ) : (
        <p className="muted">Select a site on the map to see or change it.</p>
      )}
      {readOnly ? null : (
        <div className="site-editor__add">
          <Sub className="site-editor__add-title">Add follow-the-pain site</Sub>
          <ul className="site-editor__add-list">
            {FOLLOW_THE_PAIN_MUSCLES.map((muscle) => {
              const { used, limit } = followThePainUse(sites, muscle);
              const name = muscleTitle(muscle);
              return (
                <li key={muscle} className="site-editor__add-row">
                  <span className="site-editor__add-muscle">
                    <strong>{name}</strong>{" "}
                    <span className={used >= limit ? "site-editor__add-use site-editor__add-use--full" : "site-editor__add-use muted"}>
                      {used} of {limit} used{used > limit ? ": past PREEMPT's limit" : ""}
                    </span>
                  </span>
                  <span className="site-editor__add-buttons">
                    {(["left", "right"] as const).map((side) => (
                      <Button key={side} aria-label={`Add ${name.toLowerCase()} follow-the-pain site, ${side}`} onClick={() => add(muscle, side)}>
                        + {side === "left" ? "Left" : "Right"}
                      </Button>
                    ))}
                  </span>
                </li>
              );
            })}
          </ul>
          <p className="site-editor__hint muted">PREEMPT allows 2 on temporalis, 2 on occipitalis and 4 on trapezius, both sides together (195 U at most). More can be recorded; the session check will warn.</p>
        </div>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
