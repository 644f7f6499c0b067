/**
 * The queries of the audit chains (ADR 0016), one shape for both kinds of chain: each clinic's
 * (`audit_events`, `audit_pending`, `audit_chain`, keyed by clinic) and the global account chain
 * (`account_events`, `account_pending`, `account_chain`). Raw SQL, so that each event's columns
 * come back as the database prints them (the canonical text must not depend on the driver).
 */
import { sql, type RawBuilder } from "kysely";
import type { Executor } from "../../shared/executor.ts";

/** One chain: a clinic's, or the account chain. */
export interface ChainRef {
  /** The clinic's id, or `accounts`. */
  readonly name: string;
  readonly clinicId: string | null;
}

export const ACCOUNT_CHAIN: ChainRef = { name: "accounts", clinicId: null };

export const clinicChain = (clinicId: string): ChainRef => ({ name: clinicId, clinicId });

interface Tables {
  readonly events: string;
  readonly pending: string;
  readonly links: string;
  /** The canonical format's name and its columns, in order. */
  readonly format: string;
  readonly columns: readonly string[];
}

const CLINIC_TABLES: Tables = {
  events: "audit_events",
  pending: "audit_pending",
  links: "audit_chain",
  format: "audit_event/1",
  columns: ["clinic_id", "id", "at", "actor_user_id", "kind", "action", "entity", "entity_id", "patient_id", "route", "method", "ip"],
};

const ACCOUNT_TABLES: Tables = {
  events: "account_events",
  pending: "account_pending",
  links: "account_chain",
  format: "account_event/1",
  columns: ["id", "at", "user_id", "action", "route", "method", "ip"],
};

export const tablesOf = (chain: ChainRef): Tables => (chain.clinicId === null ? ACCOUNT_TABLES : CLINIC_TABLES);

/** `alias.clinic_id = <clinic>` for a clinic's chain; `true` for the account chain. */
function inChain(chain: ChainRef, alias: string): RawBuilder<unknown> {
  return chain.clinicId === null ? sql`true` : sql`${sql.ref(`${alias}.clinic_id`)} = ${chain.clinicId}`;
}

/** Each canonical column of `e` as text: instants to the microsecond in UTC, ids as text. */
function canonicalSelect(tables: Tables): RawBuilder<unknown> {
  return sql.join(
    tables.columns.map((column) =>
      column === "at"
        ? sql`to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS ${sql.id(`c_${column}`)}`
        : sql`${sql.ref(`e.${column}`)}::text AS ${sql.id(`c_${column}`)}`,
    ),
  );
}

/** The canonical columns of a row selected with canonicalSelect, in order. */
export function canonicalColumnsOf(tables: Tables, row: Record<string, unknown>): (string | null)[] {
  return tables.columns.map((column) => {
    const value = row[`c_${column}`];
    return typeof value === "string" ? value : null;
  });
}

/** The clinics with a chain or something to seal, and every clinic (for verify). */
export async function clinicIds(db: Executor): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`SELECT id::text AS id FROM clinics ORDER BY id`.execute(db);
  return rows.map((row) => row.id);
}

export async function clinicsWithPending(db: Executor): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`SELECT DISTINCT clinic_id::text AS id FROM audit_pending ORDER BY 1`.execute(db);
  return rows.map((row) => row.id);
}

