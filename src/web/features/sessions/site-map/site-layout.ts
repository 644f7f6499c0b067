/**
 * Where each site is drawn on the map, and how the arrow keys move between sites. Pure: no React.
 *
 * Four views, in this order on screen: the patient's right side, the front, the patient's left
 * side, the back. The front holds corrugator, procerus, frontalis and the anterior temporalis
 * site (site 1 of each side); each side view holds that side's other temporalis sites (2 to 4)
 * and its temporalis follow-the-pain sites; the back holds occipitalis, cervical paraspinal and
 * trapezius. Every site is in exactly one view.
 *
 * Coordinates are in each view's own units (its viewBox); the map draws a view at one CSS pixel
 * a unit or larger, so the 44 x 44 hit square of a marker is at least 44 px. Anchors are placed
 * at least 44 units apart on one axis or the other, so no two hit squares of the table's sites
 * or of the follow-the-pain sites it allows overlap. In the front view the patient's right is on
 * the viewer's left; in the back view the patient's left is on the viewer's left.
 */
import type { Muscle, Side } from "#domain/shared/record.ts";
import type { MapSite } from "./site-draft.ts";
import { siteNumber } from "./site-draft.ts";

export type ViewId = "right" | "front" | "left" | "back";

export interface ViewSpec {
  readonly id: ViewId;
  readonly title: string;
  /** Says where the patient's left and right are, on screen. */
  readonly orientation: string;
  readonly width: number;
  readonly height: number;
}

/** The views in screen order. */
export const VIEWS: readonly ViewSpec[] = [
  { id: "right", title: "Right side", orientation: "Seen from the patient's right.", width: 200, height: 250 },
  { id: "front", title: "Front", orientation: "Their right is on your left.", width: 260, height: 330 },
  { id: "left", title: "Left side", orientation: "Seen from the patient's left.", width: 200, height: 250 },
  { id: "back", title: "Back", orientation: "From behind: their left is on your left.", width: 440, height: 414 },
];

/** Half the side of a marker's square hit area: 44 x 44. */
export const HIT_HALF = 22;
/** The least distance, on one axis or the other, between two anchors of one view. */
export const MIN_GAP = 44;

export interface SitePoint {
  readonly key: string;
  readonly view: ViewId;
  readonly x: number;
  readonly y: number;
}

export interface SiteLayout {
  readonly points: ReadonlyMap<string, SitePoint>;
  /** Every key in keyboard order: view by view, then top to bottom and left to right. */
  readonly order: readonly string[];
}

interface Anchor {
  readonly view: ViewId;
  readonly x: number;
  readonly y: number;
}

type PairedSide = "left" | "right";

const FRONT_CENTRE = 130;
const BACK_CENTRE = 220;
const SIDE_WIDTH = 200;

/** Front view: `d` is the distance from the midline; the patient's right is on the viewer's left. */
function front(side: PairedSide, d: number, y: number): Anchor {
  return { view: "front", x: side === "right" ? FRONT_CENTRE - d : FRONT_CENTRE + d, y };
}

/** Back view: the patient's left is on the viewer's left. */
function back(side: PairedSide, d: number, y: number): Anchor {
  return { view: "back", x: side === "left" ? BACK_CENTRE - d : BACK_CENTRE + d, y };
}

/** Side views: drawn for the right side (face to the right); the left side view is its mirror image. */
function profile(side: PairedSide, x: number, y: number): Anchor {
  return side === "right" ? { view: "right", x, y } : { view: "left", x: SIDE_WIDTH - x, y };
}

function paired(make: (side: PairedSide) => readonly Anchor[]): Partial<Record<Side, readonly Anchor[]>> {
  return { right: make("right"), left: make("left") };
}

/**
 * The fixed sites' anchors, site 1 first, per muscle and side (placed as the PREEMPT diagrams
 * place them): corrugator at the medial brow, procerus between the brows, frontalis in the upper
 * forehead (medial above the corrugator, lateral beside it), temporalis 1 at the temple and 2 to
 * 4 in the fan above the ear (above the tragus, in front of it, above them), occipitalis just
 * above the occipital ridge beside the protuberance and along and above the ridge, cervical
 * paraspinal either side of the neck's midline one above the other, trapezius along the upper
 * border of the shoulder from the neck towards the acromion.
 */
