/**
 * Which outbox entries a sync round sends, or why it sends none: the rules, apart from any
 * storage or network, so they read (and are tested) as the spec of the outbox.
 */
import { compareRevisions } from "#domain/shared/revision-order.ts";
import type { OutboxEntry } from "./outbox-entry.ts";

/**
 * What planning reads of an entry: the diary's revisions and the side-effect reports and
 * check-in answers (side-effects-outbox.ts) share these rules.
 */
export type PlannedEntry = Pick<OutboxEntry, "id" | "state" | "problem" | "retryAt"> & { readonly payload: { readonly recordedAt: string } };

const stampOf = (entry: PlannedEntry) => ({ recordedAt: entry.payload.recordedAt, id: entry.id });

export interface SyncConditions {
  readonly now: Date;
  /** Ignore the backoff: the app just opened, the network came back, or the person asked. */
  readonly force: boolean;
  /**
   * When the server last confirmed that the session is this patient's (ms since the epoch);
   * null while that is not known (opened offline, or another tab changed the sign-in and the
   * check is still running).
   */
  readonly sessionConfirmedAt: number | null;
}

export type SyncPlan<E extends PlannedEntry = OutboxEntry> =
  | { readonly kind: "send"; readonly entries: readonly E[] }
  /** A passing failure: the server is left alone until then. */
  | { readonly kind: "wait"; readonly until: string }
  /**
   * - `unconfirmed`: who is signed in is not known yet;
   * - `other-account`: the session belonged to another patient when last tried, and has not been confirmed as this one's since;
   * - `sign-in`: the session ended and nobody has signed in since.
   */
  | { readonly kind: "paused"; readonly reason: "unconfirmed" | "other-account" | "sign-in" };

/** Whether an entry is held for a new session: it failed for sign-in or another account after the last confirmation. */
function heldFor(entry: PlannedEntry, sessionConfirmedAt: number): "other-account" | "sign-in" | null {
  const kind = entry.problem?.kind;
  if (entry.state !== "needs-attention" || (kind !== "other-account" && kind !== "sign-in")) return null;
  const at = entry.problem?.at ? Date.parse(entry.problem.at) : Number.NEGATIVE_INFINITY;
  return at >= sessionConfirmedAt ? kind : null;
}

/** A refusal the server will repeat; one stored without its code may have been a passing failure. */
function isFinalRefusal(entry: PlannedEntry): boolean {
  return entry.problem?.kind === "refused" && entry.problem.code !== undefined;
}

/** Oldest save first, by the revision order the server applies (ADR 0013), so the newest lands last. */
function byRecordedAt(a: PlannedEntry, b: PlannedEntry): number {
  return compareRevisions(stampOf(a), stampOf(b));
}

/**
 * Plans one sync round: every entry not yet acknowledged, except answers the server refused,
 * oldest save first, unless the round must pause or back off.
 * @example planSync([pending("2026-07-20")], { now, force: false, sessionConfirmedAt: 1 }).kind // "send"
 */
export function planSync<E extends PlannedEntry>(entries: readonly E[], conditions: SyncConditions): SyncPlan<E> {
  const { sessionConfirmedAt, now, force } = conditions;
  const unsent = entries.filter((entry) => entry.state === "pending" || (entry.state === "needs-attention" && !isFinalRefusal(entry)));
  if (unsent.length === 0) return { kind: "send", entries: [] };
  if (sessionConfirmedAt === null) return { kind: "paused", reason: "unconfirmed" };
  // Another patient's session: nothing of this diary is sent under it, not even a new save.
  if (unsent.some((entry) => heldFor(entry, sessionConfirmedAt) === "other-account")) return { kind: "paused", reason: "other-account" };
  if (unsent.some((entry) => heldFor(entry, sessionConfirmedAt) === "sign-in")) return { kind: "paused", reason: "sign-in" };
  if (!force) {
    const waits = unsent.map((entry) => (entry.state === "pending" && entry.retryAt ? Date.parse(entry.retryAt) : 0));
    const until = Math.max(...waits);
    if (until > now.getTime()) return { kind: "wait", until: new Date(until).toISOString() };
  }
  return { kind: "send", entries: [...unsent].sort(byRecordedAt) };
}

/**
 * The entries the phone no longer needs: sent ones acknowledged more than `keepDays` ago, and
 * refused ones that a later sent revision of the same date replaced. Nothing unsent otherwise.
 * @example entriesToPrune([sentLongAgo, pending], now).length // 1
 */
export function entriesToPrune(entries: readonly OutboxEntry[], now: Date, keepDays = 30): string[] {
  const cutoff = now.getTime() - keepDays * 86_400_000;
  return entries
    .filter((entry) => {
      const sentLongAgo = entry.state === "sent" && entry.sentAt !== null && Date.parse(entry.sentAt) < cutoff;
      const replaced =
        entry.state === "needs-attention" &&
        entry.problem?.kind === "refused" &&
        entries.some((other) => other.date === entry.date && other.state === "sent" && compareRevisions(stampOf(other), stampOf(entry)) > 0);
      return sentLongAgo || replaced;
    })
    .map((entry) => entry.id);
}
