/**
 * Verifying the audit chains (ADR 0016): walks every chain (each clinic's, then the account
 * chain) link by link and recomputes each hash from the event as it is now. Reads only, so a
 * database move can check a copy before and after; `cephalog audit verify` seals first.
 *
 * What is found, and how it is named:
 * - `changed`: an event, or a link's hash, is not what was sealed (or not what an external copy
 *   of the head says);
 * - `missing`: a link's event is gone, links are gone (a gap in seq), or a pending event was
 *   deleted before it was sealed;
 * - `out-of-order`: a link does not follow the one before it (inserted, moved or replaced);
 * - `inserted`: an event in neither the chain nor the pending marks, so written around the
 *   application (with triggers off).
 */
import type { Executor } from "../../shared/executor.ts";
import { canonicalEvent, GENESIS_HASH, linkHash } from "./chain-hash.ts";
import { ACCOUNT_CHAIN, clinicChain, clinicIds, linkAt, linksAfter, orphanMark, pendingCount, strayEvent, tablesOf, type ChainHead, type ChainRef } from "./chain-store.ts";

export type ChainBreakReason = "changed" | "missing" | "out-of-order" | "inserted";

export interface ChainBreak {
  /** The link where the chain stops being trustworthy; null for an event outside the chain. */
  readonly seq: number | null;
  readonly reason: ChainBreakReason;
  /** Why, in words; ids and numbers only. */
  readonly detail: string;
}

export interface ChainReport {
  /** The clinic's id, or `accounts`. */
  readonly chain: string;
  /** The last link that holds (seq 0 and the genesis hash while empty). */
  readonly head: ChainHead;
  /** Links walked that hold. */
  readonly links: number;
  /** Events waiting to be sealed. */
  readonly pending: number;
  /** The first break found, or null when the chain holds. */
  readonly break: ChainBreak | null;
}

/** A head copied outside the database (the daily log line, a syslog): `chain` at `seq` had `hash`. */
export interface ExpectedHead {
  readonly chain: string;
  readonly seq: number;
  readonly hash: string;
}

export interface AuditVerification {
  readonly ok: boolean;
  readonly chains: readonly ChainReport[];
}

const PAGE = 1000;

/** Walks one chain; the first break stops the walk (what follows cannot be trusted). */
export async function verifyChain(db: Executor, chain: ChainRef, expected: readonly ExpectedHead[] = []): Promise<ChainReport> {
  const format = tablesOf(chain).format;
  let head: ChainHead = { seq: 0, hash: GENESIS_HASH };
  let found: ChainBreak | null = null;
  walk: for (;;) {
    const page = await linksAfter(db, chain, head.seq, PAGE);
    for (const link of page) {
      const seq = head.seq + 1;
      if (link.seq !== seq) {
        found = { seq, reason: "missing", detail: link.seq - 1 === seq ? `link ${seq} is gone` : `links ${seq} to ${link.seq - 1} are gone` };
      } else if (link.prevHash !== head.hash) {
        found = { seq, reason: "out-of-order", detail: `link ${seq} does not follow link ${seq - 1}: a link was inserted, moved or replaced, or link ${seq - 1} was re-hashed` };
      } else if (link.columns === null) {
        found = { seq, reason: "missing", detail: `the event of link ${seq} (${link.eventId}) is gone` };
      } else if (linkHash(link.prevHash, seq, canonicalEvent(format, link.columns)) !== link.hash) {
        found = { seq, reason: "changed", detail: `the event of link ${seq} (${link.eventId}), or the link's hash, changed after it was sealed` };
      }
      if (found !== null) break walk;
      head = { seq, hash: link.hash };
    }
    if (page.length < PAGE) break;
  }
  if (found === null) found = await expectedHeadBreak(db, chain, expected.filter((copy) => copy.chain === chain.name));
  if (found === null) {
    const orphan = await orphanMark(db, chain);
    if (orphan !== null) found = { seq: null, reason: "missing", detail: `event ${orphan} was deleted before it was sealed` };
  }
  if (found === null) {
    const stray = await strayEvent(db, chain);
    if (stray !== null) found = { seq: null, reason: "inserted", detail: `event ${stray} is in neither the chain nor the pending marks: it was written around the application` };
  }
  return { chain: chain.name, head, links: head.seq, pending: await pendingCount(db, chain), break: found };
}

/** A break when a link no longer has the hash an external copy of the head recorded. */
async function expectedHeadBreak(db: Executor, chain: ChainRef, copies: readonly ExpectedHead[]): Promise<ChainBreak | null> {
  for (const copy of copies) {
    const link = await linkAt(db, chain, copy.seq);
    if (link === undefined) return { seq: copy.seq, reason: "missing", detail: `link ${copy.seq}, whose hash was copied outside the database, is gone` };
    if (link.hash !== copy.hash) return { seq: copy.seq, reason: "changed", detail: `link ${copy.seq} differs from the copy of the head kept outside the database: the chain was rewritten` };
  }
  return null;
}

/**
 * Verifies every chain: each clinic's and the account chain. Reads only (seal first to include
 * the newest events). `expected` are heads copied outside the database, checked as well.
 */
export async function verifyAuditChains(db: Executor, expected: readonly ExpectedHead[] = []): Promise<AuditVerification> {
  const chains = [...(await clinicIds(db)).map(clinicChain), ACCOUNT_CHAIN];
  const reports: ChainReport[] = [];
  for (const chain of chains) reports.push(await verifyChain(db, chain, expected));
  // A copied head of a chain that is no longer here (a clinic's whole log removed) is a break too.
  for (const copy of expected.filter((candidate) => !chains.some((chain) => chain.name === candidate.chain))) {
    reports.push({ chain: copy.chain, head: { seq: 0, hash: GENESIS_HASH }, links: 0, pending: 0, break: { seq: copy.seq, reason: "missing", detail: "this chain, whose head was copied outside the database, is gone" } });
  }
  return { ok: reports.every((report) => report.break === null), chains: reports };
}
