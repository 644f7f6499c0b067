import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareRevisions, currentRevisions, latestRevision, type RevisionStamp } from "./revision-order.ts";

interface Rev extends RevisionStamp {
  readonly key: string;
}

const T0 = Date.UTC(2026, 6, 20);
/** Few keys, times and numbers, so ties of every kind happen often. */
const revArb: fc.Arbitrary<Rev> = fc.record({
  key: fc.constantFrom("2026-07-19", "2026-07-20", "2026-07-21"),
  revision: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  recordedAt: fc.integer({ min: 0, max: 3 }).map((n) => new Date(T0 + n * 1000).toISOString()),
  id: fc.uuid({ version: 7 }),
});
/** Revisions with unique ids (ids are unique in every store). */
const revsArb = fc.uniqueArray(revArb, { selector: (r) => r.id, maxLength: 12 });

const stamp = (r: RevisionStamp) => r;
const key = (r: Rev) => r.key;
const ids = (m: Map<string, Rev>) => [...m.entries()].map(([k, r]) => `${k}:${r.id}`).sort();

describe("the current revision (ADR 0013)", () => {
  it("takes the higher revision number even when it was recorded earlier", () => {
    const first = { revision: 1, recordedAt: "2026-07-20T09:00:00Z", id: "0190a000-0000-7000-8000-000000000002" };
    const second = { revision: 2, recordedAt: "2026-07-20T08:00:00Z", id: "0190a000-0000-7000-8000-000000000001" };
    expect(latestRevision([first, second], stamp)).toBe(second);
  });

  it("takes the later save of a clock-ordered record, then the larger id on the same instant", () => {
    const early = { recordedAt: "2026-07-20T08:00:00Z", id: "0190a000-0000-7000-8000-00000000000f" };
    const late = { recordedAt: "2026-07-20T10:00:00+01:00", id: "0190a000-0000-7000-8000-000000000001" };
    expect(latestRevision([late, early], stamp)).toBe(late);
    const twin = { recordedAt: "2026-07-20T09:00:00.000Z", id: "0190a000-0000-7000-8000-000000000002" };
    expect(compareRevisions(twin, late)).toBeGreaterThan(0);
    expect(compareRevisions({ ...twin, id: twin.id.toUpperCase() }, twin)).toBe(0);
  });

  it("is a total order: antisymmetric and transitive, 0 only for the same stamp", () => {
    fc.assert(
      fc.property(revArb, revArb, revArb, (a, b, c) => {
        expect(Math.sign(compareRevisions(a, b)) + Math.sign(compareRevisions(b, a))).toBe(0);
        if (compareRevisions(a, b) <= 0 && compareRevisions(b, c) <= 0) expect(compareRevisions(a, c)).toBeLessThanOrEqual(0);
        if (compareRevisions(a, b) === 0) expect(a.id).toBe(b.id);
      }),
    );
  });

  it("gives the same current revisions whatever order they arrive in", () => {
    fc.assert(
      fc.property(revsArb.chain((revs) => fc.tuple(fc.constant(revs), fc.shuffledSubarray(revs, { minLength: revs.length, maxLength: revs.length }))), ([revs, shuffled]) => {
        expect(ids(currentRevisions(shuffled, key, stamp))).toEqual(ids(currentRevisions(revs, key, stamp)));
      }),
    );
  });

  it("converges when two copies (the phone's and the server's) are merged in either direction", () => {
    fc.assert(
      fc.property(revsArb, revsArb, (phone, server) => {
        const merged = (a: Rev[], b: Rev[]) => currentRevisions([...currentRevisions(a, key, stamp).values(), ...currentRevisions(b, key, stamp).values()], key, stamp);
        expect(ids(merged(phone, server))).toEqual(ids(merged(server, phone)));
        expect(ids(merged(phone, server))).toEqual(ids(currentRevisions([...phone, ...server], key, stamp)));
      }),
    );
  });

  it("never takes a revision that another of the same record beats", () => {
    fc.assert(
      fc.property(revsArb, (revs) => {
        for (const [k, current] of currentRevisions(revs, key, stamp)) {
          for (const other of revs.filter((r) => r.key === k)) expect(compareRevisions(current, other)).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it("has no current revision among none", () => {
    expect(latestRevision([], stamp)).toBeUndefined();
    expect(currentRevisions([], key, stamp).size).toBe(0);
  });
});
