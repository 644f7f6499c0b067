/**
 * The audit chains' recurring jobs (ADR 0008, 0012, 0016):
 * - `audit-seal`, every 5 minutes: links the events written since into their chains;
 * - `audit-head`, daily: seals, then writes each chain's head (chain, seq, hash: a clinic id, a
 *   number and a hash, no personal data) to the log, and to a syslog when AUDIT_SYSLOG is set.
 *   That copy outside the database is what catches an owner who rewrites a chain consistently
 *   (docs/security.md, "Audit of every access").
 */
import type { ServiceDeps } from "../../shared/deps.ts";
import { ACCOUNT_CHAIN, chainHead, clinicChain, clinicIds } from "./chain-store.ts";
import { sealAuditChains } from "./seal.ts";
import { sendSyslog, type SyslogTarget } from "./syslog.ts";

export const AUDIT_SEAL_QUEUE = "audit-seal";
export const AUDIT_SEAL_EVERY_MS = 5 * 60 * 1000;
export const AUDIT_HEAD_QUEUE = "audit-head";
export const AUDIT_HEAD_EVERY_MS = 24 * 60 * 60 * 1000;

type JobHandler = () => Promise<void>;

/** The `audit-seal` job: one sealing run, logged as the number of events linked. */
export function auditSealHandler(deps: ServiceDeps): JobHandler {
  return async () => {
    const counts = await sealAuditChains(deps.db, deps.clock());
    const sealed = Object.values(counts).reduce((sum, count) => sum + count, 0);
    if (sealed > 0) deps.log.info({ queue: AUDIT_SEAL_QUEUE, sealed, chains: Object.keys(counts).length }, "audit events sealed");
  };
}

export interface PublishedHead {
  readonly chain: string;
  readonly seq: number;
  readonly hash: string;
}

/** Seals, then the head of every chain that has links: each clinic's and the account chain. */
export async function currentHeads(deps: ServiceDeps): Promise<PublishedHead[]> {
  await sealAuditChains(deps.db, deps.clock());
  const heads: PublishedHead[] = [];
  for (const chain of [...(await clinicIds(deps.db)).map(clinicChain), ACCOUNT_CHAIN]) {
    const head = await chainHead(deps.db, chain);
    if (head !== null) heads.push({ chain: chain.name, ...head });
  }
  return heads;
}

/** The line a head is written as, to the log and the syslog; `cephalog audit verify --head` reads it back. */
export const headText = (head: PublishedHead): string => `chain=${head.chain} seq=${head.seq} hash=${head.hash}`;

/** The `audit-head` job: each head to the log and, when set, the syslog. */
export function auditHeadHandler(deps: ServiceDeps, syslog: SyslogTarget | null): JobHandler {
  return async () => {
    const heads = await currentHeads(deps);
    for (const head of heads) deps.log.info({ queue: AUDIT_HEAD_QUEUE, chain: head.chain, seq: head.seq, hash: head.hash }, "audit chain head");
    if (syslog === null || heads.length === 0) return;
    try {
      await sendSyslog(syslog, deps.clock(), AUDIT_HEAD_QUEUE, heads.map(headText));
    } catch (error) {
      // The heads are in the log already; the next day's run tries the syslog again.
      deps.log.warn({ queue: AUDIT_HEAD_QUEUE, failure: error instanceof Error ? error.name : typeof error }, "audit heads not sent to the syslog");
    }
  };
}
