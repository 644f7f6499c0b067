/**
 * The check after a restore or a move, beyond the per-table counts and digests the copy itself
 * verified: the audit chains (ADR 0016) must hold in the copy, link by link, and after a move
 * each chain must end where the source's ends (its head copied from the source and checked).
 */
import type { Kysely } from "kysely";
import type { Database } from "#server/db/schema.ts";
import { verifyAuditChains, type AuditVerification, type ExpectedHead } from "#server/features/audit/verify.ts";

/** What the audit-chain check found, in one line for the terminal. */
export interface AuditChainCheck {
  readonly ok: boolean;
  readonly message: string;
}

/** The heads of the source's chains, for checking the copy against them. */
export async function auditChainHeads(db: Kysely<Database>): Promise<ExpectedHead[]> {
  const source = await verifyAuditChains(db);
  return source.chains.filter((chain) => chain.links > 0).map((chain) => ({ chain: chain.chain, seq: chain.head.seq, hash: chain.head.hash }));
}

/** Verifies the copied database's audit chains (against the source's heads, when given). */
export async function checkAuditChain(db: Kysely<Database>, sourceHeads: readonly ExpectedHead[] = []): Promise<AuditChainCheck> {
  return describe(await verifyAuditChains(db, sourceHeads));
}

function describe(verification: AuditVerification): AuditChainCheck {
  const links = verification.chains.reduce((sum, chain) => sum + chain.links, 0);
  const pending = verification.chains.reduce((sum, chain) => sum + chain.pending, 0);
  if (verification.ok) return { ok: true, message: `Audit chain: verified (${verification.chains.length} chain(s), ${links} link(s), ${pending} event(s) waiting to be sealed).` };
  const broken = verification.chains.find((chain) => chain.break !== null);
  const where = broken?.break?.seq === null || broken?.break?.seq === undefined ? "" : ` at link ${broken.break.seq}`;
  return { ok: false, message: `Audit chain: BROKEN in chain ${broken?.chain ?? "?"}${where}: ${broken?.break?.reason ?? "?"} (${broken?.break?.detail ?? ""}).` };
}
