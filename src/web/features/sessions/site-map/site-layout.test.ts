import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MUSCLES, SIDES } from "#domain/shared/record.ts";
import { addFollowThePain, initialSites, removeSite, type MapSite } from "./site-draft.ts";
import { HIT_HALF, layoutSites, MIN_GAP, nextSiteKey, VIEWS, type MoveDirection, type SiteLayout, type SitePoint, type ViewId } from "./site-layout.ts";

function addMany(sites: MapSite[], additions: readonly [MapSite["muscle"], "left" | "right", number][]): MapSite[] {
  let result = sites;
  for (const [muscle, side, count] of additions) for (let i = 0; i < count; i += 1) result = addFollowThePain(result, muscle, side);
  return result;
}

/** The 31 fixed sites with as many follow-the-pain sites on each side as PREEMPT allows on the muscle. */
const everyAnchor = addMany(initialSites(), [
  ["temporalis", "left", 2],
  ["temporalis", "right", 2],
  ["occipitalis", "left", 2],
  ["occipitalis", "right", 2],
  ["trapezius", "left", 4],
  ["trapezius", "right", 4],
]);

const point = (layout: SiteLayout, key: string): SitePoint => {
  const found = layout.points.get(key);
  if (!found) throw new Error(`no point for ${key}`);
  return found;
};
const spec = (view: ViewId) => VIEWS.find((candidate) => candidate.id === view)!;
const centre = (view: ViewId) => spec(view).width / 2;

function expectHitSquaresApart(layout: SiteLayout) {
  const points = [...layout.points.values()];
  for (const [i, a] of points.entries()) {
    const { width, height } = spec(a.view);
    expect(a.x - HIT_HALF, a.key).toBeGreaterThanOrEqual(0);
    expect(a.x + HIT_HALF, a.key).toBeLessThanOrEqual(width);
    expect(a.y - HIT_HALF, a.key).toBeGreaterThanOrEqual(0);
    expect(a.y + HIT_HALF, a.key).toBeLessThanOrEqual(height);
    for (const b of points.slice(i + 1)) {
      if (a.view !== b.view) continue;
      expect(Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)), `${a.key} and ${b.key}`).toBeGreaterThanOrEqual(MIN_GAP);
    }
  }
}

