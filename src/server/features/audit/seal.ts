/**
 * Sealing (ADR 0016): events are inserted freely by every request, marked pending by a trigger;
 * this step takes the pending marks of one chain under that chain's lock and appends a link for
 * each event, in order: seq, event, previous hash, hash. Only sealing is serialised, per chain,
 * never the requests. It runs as a recurring job, and before `cephalog audit verify`.
 */
import type { Executor } from "../../shared/executor.ts";
import { canonicalEvent, GENESIS_HASH, linkHash } from "./chain-hash.ts";
import { ACCOUNT_CHAIN, chainHead, clinicChain, clinicsWithPending, insertLinks, lockChain, tablesOf, takePending, type ChainRef, type NewLink } from "./chain-store.ts";

/** Events linked per transaction: a large backlog (the first sealing of an old log) goes in parts. */
export const SEAL_BATCH = 2000;

/** Seals one chain's pending events; returns how many were linked. */
export async function sealChain(db: Executor, chain: ChainRef, now: Date): Promise<number> {
  let sealed = 0;
  for (;;) {
    const { marks, linked } = await db.transaction().execute(async (tx) => {
      await lockChain(tx, chain);
      const { marks, events } = await takePending(tx, chain, SEAL_BATCH);
      if (events.length === 0) return { marks, linked: 0 };
      const head = await chainHead(tx, chain);
      const format = tablesOf(chain).format;
      let prevHash = head?.hash ?? GENESIS_HASH;
      let seq = head?.seq ?? 0;
      const links: NewLink[] = events.map((event) => {
        seq += 1;
        const hash = linkHash(prevHash, seq, canonicalEvent(format, event.columns));
        const link = { seq, eventId: event.id, prevHash, hash };
        prevHash = hash;
        return link;
      });
      for (let start = 0; start < links.length; start += 500) await insertLinks(tx, chain, links.slice(start, start + 500), now.toISOString());
      return { marks, linked: links.length };
    });
    sealed += linked;
    if (marks === 0) return sealed;
  }
}

/** How many events each chain took in one sealing run, by chain name; chains with none are left out. */
export type SealCounts = Record<string, number>;

/** Seals every chain with pending events: each clinic's, then the account chain. */
export async function sealAuditChains(db: Executor, now: Date): Promise<SealCounts> {
  const counts: SealCounts = {};
  const chains = [...(await clinicsWithPending(db)).map(clinicChain), ACCOUNT_CHAIN];
  for (const chain of chains) {
    const sealed = await sealChain(db, chain, now);
    if (sealed > 0) counts[chain.name] = sealed;
  }
  return counts;
}
