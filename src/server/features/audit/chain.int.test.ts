/**
 * The audit chains (ADR 0016) on both databases: sealing links every event once, in a chain that
 * verifies; the events and links are append-only in the database; and each way a database owner
 * could tamper (with the triggers off, as only an owner can) is found by verify: a changed, a
 * deleted or an inserted row, a link removed, inserted or swapped, and a whole chain rewritten
 * consistently, which only the external copy of its head catches. Each tampering happens in a
 * clinic of its own, so one chain's break never hides another's.
 */
import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Migrator } from "kysely/migration";
import { migrateToLatest, migrationFolderProvider } from "../../db/migrate.ts";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../../db/testing.ts";
import { recordAccountEvent, audit } from "../../shared/audit.ts";
import type { Executor } from "../../shared/executor.ts";
import { insertClinic } from "../setup/repository.ts";
import { canonicalEvent, GENESIS_HASH, linkHash } from "./chain-hash.ts";
import { chainHead, clinicChain } from "./chain-store.ts";
import { sealAuditChains, sealChain } from "./seal.ts";
import { verifyAuditChains, verifyChain } from "./verify.ts";

const AT = new Date("2026-12-07T09:00:00.000Z");

describe.each(testDatabaseKinds())("audit chains on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(() => t.close());

  async function clinicWithEvents(count: number): Promise<string> {
    const clinic = await insertClinic(t.db, { id: uuidv7(), name: "Chain Clinic", time_zone: "Europe/London" });
    for (let i = 0; i < count; i += 1) {
      await audit(t.db, new Date(AT.getTime() + i * 1000), { clinicId: clinic.id, actorUserId: null, action: "test.event", entity: "thing", entityId: String(i) });
    }
    return clinic.id;
  }

  /** Runs statements as a database owner would: with every trigger off (replica role), in one transaction. */
  async function asOwner(work: (tx: Executor) => Promise<void>): Promise<void> {
    await t.db.transaction().execute(async (tx) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(tx);
      await work(tx);
    });
  }

  const eventIdAt = async (clinicId: string, seq: number) =>
    (await sql<{ event_id: string }>`SELECT event_id::text AS event_id FROM audit_chain WHERE clinic_id = ${clinicId} AND seq = ${seq}`.execute(t.db)).rows[0]!.event_id;

  it("links every event once, in a chain that verifies, and prints its head", async () => {
    const clinicId = await clinicWithEvents(5);
    expect(await sealChain(t.db, clinicChain(clinicId), AT)).toBe(5);
    expect(await sealChain(t.db, clinicChain(clinicId), AT)).toBe(0);
    const report = await verifyChain(t.db, clinicChain(clinicId));
    expect(report).toMatchObject({ chain: clinicId, links: 5, pending: 0, break: null, head: { seq: 5 } });
    expect(report.head.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await chainHead(t.db, clinicChain(clinicId))).toEqual(report.head);
  });

  it("hashes each link over the previous hash, its seq and the event's canonical text (recomputed here by hand)", async () => {
    const clinicId = await clinicWithEvents(1);
    await sealChain(t.db, clinicChain(clinicId), AT);
    const event = await t.db.selectFrom("audit_events").selectAll().where("clinic_id", "=", clinicId).executeTakeFirstOrThrow();
    const canonical = canonicalEvent("audit_event/1", [clinicId, event.id, "2026-12-07T09:00:00.000000Z", null, "write", "test.event", "thing", "0", null, null, null, null]);
    expect((await chainHead(t.db, clinicChain(clinicId)))?.hash).toBe(linkHash(GENESIS_HASH, 1, canonical));
  });

  it("seals the account chain: sign-ins without a clinic", async () => {
    await recordAccountEvent(t.db, AT, { action: "sign-in.failed", userId: null });
    await recordAccountEvent(t.db, AT, { action: "session.started", userId: uuidv7() });
    const counts = await sealAuditChains(t.db, AT);
    expect(counts["accounts"]).toBeGreaterThanOrEqual(2);
    const accounts = (await verifyAuditChains(t.db)).chains.find((chain) => chain.chain === "accounts");
    expect(accounts).toMatchObject({ break: null, pending: 0 });
    expect(accounts?.head.seq).toBeGreaterThanOrEqual(2);
  });

  describe.each(["audit_events", "audit_chain", "account_events", "account_chain"])("%s is append-only", (table) => {
    it("refuses UPDATE, DELETE (even of no row) and TRUNCATE with a clear error, changing nothing", async () => {
      const clinicId = await clinicWithEvents(1);
      await recordAccountEvent(t.db, AT, { action: "sign-out", userId: null });
      await sealAuditChains(t.db, AT);
      const count = async () => Number((await sql<{ n: string }>`SELECT count(*)::text AS n FROM ${sql.table(table)}`.execute(t.db)).rows[0]?.n);
      const before = await count();
      const column = sql.ref(table.endsWith("_chain") ? "hash" : "action");
      await expect(sql`UPDATE ${sql.table(table)} SET ${column} = ${column}`.execute(t.db)).rejects.toMatchObject({
        code: "55000",
        message: `UPDATE on ${table} refused: the audit log is append-only`,
      });
      await expect(sql`DELETE FROM ${sql.table(table)}`.execute(t.db)).rejects.toMatchObject({ code: "55000", message: `DELETE on ${table} refused: the audit log is append-only` });
      await expect(sql`DELETE FROM ${sql.table(table)} WHERE false`.execute(t.db)).rejects.toMatchObject({ code: "55000" });
      await expect(sql`TRUNCATE ${sql.table(table)} CASCADE`.execute(t.db)).rejects.toMatchObject({ code: "55000" });
      expect(await count()).toBe(before);
      expect((await verifyChain(t.db, clinicChain(clinicId))).break).toBeNull();
    });
  });

  it("finds an event changed after sealing: changed, at its seq", async () => {
    const clinicId = await clinicWithEvents(4);
    await sealChain(t.db, clinicChain(clinicId), AT);
    const eventId = await eventIdAt(clinicId, 3);
    await asOwner((tx) => sql`UPDATE audit_events SET actor_user_id = ${uuidv7()} WHERE clinic_id = ${clinicId} AND id = ${eventId}`.execute(tx).then(() => undefined));
    const report = await verifyChain(t.db, clinicChain(clinicId));
    expect(report.break).toMatchObject({ seq: 3, reason: "changed" });
    expect(report.head.seq).toBe(2);
  });

  it("finds an event's time moved by a microsecond", async () => {
    const clinicId = await clinicWithEvents(2);
    await sealChain(t.db, clinicChain(clinicId), AT);
    const eventId = await eventIdAt(clinicId, 2);
    await asOwner((tx) => sql`UPDATE audit_events SET at = at + interval '1 microsecond' WHERE clinic_id = ${clinicId} AND id = ${eventId}`.execute(tx).then(() => undefined));
    expect((await verifyChain(t.db, clinicChain(clinicId))).break).toMatchObject({ seq: 2, reason: "changed" });
  });

  it("finds a deleted event: missing, at its link", async () => {
    const clinicId = await clinicWithEvents(4);
    await sealChain(t.db, clinicChain(clinicId), AT);
    const eventId = await eventIdAt(clinicId, 2);
    await asOwner((tx) => sql`DELETE FROM audit_events WHERE clinic_id = ${clinicId} AND id = ${eventId}`.execute(tx).then(() => undefined));
    expect((await verifyChain(t.db, clinicChain(clinicId))).break).toMatchObject({ seq: 2, reason: "missing", detail: `the event of link 2 (${eventId}) is gone` });
  });

  it("finds an event deleted with its link: missing links", async () => {
    const clinicId = await clinicWithEvents(4);
    await sealChain(t.db, clinicChain(clinicId), AT);
    const eventId = await eventIdAt(clinicId, 2);
    await asOwner(async (tx) => {
      await sql`DELETE FROM audit_chain WHERE clinic_id = ${clinicId} AND seq = 2`.execute(tx);
      await sql`DELETE FROM audit_events WHERE clinic_id = ${clinicId} AND id = ${eventId}`.execute(tx);
    });
    expect((await verifyChain(t.db, clinicChain(clinicId))).break).toMatchObject({ seq: 2, reason: "missing", detail: "link 2 is gone" });
  });

  it("finds the last links removed (the chain cut short) through the external copy of the head", async () => {
    const clinicId = await clinicWithEvents(3);
    await sealChain(t.db, clinicChain(clinicId), AT);
    const copied = (await chainHead(t.db, clinicChain(clinicId)))!;
    await asOwner((tx) => sql`DELETE FROM audit_chain WHERE clinic_id = ${clinicId} AND seq = 3`.execute(tx).then(() => undefined));
    const eventId = await sql<{ id: string }>`SELECT id::text AS id FROM audit_events e WHERE clinic_id = ${clinicId} AND NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.clinic_id = e.clinic_id AND c.event_id = e.id)`.execute(t.db);
    // Its event is now in neither the chain nor the pending marks: found even without the copy.
    expect((await verifyChain(t.db, clinicChain(clinicId))).break).toMatchObject({ seq: null, reason: "inserted", detail: expect.stringContaining(eventId.rows[0]!.id) });
    expect((await verifyChain(t.db, clinicChain(clinicId), [{ chain: clinicId, ...copied }])).break).toMatchObject({ seq: 3, reason: "missing" });
  });

  it("finds an event inserted around the application (triggers off): inserted", async () => {
    const clinicId = await clinicWithEvents(2);
    await sealChain(t.db, clinicChain(clinicId), AT);
    const forged = uuidv7();
    await asOwner((tx) =>
      sql`INSERT INTO audit_events (clinic_id, id, at, actor_user_id, action, entity, entity_id) VALUES (${clinicId}, ${forged}, ${AT.toISOString()}, NULL, 'test.event', 'thing', 'x')`.execute(tx).then(() => undefined),
    );
    await sealChain(t.db, clinicChain(clinicId), AT);
    expect((await verifyChain(t.db, clinicChain(clinicId))).break).toMatchObject({ seq: null, reason: "inserted", detail: expect.stringContaining(forged) });
  });

  it("finds a link inserted into the chain (later links shifted): out of order", async () => {
    const clinicId = await clinicWithEvents(4);
    await sealChain(t.db, clinicChain(clinicId), AT);
    const forged = uuidv7();
    await asOwner(async (tx) => {
      await sql`INSERT INTO audit_events (clinic_id, id, at, action, entity, entity_id) VALUES (${clinicId}, ${forged}, ${AT.toISOString()}, 'test.event', 'thing', 'x')`.execute(tx);
      await sql`UPDATE audit_chain SET seq = seq + 100 WHERE clinic_id = ${clinicId} AND seq >= 3`.execute(tx);
      await sql`UPDATE audit_chain SET seq = seq - 99 WHERE clinic_id = ${clinicId} AND seq >= 100`.execute(tx);
      const prev = (await sql<{ hash: string }>`SELECT hash FROM audit_chain WHERE clinic_id = ${clinicId} AND seq = 2`.execute(tx)).rows[0]!.hash;
      // The forger hashes their link properly; the next link still names the old link 2's hash... and so does theirs.
      await sql`INSERT INTO audit_chain (clinic_id, seq, event_id, prev_hash, hash, sealed_at) VALUES (${clinicId}, 3, ${forged}, ${prev}, ${"f".repeat(64)}, ${AT.toISOString()})`.execute(tx);
    });
    expect((await verifyChain(t.db, clinicChain(clinicId))).break).toMatchObject({ seq: 3, reason: "changed" });
    // Hashed properly, the link itself passes and the one after it no longer follows.
    const clinic2 = await clinicWithEvents(4);
    await sealChain(t.db, clinicChain(clinic2), AT);
    const forged2 = uuidv7();
    await asOwner(async (tx) => {
      await sql`INSERT INTO audit_events (clinic_id, id, at, action, entity, entity_id) VALUES (${clinic2}, ${forged2}, ${AT.toISOString()}, 'test.event', 'thing', 'x')`.execute(tx);
      await sql`UPDATE audit_chain SET seq = seq + 100 WHERE clinic_id = ${clinic2} AND seq >= 3`.execute(tx);
      await sql`UPDATE audit_chain SET seq = seq - 99 WHERE clinic_id = ${clinic2} AND seq >= 100`.execute(tx);
      const prev = (await sql<{ hash: string }>`SELECT hash FROM audit_chain WHERE clinic_id = ${clinic2} AND seq = 2`.execute(tx)).rows[0]!.hash;
      const columns = [clinic2, forged2, "2026-12-07T09:00:00.000000Z", null, "write", "test.event", "thing", "x", null, null, null, null];
      const hash = linkHash(prev, 3, canonicalEvent("audit_event/1", columns));
      await sql`INSERT INTO audit_chain (clinic_id, seq, event_id, prev_hash, hash, sealed_at) VALUES (${clinic2}, 3, ${forged2}, ${prev}, ${hash}, ${AT.toISOString()})`.execute(tx);
    });
    expect((await verifyChain(t.db, clinicChain(clinic2))).break).toMatchObject({ seq: 4, reason: "out-of-order" });
  });

  it("finds two links swapped: out of order", async () => {
    const clinicId = await clinicWithEvents(4);
    await sealChain(t.db, clinicChain(clinicId), AT);
    await asOwner(async (tx) => {
      await sql`UPDATE audit_chain SET seq = 100 WHERE clinic_id = ${clinicId} AND seq = 2`.execute(tx);
      await sql`UPDATE audit_chain SET seq = 2 WHERE clinic_id = ${clinicId} AND seq = 3`.execute(tx);
      await sql`UPDATE audit_chain SET seq = 3 WHERE clinic_id = ${clinicId} AND seq = 100`.execute(tx);
    });
    expect((await verifyChain(t.db, clinicChain(clinicId))).break).toMatchObject({ seq: 2, reason: "out-of-order" });
  });

  it("finds a pending event deleted before it was sealed: missing", async () => {
    const clinicId = await clinicWithEvents(1);
    const eventId = (await t.db.selectFrom("audit_events").select("id").where("clinic_id", "=", clinicId).executeTakeFirstOrThrow()).id;
    await asOwner((tx) => sql`DELETE FROM audit_events WHERE clinic_id = ${clinicId} AND id = ${eventId}`.execute(tx).then(() => undefined));
    await sealChain(t.db, clinicChain(clinicId), AT);
    expect((await verifyChain(t.db, clinicChain(clinicId))).break).toMatchObject({ seq: null, reason: "missing", detail: `event ${eventId} was deleted before it was sealed` });
  });

  it("passes a chain rewritten consistently from a changed event on, and the external copy of the head finds it", async () => {
    const clinicId = await clinicWithEvents(3);
    await sealChain(t.db, clinicChain(clinicId), AT);
    const copied = (await chainHead(t.db, clinicChain(clinicId)))!;
    const eventId = await eventIdAt(clinicId, 2);
    await asOwner(async (tx) => {
      await sql`UPDATE audit_events SET action = 'test.rewritten' WHERE clinic_id = ${clinicId} AND id = ${eventId}`.execute(tx);
      await sql`DELETE FROM audit_chain WHERE clinic_id = ${clinicId} AND seq >= 2`.execute(tx);
      await sql`INSERT INTO audit_pending (clinic_id, event_id) SELECT clinic_id, id FROM audit_events e WHERE clinic_id = ${clinicId}
        AND NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.clinic_id = e.clinic_id AND c.event_id = e.id)`.execute(tx);
    });
    await sealChain(t.db, clinicChain(clinicId), AT);
    expect((await verifyChain(t.db, clinicChain(clinicId))).break).toBeNull();
    const withCopy = await verifyChain(t.db, clinicChain(clinicId), [{ chain: clinicId, ...copied }]);
    expect(withCopy.break).toMatchObject({ seq: 3, reason: "changed", detail: expect.stringContaining("copy of the head") });
  });

  it("reports a copied head of a chain that is gone", async () => {
    const result = await verifyAuditChains(t.db, [{ chain: uuidv7(), seq: 4, hash: "a".repeat(64) }]);
    expect(result.ok).toBe(false);
    expect(result.chains.at(-1)?.break).toMatchObject({ reason: "missing", seq: 4 });
  });

  it("makes one valid chain from many concurrent writers and two sealers racing", async () => {
    const clinic = await insertClinic(t.db, { id: uuidv7(), name: "Busy Clinic", time_zone: "Europe/London" });
    const writes = Array.from({ length: 60 }, (_, i) =>
      t.db.transaction().execute((tx) => audit(tx, new Date(AT.getTime() + (i % 7) * 1000), { clinicId: clinic.id, actorUserId: null, action: "test.event", entity: "thing", entityId: String(i) })),
    );
    const sealers = [sealChain(t.db, clinicChain(clinic.id), AT), sealChain(t.db, clinicChain(clinic.id), AT)];
    await Promise.all([...writes, ...sealers]);
    await Promise.all([sealChain(t.db, clinicChain(clinic.id), AT), sealChain(t.db, clinicChain(clinic.id), AT)]);
    const report = await verifyChain(t.db, clinicChain(clinic.id));
    expect(report).toMatchObject({ break: null, links: 60, pending: 0 });
    const linked = await sql<{ n: string; distinct_events: string }>`SELECT count(*)::text AS n, count(DISTINCT event_id)::text AS distinct_events FROM audit_chain WHERE clinic_id = ${clinic.id}`.execute(t.db);
    expect(linked.rows[0]).toEqual({ n: "60", distinct_events: "60" });
  });
});

