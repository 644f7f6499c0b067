/**
 * What the site map says about a site, for people and screen readers: names, units and the
 * announcements of changes. Pure: no React.
 */
import type { MapSite } from "./site-draft.ts";
import { followThePainUse, givenSiteCount, muscleTitle, siteNumber, totalUnits } from "./site-draft.ts";

/**
 * Units as a number for people: no trailing zeros, at most two decimals.
 * @example formatUnits(152.5) // "152.5"
 */
export function formatUnits(units: number): string {
  return String(Math.round(units * 100) / 100);
}

/**
 * Units in words: "5 units", "1 unit", or "not given" for 0.
 * @example unitsInWords(2.5) // "2.5 units"
 */
export function unitsInWords(units: number): string {
  if (units <= 0) return "not given";
  return units === 1 ? "1 unit" : `${formatUnits(units)} units`;
}

/**
 * A site's title with commas, as the editor heads it and the marker's name starts.
 * @example siteTitle({ key: "ftp-trapezius-right-1", muscle: "trapezius", side: "right", units: 5, followThePain: true }) // "Trapezius, right, follow-the-pain site 1"
 */
export function siteTitle(site: MapSite): string {
  return `${muscleTitle(site.muscle)}, ${site.side}, ${site.followThePain ? "follow-the-pain site" : "site"} ${siteNumber(site)}`;
}

/**
 * A site in a running sentence (announcements).
 * @example siteInSentence({ key: "temporalis-left-2", muscle: "temporalis", side: "left", units: 5, followThePain: false }) // "Temporalis left site 2"
 */
export function siteInSentence(site: MapSite): string {
  return `${muscleTitle(site.muscle)} ${site.side} ${site.followThePain ? "follow-the-pain site" : "site"} ${siteNumber(site)}`;
}

/** What else a marker's name says: the previous session's units at the site, a reported side effect. */
export interface SiteNameContext {
  /** The units at this site in the previous session (0: not given then); undefined when there is no previous session to compare. */
  readonly previousUnits?: number | undefined;
  /** A side effect was reported on this site's muscle after the previous session. */
  readonly flagged?: boolean | undefined;
}

/**
 * A marker's accessible name; the previous session is said only where it differs.
 * @example siteAccessibleName({ key: "temporalis-left-2", muscle: "temporalis", side: "left", units: 5, followThePain: false }) // "Temporalis, left, site 2: 5 units"
 */
export function siteAccessibleName(site: MapSite, context: SiteNameContext = {}): string {
  const parts = [`${siteTitle(site)}: ${unitsInWords(site.units)}`];
  if (context.previousUnits !== undefined && context.previousUnits !== site.units) {
    parts.push(context.previousUnits > 0 ? `last session ${unitsInWords(context.previousUnits)}` : "not given last session");
  }
  if (context.flagged) parts.push("side effect reported after last session");
  return parts.join("; ");
}

/**
 * The running total as the map and editor show it.
 * @example totalSummary([{ key: "procerus-midline-1", muscle: "procerus", side: "midline", units: 5, followThePain: false }]) // "5 U in 1 site"
 */
export function totalSummary(sites: readonly MapSite[]): string {
  const count = givenSiteCount(sites);
  return `${formatUnits(totalUnits(sites))} U in ${count} ${count === 1 ? "site" : "sites"}`;
}

function totalSentence(sites: readonly MapSite[]): string {
  return `Total ${formatUnits(totalUnits(sites))} units.`;
}

/**
 * The announcement after a site's units change.
 * @example describeUnitsSet({ key: "temporalis-left-2", muscle: "temporalis", side: "left", units: 2.5, followThePain: false }, [{ key: "temporalis-left-2", muscle: "temporalis", side: "left", units: 2.5, followThePain: false }]) // "Temporalis left site 2 set to 2.5 units. Total 2.5 units."
 */
export function describeUnitsSet(site: MapSite, sites: readonly MapSite[]): string {
  const units = site.units > 0 ? `${formatUnits(site.units)} units` : "not given";
  return `${siteInSentence(site)} set to ${units}. ${totalSentence(sites)}`;
}

/**
 * The announcement when a step would go past the end of the units range (nothing changes).
 * @example describeUnitsAtEnd({ key: "procerus-midline-1", muscle: "procerus", side: "midline", units: 10, followThePain: false }, 1) // "Procerus midline site 1 is already at 10 units, the most the map sets on one site."
 */
export function describeUnitsAtEnd(site: MapSite, direction: 1 | -1): string {
  return direction === 1
    ? `${siteInSentence(site)} is already at ${formatUnits(site.units)} units, the most the map sets on one site.`
    : `${siteInSentence(site)} is already not given.`;
}

/**
 * The announcement after a follow-the-pain site is added, with PREEMPT's limit when it is passed.
 * @example describeAdded({ key: "ftp-trapezius-left-1", muscle: "trapezius", side: "left", units: 5, followThePain: true }, [{ key: "ftp-trapezius-left-1", muscle: "trapezius", side: "left", units: 5, followThePain: true }]) // "Trapezius left follow-the-pain site 1 added at 5 units. Total 5 units."
 */
export function describeAdded(site: MapSite, sites: readonly MapSite[]): string {
  const limit = followThePainWarning(sites, site);
  return `${siteInSentence(site)} added at ${formatUnits(site.units)} units. ${totalSentence(sites)}${limit ? ` ${limit}` : ""}`;
}

/**
 * The announcement after a follow-the-pain site is removed.
 * @example describeRemoved({ key: "ftp-trapezius-left-1", muscle: "trapezius", side: "left", units: 5, followThePain: true }, []) // "Trapezius left follow-the-pain site 1 removed. Total 0 units."
 */
export function describeRemoved(site: MapSite, sites: readonly MapSite[]): string {
  return `${siteInSentence(site)} removed. ${totalSentence(sites)}`;
}

/**
 * PREEMPT's follow-the-pain limit for the site's muscle, when the draft is past it (else null).
 * The session check reports the same as a warning; the map only says so.
 * @example followThePainWarning([], { key: "ftp-frontalis-left-1", muscle: "frontalis", side: "left", units: 5, followThePain: true }) // "PREEMPT allows no follow-the-pain sites on frontalis."
 */
export function followThePainWarning(sites: readonly MapSite[], site: Pick<MapSite, "muscle">): string | null {
  const { used, limit } = followThePainUse(sites, site.muscle);
  const name = muscleTitle(site.muscle).toLowerCase();
  if (limit === 0) return `PREEMPT allows no follow-the-pain sites on ${name}.`;
  if (used > limit) return `${used} follow-the-pain sites on ${name}: PREEMPT allows up to ${limit}.`;
  return null;
}
