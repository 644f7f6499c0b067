/**
 * The injection sites of a PREEMPT session being recorded on the map, and the operations the map
 * and its editor perform on them (pathway-rules §6; docs/clinical/injections.md). Pure: no React.
 *
 * A draft always holds every fixed site of the table: a fixed site that was not given stays on
 * the map at 0 U ("not given") and is left out of the session's injections. Follow-the-pain
 * sites are added and removed. Limits (sites per muscle, 195 U) are never enforced here: going
 * past one is allowed and reported as a warning by the session check in src/domain/injections.
 */
import { MUSCLE_NAMES, PREEMPT_PROTOCOL, preemptFixedInjections, UNITS_PER_SITE } from "#domain/injections/preempt-protocol.ts";
import type { Injection, Muscle, Side } from "#domain/shared/record.ts";

/** One site on the map. */
export interface MapSite {
  /** Stable and readable, unique within a draft: `temporalis-left-2`, `ftp-trapezius-right-1`. */
  readonly key: string;
  readonly muscle: Muscle;
  readonly side: Side;
  /** 0 means not given (a fixed site kept on the map as skipped). */
  readonly units: number;
  readonly followThePain: boolean;
}

/** The units a site may be set to on the map: steps of 2.5 U from 0 to 10 U (5 U is standard). */
export const UNIT_CHOICES: readonly number[] = [0, 2.5, 5, 7.5, 10];
/** The step of the units stepper and the `+`/`-` keys. */
export const UNIT_STEP = 2.5;
/** The most units the map sets on one site. */
export const MAX_SITE_UNITS = 10;

/** The sides a follow-the-pain site can be added on. */
export type PairedSide = "left" | "right";

/**
 * The key of a fixed site.
 * @example fixedSiteKey("temporalis", "left", 2) // "temporalis-left-2"
 */
export function fixedSiteKey(muscle: Muscle, side: Side, number: number): string {
  return `${muscle}-${side}-${number}`;
}

/**
 * The key of a follow-the-pain site.
 * @example followThePainKey("trapezius", "right", 1) // "ftp-trapezius-right-1"
 */
export function followThePainKey(muscle: Muscle, side: Side, number: number): string {
  return `ftp-${muscle}-${side}-${number}`;
}

/**
 * A site's number among the sites of its muscle, side and kind (the last part of its key).
 * @example siteNumber({ key: "temporalis-left-2", muscle: "temporalis", side: "left", units: 5, followThePain: false }) // 2
 */
export function siteNumber(site: Pick<MapSite, "key">): number {
  const match = /-(\d+)$/.exec(site.key);
  return match ? Number(match[1]) : 1;
}

/**
 * The 31 fixed sites of PREEMPT at 5 U each (155 U), in the table's order: a new session.
 * @example initialSites()[0] // { key: "corrugator-left-1", muscle: "corrugator", side: "left", units: 5, followThePain: false }
 */
export function initialSites(): MapSite[] {
  return numberSites(preemptFixedInjections());
}

/**
 * Units as the map sets them: on the 2.5 U grid, from 0 to 10 U (anything else is brought to the nearest).
 * @example normaliseUnits(6) // 5
 */
export function normaliseUnits(units: number): number {
  if (!Number.isFinite(units) || units <= 0) return 0;
  return Math.min(MAX_SITE_UNITS, Math.round(units / UNIT_STEP) * UNIT_STEP);
}

/**
 * The next choice up (+1) or down (-1) from a site's units; units off the grid (a stored 4 U)
 * go to the nearest choice in that direction, and the ends stay where they are.
 * @example stepUnits(5, -1) // 2.5
 */
export function stepUnits(units: number, direction: 1 | -1): number {
  if (direction === 1) return UNIT_CHOICES.find((choice) => choice > units) ?? units;
  return [...UNIT_CHOICES].reverse().find((choice) => choice < units) ?? units;
}

/**
 * Sets one site's units (normalised, see normaliseUnits); other sites are unchanged.
 * @example setUnits(initialSites(), "procerus-midline-1", 2.5).find((s) => s.key === "procerus-midline-1")?.units // 2.5
 */
export function setUnits(sites: readonly MapSite[], key: string, units: number): MapSite[] {
  const next = normaliseUnits(units);
  return sites.map((site) => (site.key === key ? { ...site, units: next } : site));
}

/**
 * The key the next follow-the-pain site on this muscle and side gets: the lowest free number.
 * @example nextFollowThePainKey(initialSites(), "trapezius", "right") // "ftp-trapezius-right-1"
 */
export function nextFollowThePainKey(sites: readonly MapSite[], muscle: Muscle, side: Side): string {
  const keys = new Set(sites.map((site) => site.key));
  let number = 1;
  while (keys.has(followThePainKey(muscle, side, number))) number += 1;
  return followThePainKey(muscle, side, number);
}