describe.each(testDatabaseKinds())("the audit chain migration on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind, { migrate: false });
  });
  afterAll(() => t.close());

  it("marks the writes recorded before it as pending, so the first sealing chains them and verify holds", async () => {
    const migrator = new Migrator({ db: t.db, provider: migrationFolderProvider });
    expect((await migrator.migrateTo("20261204120200_session_limits")).error).toBeUndefined();
    const clinicId = uuidv7();
    await sql`INSERT INTO clinics (id, name, time_zone) VALUES (${clinicId}, 'Old Clinic', 'Europe/London')`.execute(t.db);
    for (const action of ["clinic.created", "patient.created"]) {
      await sql`INSERT INTO audit_events (clinic_id, id, at, actor_user_id, action, entity, entity_id) VALUES (${clinicId}, ${uuidv7()}, ${AT.toISOString()}, NULL, ${action}, 'clinic', ${clinicId})`.execute(t.db);
    }
    expect(await migrateToLatest(t.db)).toContain("20261207120000_audit_chain");
    const old = await t.db.selectFrom("audit_events").select(["kind", "route", "patient_id"]).where("clinic_id", "=", clinicId).execute();
    expect(old).toEqual([{ kind: "write", route: null, patient_id: null }, { kind: "write", route: null, patient_id: null }]);
    expect(await sealChain(t.db, clinicChain(clinicId), AT)).toBe(2);
    expect(await verifyChain(t.db, clinicChain(clinicId))).toMatchObject({ links: 2, break: null });
  });
});
