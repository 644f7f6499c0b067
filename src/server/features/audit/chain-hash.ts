/**
 * The hash of one link of an audit chain (ADR 0016): sha256 over the previous link's hash, the
 * link's place and the event in a canonical text. The canonical text is built here from the
 * columns as the database prints them (timestamps to the microsecond, in UTC), so it is the same
 * on PGlite and PostgreSQL, before and after a database move.
 */
import { createHash } from "node:crypto";

/** The previous hash of the first link of every chain. */
export const GENESIS_HASH = "0".repeat(64);

/** An event's canonical columns, each as text or null, in the chain's column order. */
export type CanonicalColumns = readonly (string | null)[];

/**
 * The canonical text of an event: a JSON array led by the format's name.
 * @example canonicalEvent("account_event/1", ["e1", "2026-12-07T09:00:00.000000Z", null]) // '["account_event/1","e1","2026-12-07T09:00:00.000000Z",null]'
 */
export function canonicalEvent(format: string, columns: CanonicalColumns): string {
  return JSON.stringify([format, ...columns]);
}

/**
 * The hash of the link at `seq` holding the event `canonical`, after the link whose hash is `prevHash`.
 * @example linkHash(GENESIS_HASH, 1, '["account_event/1"]').length // 64
 */
export function linkHash(prevHash: string, seq: number, canonical: string): string {
  return createHash("sha256").update(`${prevHash}\n${seq}\n${canonical}`, "utf8").digest("hex");
}