const FIXED_ANCHORS: Readonly<Record<Muscle, Partial<Record<Side, readonly Anchor[]>>>> = {
  corrugator: paired((side) => [front(side, 44, 116)]),
  procerus: { midline: [{ view: "front", x: FRONT_CENTRE, y: 138 }] },
  frontalis: paired((side) => [front(side, 44, 70), front(side, 90, 78)]),
  temporalis: paired((side) => [front(side, 104, 124), profile(side, 86, 106), profile(side, 130, 106), profile(side, 108, 62)]),
  occipitalis: paired((side) => [back(side, 30, 150), back(side, 76, 146), back(side, 53, 102)]),
  "cervical-paraspinal": paired((side) => [back(side, 26, 214), back(side, 26, 258)]),
  trapezius: paired((side) => [back(side, 90, 284), back(side, 136, 292), back(side, 182, 302)]),
};

/** Follow-the-pain anchors per muscle and side: as many as PREEMPT allows on the muscle, so all may go on one side. */
const FOLLOW_THE_PAIN_ANCHORS: Readonly<Partial<Record<Muscle, Partial<Record<Side, readonly Anchor[]>>>>> = {
  temporalis: paired((side) => [profile(side, 64, 62), profile(side, 152, 62)]),
  occipitalis: paired((side) => [back(side, 30, 58), back(side, 76, 58)]),
  trapezius: paired((side) => [back(side, 90, 334), back(side, 136, 340), back(side, 44, 330), back(side, 182, 348)]),
};

/** Where a site past its anchors may go: a grid of spots around its group's last anchor, nearest first. */
const OVERFLOW_STEP = 11;
const OVERFLOW_REACH = 14;
const OVERFLOW_OFFSETS: readonly (readonly [number, number])[] = Array.from({ length: (2 * OVERFLOW_REACH + 1) ** 2 }, (_, index): [number, number] => [
  (Math.floor(index / (2 * OVERFLOW_REACH + 1)) - OVERFLOW_REACH) * OVERFLOW_STEP,
  ((index % (2 * OVERFLOW_REACH + 1)) - OVERFLOW_REACH) * OVERFLOW_STEP,
])
  .filter(([dx, dy]) => dx !== 0 || dy !== 0)
  // Nearest first; at equal distance below, then beside, then above (y grows downwards).
  .sort((a, b) => Math.hypot(...a) - Math.hypot(...b) || b[1] - a[1] || a[0] - b[0]);

/** The gaps tried in turn for a site past its anchors: a clear hit square, then less, then merely not on top of another. */
const OVERFLOW_GAPS: readonly number[] = [MIN_GAP, 30, 16, 6];

/**
 * The anchor of a site when its muscle, side, kind and number have one.
 * @example anchorFor({ key: "procerus-midline-1", muscle: "procerus", side: "midline", units: 5, followThePain: false }) // { view: "front", x: 130, y: 138 }
 */
export function anchorFor(site: MapSite): Anchor | undefined {
  const table = site.followThePain ? FOLLOW_THE_PAIN_ANCHORS[site.muscle] : FIXED_ANCHORS[site.muscle];
  return table?.[site.side]?.[siteNumber(site) - 1];
}

/** The point a site without an anchor starts from: its group's last anchor, else near its muscle. */
function baseFor(site: MapSite): Anchor {
  const own = (site.followThePain ? FOLLOW_THE_PAIN_ANCHORS[site.muscle] : FIXED_ANCHORS[site.muscle])?.[site.side];
  const last = own?.at(-1);
  if (last) return last;
  const fixed = FIXED_ANCHORS[site.muscle];
  if (site.side !== "midline") {
    // A follow-the-pain site on a muscle without any (frontalis, say), or a side the table lacks (procerus left):
    // beside the muscle's first site of that side, or beside its midline site on the side's half of the view.
    const first = fixed[site.side]?.[0] ?? fixed.midline?.[0];
    if (first) return first;
  }
  // A midline site of a paired muscle: between its two first sites when they share a view.
  const right = fixed.right?.[0];
  const left = fixed.left?.[0];
  if (right && left && right.view === left.view) return { view: right.view, x: (right.x + left.x) / 2, y: (right.y + left.y) / 2 };
  return right ?? left ?? { view: "front", x: FRONT_CENTRE, y: 40 };
}

function viewSpec(view: ViewId): ViewSpec {
  return VIEWS.find((spec) => spec.id === view) ?? VIEWS[1]!;
}

function inside(view: ViewId, x: number, y: number): boolean {
  const spec = viewSpec(view);
  return x >= HIT_HALF && x <= spec.width - HIT_HALF && y >= HIT_HALF && y <= spec.height - HIT_HALF;
}