/** Holds the chain's sealing lock until the transaction ends: one sealer per chain at a time. */
export async function lockChain(tx: Executor, chain: ChainRef): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`cephalog.audit_chain.${chain.name}`}, 0))`.execute(tx);
}

/**
 * Takes up to `limit` pending marks whose events exist (a mark whose event is gone stays, for
 * verify to report); returns the events' canonical rows in the order they are to be linked,
 * leaving out events already linked (a copied database marks them again).
 */
export async function takePending(tx: Executor, chain: ChainRef, limit: number): Promise<{ marks: number; events: { id: string; columns: (string | null)[] }[] }> {
  const t = tablesOf(chain);
  const taken = await sql<{ event_id: string }>`
    DELETE FROM ${sql.table(t.pending)} AS p
    WHERE ${inChain(chain, "p")} AND p.event_id IN (
      SELECT q.event_id FROM ${sql.table(t.pending)} AS q JOIN ${sql.table(t.events)} AS e ON e.id = q.event_id AND ${inChain(chain, "e")}
      WHERE ${inChain(chain, "q")} LIMIT ${limit})
    RETURNING p.event_id::text AS event_id`.execute(tx);
  if (taken.rows.length === 0) return { marks: 0, events: [] };
  const ids = taken.rows.map((row) => row.event_id);
  const { rows } = await sql<Record<string, unknown>>`
    SELECT e.id::text AS event_id, ${canonicalSelect(t)} FROM ${sql.table(t.events)} AS e
    WHERE ${inChain(chain, "e")} AND e.id IN (${sql.join(ids)})
      AND NOT EXISTS (SELECT 1 FROM ${sql.table(t.links)} AS c WHERE c.event_id = e.id AND ${inChain(chain, "c")})
    ORDER BY e.at, e.id`.execute(tx);
  return { marks: ids.length, events: rows.map((row) => ({ id: String(row["event_id"]), columns: canonicalColumnsOf(t, row) })) };
}

export interface ChainHead {
  readonly seq: number;
  readonly hash: string;
}

/** The chain's last link, or null while it is empty. */
export async function chainHead(db: Executor, chain: ChainRef): Promise<ChainHead | null> {
  const t = tablesOf(chain);
  const { rows } = await sql<{ seq: string; hash: string }>`
    SELECT c.seq::text AS seq, c.hash FROM ${sql.table(t.links)} AS c WHERE ${inChain(chain, "c")} ORDER BY c.seq DESC LIMIT 1`.execute(db);
  const row = rows[0];
  return row === undefined ? null : { seq: Number(row.seq), hash: row.hash };
}

export interface NewLink {
  readonly seq: number;
  readonly eventId: string;
  readonly prevHash: string;
  readonly hash: string;
}

export async function insertLinks(tx: Executor, chain: ChainRef, links: readonly NewLink[], sealedAt: string): Promise<void> {
  if (links.length === 0) return;
  const t = tablesOf(chain);
  const columns = chain.clinicId === null ? sql`seq, event_id, prev_hash, hash, sealed_at` : sql`clinic_id, seq, event_id, prev_hash, hash, sealed_at`;
  const values = links.map((link) =>
    chain.clinicId === null
      ? sql`(${link.seq}, ${link.eventId}, ${link.prevHash}, ${link.hash}, ${sealedAt})`
      : sql`(${chain.clinicId}, ${link.seq}, ${link.eventId}, ${link.prevHash}, ${link.hash}, ${sealedAt})`,
  );
  await sql`INSERT INTO ${sql.table(t.links)} (${columns}) VALUES ${sql.join(values)}`.execute(tx);
}

export interface StoredLink {
  readonly seq: number;
  readonly eventId: string;
  readonly prevHash: string;
  readonly hash: string;
  /** The event's canonical columns, or null when the event is gone. */
  readonly columns: (string | null)[] | null;
}

/** Up to `limit` links after `afterSeq`, in order, each with its event (null when gone). */
export async function linksAfter(db: Executor, chain: ChainRef, afterSeq: number, limit: number): Promise<StoredLink[]> {
  const t = tablesOf(chain);
  const { rows } = await sql<Record<string, unknown>>`
    SELECT c.seq::text AS seq, c.event_id::text AS event_id, c.prev_hash, c.hash, e.id IS NOT NULL AS found, ${canonicalSelect(t)}
    FROM ${sql.table(t.links)} AS c
    LEFT JOIN ${sql.table(t.events)} AS e ON e.id = c.event_id AND ${inChain(chain, "e")}
    WHERE ${inChain(chain, "c")} AND c.seq > ${afterSeq}
    ORDER BY c.seq LIMIT ${limit}`.execute(db);
  return rows.map((row) => ({
    seq: Number(row["seq"]),
    eventId: String(row["event_id"]),
    prevHash: String(row["prev_hash"]),
    hash: String(row["hash"]),
    columns: row["found"] === true ? canonicalColumnsOf(t, row) : null,
  }));
}

/** The link at `seq`, or undefined. */
export async function linkAt(db: Executor, chain: ChainRef, seq: number): Promise<{ hash: string } | undefined> {
  const t = tablesOf(chain);
  const { rows } = await sql<{ hash: string }>`SELECT c.hash FROM ${sql.table(t.links)} AS c WHERE ${inChain(chain, "c")} AND c.seq = ${seq}`.execute(db);
  return rows[0];
}

/** An event in neither the chain nor the pending marks: inserted around the application's trigger. */
export async function strayEvent(db: Executor, chain: ChainRef): Promise<string | null> {
  const t = tablesOf(chain);
  const { rows } = await sql<{ id: string }>`
    SELECT e.id::text AS id FROM ${sql.table(t.events)} AS e
    WHERE ${inChain(chain, "e")}
      AND NOT EXISTS (SELECT 1 FROM ${sql.table(t.links)} AS c WHERE c.event_id = e.id AND ${inChain(chain, "c")})
      AND NOT EXISTS (SELECT 1 FROM ${sql.table(t.pending)} AS p WHERE p.event_id = e.id AND ${inChain(chain, "p")})
    ORDER BY e.at, e.id LIMIT 1`.execute(db);
  return rows[0]?.id ?? null;
}

/** A pending mark whose event is gone: deleted before it was sealed. */
export async function orphanMark(db: Executor, chain: ChainRef): Promise<string | null> {
  const t = tablesOf(chain);
  const { rows } = await sql<{ id: string }>`
    SELECT p.event_id::text AS id FROM ${sql.table(t.pending)} AS p
    WHERE ${inChain(chain, "p")} AND NOT EXISTS (SELECT 1 FROM ${sql.table(t.events)} AS e WHERE e.id = p.event_id AND ${inChain(chain, "e")})
    LIMIT 1`.execute(db);
  return rows[0]?.id ?? null;
}

/** Marks not sealed yet (their transaction committed after the last sealing). */
export async function pendingCount(db: Executor, chain: ChainRef): Promise<number> {
  const t = tablesOf(chain);
  const { rows } = await sql<{ n: string }>`SELECT count(*)::text AS n FROM ${sql.table(t.pending)} AS p WHERE ${inChain(chain, "p")}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}
