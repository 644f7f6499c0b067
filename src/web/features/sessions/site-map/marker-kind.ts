/**
 * A site marker's kind by its units (SiteMap.tsx): a filled circle with "5" for a standard site,
 * a light circle with its number for other units, a dashed circle crossed through for not given.
 */
export type MarkerKind = "standard" | "custom" | "none";

/**
 * The kind of marker a site with these units shows.
 * @example markerKind(5) // "standard"
 * @example markerKind(2.5) // "custom"
 * @example markerKind(0) // "none"
 */
export function markerKind(units: number): MarkerKind {
  if (units <= 0) return "none";
  return units === 5 ? "standard" : "custom";
}