describe("layoutSites", () => {
  it("puts every site in exactly one view, the views holding the muscles the brief names", () => {
    const layout = layoutSites(everyAnchor);
    expect(layout.points.size).toBe(everyAnchor.length);
    expect([...layout.order].sort()).toEqual(everyAnchor.map((site) => site.key).sort());
    const inView = (view: ViewId) =>
      everyAnchor
        .filter((site) => point(layout, site.key).view === view)
        .map((site) => site.key)
        .sort();
    expect(inView("front")).toEqual(
      ["corrugator-left-1", "corrugator-right-1", "procerus-midline-1", "frontalis-left-1", "frontalis-left-2", "frontalis-right-1", "frontalis-right-2", "temporalis-left-1", "temporalis-right-1"].sort(),
    );
    expect(inView("right")).toEqual(["temporalis-right-2", "temporalis-right-3", "temporalis-right-4", "ftp-temporalis-right-1", "ftp-temporalis-right-2"].sort());
    expect(inView("left")).toEqual(["temporalis-left-2", "temporalis-left-3", "temporalis-left-4", "ftp-temporalis-left-1", "ftp-temporalis-left-2"].sort());
    expect(new Set(inView("back").map((key) => key.replace(/^ftp-/, "").split("-").slice(0, -2).join("-")))).toEqual(new Set(["occipitalis", "cervical-paraspinal", "trapezius"]));
  });

  it("keeps every hit square (44 x 44) inside its view and clear of the others, follow-the-pain sites at their limits included", () => {
    expectHitSquaresApart(layoutSites(everyAnchor));
    expectHitSquaresApart(layoutSites(initialSites()));
  });

  it("keeps the patient's left and right anatomically correct in every view", () => {
    const layout = layoutSites(everyAnchor);
    for (const site of everyAnchor) {
      const at = point(layout, site.key);
      if (site.side === "midline") expect(at.x).toBe(centre(at.view));
      else if (at.view === "front") expect(at.x > centre("front"), site.key).toBe(site.side === "left");
      else if (at.view === "back") expect(at.x < centre("back"), site.key).toBe(site.side === "left");
      else expect(at.view).toBe(site.side);
    }
  });

  it("places the sites where the PREEMPT diagrams put them", () => {
    const layout = layoutSites(everyAnchor);
    const y = (key: string) => point(layout, key).y;
    const d = (key: string) => Math.abs(point(layout, key).x - centre(point(layout, key).view));
    for (const side of ["left", "right"] as const) {
      // Frontalis above the corrugator, medial frontalis over it; the corrugator beside the procerus, a little above it.
      expect(y(`frontalis-${side}-1`)).toBeLessThan(y(`corrugator-${side}-1`));
      expect(d(`frontalis-${side}-1`)).toBe(d(`corrugator-${side}-1`));
      expect(d(`frontalis-${side}-2`)).toBeGreaterThan(d(`frontalis-${side}-1`));
      expect(y(`corrugator-${side}-1`)).toBeLessThan(y("procerus-midline-1"));
      // The anterior temporalis site at the temple, outside the brow sites.
      expect(d(`temporalis-${side}-1`)).toBeGreaterThan(d(`frontalis-${side}-2`));
      // Back: occipitalis above the neck, the neck above the shoulders; paraspinal close to the midline, trapezius out along the shoulder.
      for (const n of [1, 2, 3]) expect(y(`occipitalis-${side}-${n}`)).toBeLessThan(y(`cervical-paraspinal-${side}-1`));
      expect(y(`cervical-paraspinal-${side}-1`)).toBeLessThan(y(`cervical-paraspinal-${side}-2`));
      expect(y(`cervical-paraspinal-${side}-2`)).toBeLessThan(y(`trapezius-${side}-1`));
      expect(d(`cervical-paraspinal-${side}-1`)).toBeLessThan(d(`trapezius-${side}-1`));
      expect(d(`trapezius-${side}-1`)).toBeLessThan(d(`trapezius-${side}-2`));
      expect(d(`trapezius-${side}-2`)).toBeLessThan(d(`trapezius-${side}-3`));
    }
  });

  it("never moves an anchored site when others are added or removed", () => {
    const base = layoutSites(initialSites());
    const more = layoutSites(removeSite(addMany(initialSites(), [["trapezius", "left", 3]]), "ftp-trapezius-left-1"));
    for (const key of base.order) expect(point(more, key)).toEqual(point(base, key));
  });

  it("places sites past the anchors near their muscle, never exactly on another site", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ muscle: fc.constantFrom(...MUSCLES), side: fc.constantFrom(...SIDES), followThePain: fc.boolean() }), { maxLength: 30 }),
        (extras) => {
          const sites: MapSite[] = [...initialSites()];
          const counts = new Map<string, number>();
          for (const extra of extras) {
            const group = `${extra.followThePain ? "ftp-" : ""}${extra.muscle}-${extra.side}`;
            const number = (counts.get(group) ?? 0) + (extra.followThePain ? 1 : 10);
            counts.set(group, number);
            sites.push({ key: `${group}-${number}`, muscle: extra.muscle, side: extra.side, units: 5, followThePain: extra.followThePain });
          }
          const layout = layoutSites(sites);
          expect(layout.points.size).toBe(sites.length);
          const seen = new Set<string>();
          for (const at of layout.points.values()) {
            const place = `${at.view}:${at.x}:${at.y}`;
            expect(seen.has(place), place).toBe(false);
            seen.add(place);
            expect(at.x).toBeGreaterThanOrEqual(HIT_HALF);
            expect(at.x).toBeLessThanOrEqual(spec(at.view).width - HIT_HALF);
          }
        },
      ),
    );
  });

  it("keeps sites on the same side of the midline when a temporalis follow-the-pain site overflows", () => {
    const layout = layoutSites(addMany(initialSites(), [["temporalis", "left", 5]]));
    for (let n = 1; n <= 5; n += 1) expect(point(layout, `ftp-temporalis-left-${n}`).view).toBe("left");
  });

  it("orders sites view by view, each in rows top to bottom and left to right", () => {
    const order = layoutSites(initialSites()).order;
    expect(order.slice(0, 3)).toEqual(["temporalis-right-4", "temporalis-right-2", "temporalis-right-3"]);
    const front = order.filter((key) => point(layoutSites(initialSites()), key).view === "front");
    expect(front).toEqual([
      "frontalis-right-2",
      "frontalis-right-1",
      "frontalis-left-1",
      "frontalis-left-2",
      "temporalis-right-1",
      "corrugator-right-1",
      "procerus-midline-1",
      "corrugator-left-1",
      "temporalis-left-1",
    ]);
    expect(order.at(-1)).toBe("trapezius-right-3");
  });
});