function clear(placed: readonly SitePoint[], view: ViewId, x: number, y: number, gap: number): boolean {
  return placed.every((point) => point.view !== view || Math.max(Math.abs(point.x - x), Math.abs(point.y - y)) >= gap);
}

/** The nearest spot to `base` clear of every placed site by the widest gap that can be had; never exactly on another site. */
function overflowPoint(placed: readonly SitePoint[], key: string, base: Anchor): SitePoint {
  for (const gap of OVERFLOW_GAPS) {
    for (const [dx, dy] of OVERFLOW_OFFSETS) {
      const x = base.x + dx;
      const y = base.y + dy;
      if (inside(base.view, x, y) && clear(placed, base.view, x, y, gap)) return { key, view: base.view, x, y };
    }
  }
  // A view packed past every gap (a session far off the table): a small step off the base, free of exact overlaps.
  for (let step = 1; ; step += 1) {
    const x = base.x + step * 0.5;
    if (clear(placed, base.view, x, base.y, 0.25)) return { key, view: base.view, x, y: base.y };
  }
}

/** Sites within this distance down from a row's first site belong to that row (reading order). */
const ROW_TOLERANCE = 24;

/** One view's points in reading order: rows top to bottom, each row left to right. */
function readingOrder(points: readonly SitePoint[]): SitePoint[] {
  const rows: SitePoint[][] = [];
  for (const point of [...points].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const row = rows.at(-1);
    if (row && point.y - row[0]!.y <= ROW_TOLERANCE) row.push(point);
    else rows.push([point]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.x - b.x || a.y - b.y));
}

/**
 * Places every site of a draft: anchored sites first (their places never depend on other sites),
 * then the rest near their muscle, clear of the others.
 * @example layoutSites(initialSites()).points.get("corrugator-left-1") // { key: "corrugator-left-1", view: "front", x: 174, y: 116 }
 */
export function layoutSites(sites: readonly MapSite[]): SiteLayout {
  const placed: SitePoint[] = [];
  const pending: MapSite[] = [];
  for (const site of sites) {
    const anchor = anchorFor(site);
    if (anchor && clear(placed, anchor.view, anchor.x, anchor.y, 1)) placed.push({ key: site.key, ...anchor });
    else pending.push(site);
  }
  for (const site of pending) placed.push(overflowPoint(placed, site.key, baseFor(site)));
  const order = VIEWS.flatMap((view) => readingOrder(placed.filter((point) => point.view === view.id))).map((point) => point.key);
  return { points: new Map(placed.map((point) => [point.key, point])), order };
}

export type MoveDirection = "left" | "right" | "up" | "down" | "first" | "last";

/**
 * The site the arrow keys (and Home/End) move to: the nearest site in that direction within the
 * same view (distance along the direction plus twice the distance across it); from the last site
 * that way, on in keyboard order: right and down to the first site of the next view, left and up
 * to the last site of the previous view; the map's ends stay where they are. Within a view each
 * step goes strictly that way, so holding a key always reaches an end. An unknown current key
 * moves to the first site.
 * @example nextSiteKey(layoutSites(initialSites()), "procerus-midline-1", "right") // "corrugator-left-1"
 */
export function nextSiteKey(layout: SiteLayout, currentKey: string | null, direction: MoveDirection): string | null {
  const { order, points } = layout;
  const first = order[0] ?? null;
  if (direction === "first") return first;
  if (direction === "last") return order.at(-1) ?? null;
  const current = currentKey === null ? undefined : points.get(currentKey);
  if (!current) return first;
  let best: { key: string; score: number } | null = null;
  for (const point of points.values()) {
    if (point.key === current.key || point.view !== current.view) continue;
    const dx = point.x - current.x;
    const dy = point.y - current.y;
    const along = direction === "right" ? dx : direction === "left" ? -dx : direction === "down" ? dy : -dy;
    const across = direction === "right" || direction === "left" ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0.5) continue;
    const score = along + 2 * across;
    if (!best || score < best.score || (score === best.score && order.indexOf(point.key) < order.indexOf(best.key))) best = { key: point.key, score };
  }
  if (best) return best.key;
  const forward = direction === "right" || direction === "down";
  const viewOf = (key: string) => points.get(key)?.view;
  const index = order.indexOf(current.key);
  if (forward) {
    const next = order.slice(index + 1).find((key) => viewOf(key) !== current.view);
    return next ?? current.key;
  }
  const before = order.slice(0, index).filter((key) => viewOf(key) !== current.view);
  return before.at(-1) ?? current.key;
}
