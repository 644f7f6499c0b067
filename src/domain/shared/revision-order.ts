/**
 * Which revision of a clinical record is current: the one ordering rule of the record kit
 * (ADR 0013), shared by the server's current views and the phone's merge of its own saves with
 * the server's, so the two always agree on what a record says.
 *
 * 1. A higher revision number wins. Records amended at the clinic are numbered 1, 2, ... under a
 *    lock on the server, so their order never depends on anyone's clock. A record is numbered or
 *    not, never both; an absent number counts as 0, which keeps the order total regardless.
 * 2. Otherwise (diary days are saved offline on a phone and carry no number) the later
 *    `recordedAt`, the instant the person saved it, wins.
 * 3. Otherwise the larger id wins: ids are UUIDv7, time-ordered, so the later-made revision;
 *    and any two servers or phones break the tie the same way.
 */
import { compareInstants } from "./instant.ts";

/** What a revision is ordered by. `revision` is absent (or null) for clock-ordered records. */
export interface RevisionStamp {
  readonly revision?: number | null | undefined;
  readonly recordedAt: string;
  readonly id: string;
}

/**
 * Orders two revisions of one record: negative when `a` is older than `b`, positive when newer,
 * 0 only for the same revision (same number, instant and id).
 * @example compareRevisions({ revision: 2, recordedAt: "2026-07-20T08:00:00Z", id: "a" }, { revision: 1, recordedAt: "2026-07-20T09:00:00Z", id: "b" }) // 1
 * @example compareRevisions({ recordedAt: "2026-07-20T08:00:00Z", id: "b" }, { recordedAt: "2026-07-20T08:00:00Z", id: "a" }) // 1
 */
export function compareRevisions(a: RevisionStamp, b: RevisionStamp): number {
  const byNumber = (a.revision ?? 0) - (b.revision ?? 0);
  if (byNumber !== 0) return byNumber;
  const byTime = compareInstants(a.recordedAt, b.recordedAt);
  if (byTime !== 0) return byTime;
  const aid = a.id.toLowerCase();
  const bid = b.id.toLowerCase();
  return aid < bid ? -1 : aid > bid ? 1 : 0;
}

/**
 * The current (newest) of some revisions of one record; undefined for none.
 * @example latestRevision([{ recordedAt: "2026-07-20T08:00:00Z", id: "a" }, { recordedAt: "2026-07-20T09:00:00Z", id: "b" }], (r) => r)?.id // "b"
 */
export function latestRevision<T>(revisions: readonly T[], stampOf: (item: T) => RevisionStamp): T | undefined {
  let latest: T | undefined;
  for (const item of revisions) {
    if (latest === undefined || compareRevisions(stampOf(item), stampOf(latest)) > 0) latest = item;
  }
  return latest;
}

/**
 * The current revision of each record among revisions of many, by the record's key: whatever
 * order they arrive in, and however sets of them are merged, the same ones come out.
 * @example currentRevisions([{ day: "d1", recordedAt: "2026-07-20T08:00:00Z", id: "a" }, { day: "d1", recordedAt: "2026-07-20T09:00:00Z", id: "b" }], (r) => r.day, (r) => r).get("d1")?.id // "b"
 */
export function currentRevisions<T>(revisions: readonly T[], keyOf: (item: T) => string, stampOf: (item: T) => RevisionStamp): Map<string, T> {
  const current = new Map<string, T>();
  for (const item of revisions) {
    const key = keyOf(item);
    const known = current.get(key);
    if (known === undefined || compareRevisions(stampOf(item), stampOf(known)) > 0) current.set(key, item);
  }
  return current;
}