describe("nextSiteKey", () => {
  const layout = layoutSites(initialSites());

  it("moves to the nearest site in that direction within the view", () => {
    expect(nextSiteKey(layout, "procerus-midline-1", "right")).toBe("corrugator-left-1");
    expect(nextSiteKey(layout, "procerus-midline-1", "left")).toBe("corrugator-right-1");
    expect(nextSiteKey(layout, "corrugator-left-1", "up")).toBe("frontalis-left-1");
    expect(nextSiteKey(layout, "frontalis-left-1", "down")).toBe("corrugator-left-1");
    expect(nextSiteKey(layout, "frontalis-right-1", "right")).toBe("frontalis-left-1");
    expect(nextSiteKey(layout, "cervical-paraspinal-left-1", "down")).toBe("cervical-paraspinal-left-2");
    expect(nextSiteKey(layout, "cervical-paraspinal-left-1", "right")).toBe("cervical-paraspinal-right-1");
    expect(nextSiteKey(layout, "trapezius-left-1", "left")).toBe("trapezius-left-2");
    expect(nextSiteKey(layout, "temporalis-left-2", "up")).toBe("temporalis-left-4");
  });

  it("goes on to the next view (right, down) or the previous one (left, up) from the last site that way", () => {
    expect(nextSiteKey(layout, "temporalis-left-1", "right")).toBe(layout.order.find((key) => point(layout, key).view === "left"));
    expect(nextSiteKey(layout, "temporalis-right-1", "left")).toBe([...layout.order].reverse().find((key) => point(layout, key).view === "right"));
    expect(nextSiteKey(layout, "procerus-midline-1", "down")).toBe(layout.order.find((key) => point(layout, key).view === "left"));
  });

  it("goes to the first and last site with Home and End, and stays at the ends", () => {
    expect(nextSiteKey(layout, "procerus-midline-1", "first")).toBe(layout.order[0]);
    expect(nextSiteKey(layout, "procerus-midline-1", "last")).toBe(layout.order.at(-1));
    expect(nextSiteKey(layout, layout.order.at(-1)!, "right")).toBe(layout.order.at(-1));
    expect(nextSiteKey(layout, layout.order.at(-1)!, "down")).toBe(layout.order.at(-1));
    expect(nextSiteKey(layout, layout.order[0]!, "up")).toBe(layout.order[0]);
    expect(nextSiteKey(layout, null, "right")).toBe(layout.order[0]);
    expect(nextSiteKey(layout, "gone", "left")).toBe(layout.order[0]);
    expect(nextSiteKey(layoutSites([]), null, "first")).toBeNull();
  });

  it("comes to rest in the last view (right, down) or the first (left, up) from any site by holding one arrow key, moving that way within a view", () => {
    const full = layoutSites(everyAnchor);
    const directions: MoveDirection[] = ["left", "right", "up", "down"];
    fc.assert(
      fc.property(fc.constantFrom(...full.order), fc.constantFrom(...directions), (start, direction) => {
        let key = start;
        let resting = false;
        for (let steps = 0; steps <= full.order.length && !resting; steps += 1) {
          const next = nextSiteKey(full, key, direction)!;
          const [a, b] = [point(full, key), point(full, next)];
          if (next === key) resting = true;
          else if (a.view === b.view) {
            const along = direction === "right" ? b.x - a.x : direction === "left" ? a.x - b.x : direction === "down" ? b.y - a.y : a.y - b.y;
            expect(along).toBeGreaterThan(0);
          } else {
            const step = VIEWS.findIndex((view) => view.id === b.view) - VIEWS.findIndex((view) => view.id === a.view);
            expect(step).toBe(direction === "right" || direction === "down" ? 1 : -1);
          }
          key = next;
        }
        expect(resting).toBe(true);
        expect(point(full, key).view).toBe(direction === "right" || direction === "down" ? "back" : "right");
      }),
    );
  });
});