/**
 * Adds a follow-the-pain site at 5 U after the others. Never refused: a site past the muscle's
 * limit, or on a muscle that allows none, is the session check's warning to give.
 * @example addFollowThePain(initialSites(), "temporalis", "left").at(-1)?.key // "ftp-temporalis-left-1"
 */
export function addFollowThePain(sites: readonly MapSite[], muscle: Muscle, side: Side): MapSite[] {
  return [...sites, { key: nextFollowThePainKey(sites, muscle, side), muscle, side, units: UNITS_PER_SITE, followThePain: true }];
}

/**
 * Removes a follow-the-pain site; a fixed site is set to 0 U (not given) instead, so it stays on the map as skipped.
 * @example removeSite(initialSites(), "procerus-midline-1").length // 31
 */
export function removeSite(sites: readonly MapSite[], key: string): MapSite[] {
  const site = sites.find((candidate) => candidate.key === key);
  if (!site) return [...sites];
  return site.followThePain ? sites.filter((candidate) => candidate.key !== key) : setUnits(sites, key, 0);
}

/**
 * The session's injections for the domain: sites not given (0 U) left out, order kept.
 * @example toInjections(initialSites()).length // 31
 */
export function toInjections(sites: readonly MapSite[]): Injection[] {
  return sites.filter((site) => site.units > 0).map((site) => ({ muscle: site.muscle, side: site.side, units: site.units, followThePain: site.followThePain }));
}

/**
 * A draft from a stored session (the previous one, or one being amended): sites numbered in the
 * order recorded per muscle, side and kind; units kept as stored; fixed sites of the table that
 * the session lacks are added after them at 0 U (not given).
 * @example fromInjections([{ muscle: "procerus", side: "midline", units: 5 }]).length // 31
 */
export function fromInjections(injections: readonly Injection[]): MapSite[] {
  const sites = numberSites(injections);
  const keys = new Set(sites.map((site) => site.key));
  const missing = initialSites()
    .filter((site) => !keys.has(site.key))
    .map((site) => ({ ...site, units: 0 }));
  return [...sites, ...missing];
}

/**
 * The units given in all (sites not given count 0).
 * @example totalUnits(initialSites()) // 155
 */
export function totalUnits(sites: readonly MapSite[]): number {
  return sites.reduce((sum, site) => sum + (site.units > 0 ? site.units : 0), 0);
}

/**
 * The number of sites given (more than 0 U).
 * @example givenSiteCount(initialSites()) // 31
 */
export function givenSiteCount(sites: readonly MapSite[]): number {
  return sites.filter((site) => site.units > 0).length;
}

/**
 * Whether PREEMPT allows follow-the-pain sites on a muscle (temporalis, occipitalis, trapezius).
 * @example canAddFollowThePain("frontalis") // false
 */
export function canAddFollowThePain(muscle: Muscle): boolean {
  return PREEMPT_PROTOCOL[muscle].followThePainMax > 0;
}

/** The muscles follow-the-pain sites may be added on, in the table's order. */
export const FOLLOW_THE_PAIN_MUSCLES: readonly Muscle[] = (Object.keys(PREEMPT_PROTOCOL) as Muscle[]).filter(canAddFollowThePain);

/**
 * Follow-the-pain sites given on a muscle, both sides together, and PREEMPT's limit for it.
 * @example followThePainUse(addFollowThePain(initialSites(), "trapezius", "left"), "trapezius") // { used: 1, limit: 4 }
 */
export function followThePainUse(sites: readonly MapSite[], muscle: Muscle): { used: number; limit: number } {
  const used = sites.filter((site) => site.followThePain && site.muscle === muscle && site.units > 0).length;
  return { used, limit: PREEMPT_PROTOCOL[muscle].followThePainMax };
}

/**
 * A muscle's name for people, capitalised.
 * @example muscleTitle("cervical-paraspinal") // "Cervical paraspinal"
 */
export function muscleTitle(muscle: Muscle): string {
  const name = MUSCLE_NAMES[muscle];
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Keys for injections: per muscle, side and kind, numbered from 1 in the order given. */
function numberSites(injections: readonly Injection[]): MapSite[] {
  const counts = new Map<string, number>();
  return injections.map((injection) => {
    const followThePain = injection.followThePain === true;
    const group = `${followThePain ? "ftp" : "fixed"}:${injection.muscle}:${injection.side}`;
    const number = (counts.get(group) ?? 0) + 1;
    counts.set(group, number);
    const key = followThePain ? followThePainKey(injection.muscle, injection.side, number) : fixedSiteKey(injection.muscle, injection.side, number);
    return { key, muscle: injection.muscle, side: injection.side, units: injection.units, followThePain };
  });
}
