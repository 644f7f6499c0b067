/**
 * `cephalog audit verify [--head CHAIN:SEQ:HASH ...]`: seals the pending audit events, walks
 * every audit chain (each clinic's and the account chain), prints each chain's head and exits 0
 * when all hold; on a break prints the chain, the seq and why, and exits 1 (ADR 0016).
 */
import { parseArgs } from "node:util";
import { loadConfig } from "#server/config.ts";
import { openDatabase } from "#server/db/connect.ts";
import { sealAuditChains } from "#server/features/audit/seal.ts";
import { verifyAuditChains, type ChainReport, type ExpectedHead } from "#server/features/audit/verify.ts";
import { explainStartupError } from "#server/startup-errors.ts";

const HELP = `Usage: cephalog audit verify [--head CHAIN:SEQ:HASH ...]

Seals the audit events written since the last sealing into their chains, then checks every
chain (one per clinic, and one of sign-ins and other account events) link by link: an event
changed, deleted or inserted after it was sealed, or a link removed, inserted or moved, is a
break. Prints each chain's head (seq and hash) and exits 0 when every chain holds; otherwise
prints which chain broke, at which seq and why, and exits 1.

  --head CHAIN:SEQ:HASH   a head copied outside the database (the daily "audit chain head" log
                          line or syslog message; "chain=C seq=N hash=H" is read too): the link
                          at SEQ must still have HASH, which catches a chain rewritten whole.
                          May be given several times.

Uses DATABASE_URL when set, otherwise the embedded database in CEPHALOG_DATA (refused while a
running server holds that folder: the server seals every 5 minutes and logs the heads daily).`;

/**
 * A copied head, as `CHAIN:SEQ:HASH` or as the log line's `chain=C seq=N hash=H`; null when neither.
 * @example parseHead("accounts:12:" + "a".repeat(64)) // { chain: "accounts", seq: 12, hash: "aaaa…" }
 */
export function parseHead(text: string): ExpectedHead | null {
  const match = /^([0-9a-z-]+):(\d+):([0-9a-f]{64})$/i.exec(text.trim()) ?? /chain=([0-9a-z-]+)\s+seq=(\d+)\s+hash=([0-9a-f]{64})/i.exec(text);
  if (match === null) return null;
  const [, chain = "", seq = "", hash = ""] = match;
  return Number(seq) >= 1 ? { chain: chain.toLowerCase(), seq: Number(seq), hash: hash.toLowerCase() } : null;
}

/** The options, or a message saying which is wrong. */
export function parseVerifyArgs(args: readonly string[]): { heads: ExpectedHead[] } | string {
  const [sub, ...rest] = args;
  if (sub !== "verify") return sub === undefined ? "say what to do: cephalog audit verify" : `unknown audit command "${sub}"`;
  let values: { head?: string[] | undefined };
  try {
    values = parseArgs({ args: rest, options: { head: { type: "string", multiple: true } }, strict: true, allowPositionals: false }).values;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const heads: ExpectedHead[] = [];
  for (const text of values.head ?? []) {
    const head = parseHead(text);
    if (head === null) return `--head must be CHAIN:SEQ:HASH (a clinic id or "accounts", a seq from 1, a sha256 in hex), not "${text}"`;
    heads.push(head);
  }
  return { heads };
}

const REASON_WORDS = { changed: "changed", missing: "missing", "out-of-order": "out of order", inserted: "inserted" } as const;

/** One chain's line: its head when it holds, or where and why it broke. */
export function reportLine(report: ChainReport): string {
  const pending = report.pending > 0 ? ` (${report.pending} pending: written while this ran)` : "";
  if (report.break === null) return `ok      chain=${report.chain} seq=${report.head.seq} hash=${report.head.hash}${pending}`;
  const where = report.break.seq === null ? "outside the chain" : `at seq ${report.break.seq}`;
  return `BROKEN  chain=${report.chain} ${where}: ${REASON_WORDS[report.break.reason]}. ${report.break.detail}. Holds up to seq ${report.head.seq}.`;
}

export async function run(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(HELP);
    return 0;
  }
  const options = parseVerifyArgs(args);
  if (typeof options === "string") {
    console.error(`cephalog audit: ${options}\n\n${HELP}`);
    return 2;
  }
  try {
    const database = await openDatabase(loadConfig());
    try {
      const sealed = await sealAuditChains(database.db, new Date());
      const count = Object.values(sealed).reduce((sum, n) => sum + n, 0);
      console.log(count === 0 ? "No events waited to be sealed." : `Sealed ${count} event(s) into their chains.`);
      const verification = await verifyAuditChains(database.db, options.heads);
      for (const report of verification.chains) console.log(reportLine(report));
      const broken = verification.chains.filter((report) => report.break !== null).length;
      console.log(broken === 0 ? `Every audit chain holds (${verification.chains.length}).` : `${broken} of ${verification.chains.length} audit chains are broken.`);
      return broken === 0 ? 0 : 1;
    } finally {
      await database.close();
    }
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    console.error(code === "42P01" ? "This database has no audit chains yet: run `cephalog migrate` first." : explainStartupError(error));
    return 1;
  }
}
