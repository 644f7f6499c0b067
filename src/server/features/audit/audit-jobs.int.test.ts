/**
 * The audit chains' recurring jobs (ADR 0016) on both databases: sealing every few minutes, and
 * once a day each chain's head (chain, seq, hash; nothing personal) written to the log and sent
 * to the syslog, matching what verify reports.
 */
import { createSocket } from "node:dgram";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../../db/testing.ts";
import { recurringJobs } from "../../jobs/handlers.ts";
import { composeDeps } from "../../compose-deps.ts";
import type { Log } from "../../shared/deps.ts";
import { makeClinic, makePatientWithAccount, testDeps } from "../../shared/test-support.ts";
import { AUDIT_HEAD_EVERY_MS, AUDIT_HEAD_QUEUE, AUDIT_SEAL_QUEUE, auditHeadHandler, auditSealHandler } from "./audit-jobs.ts";
import { verifyAuditChains } from "./verify.ts";

function capturingLog(): Log & { lines: { fields: object; message?: string | undefined }[] } {
  const lines: { fields: object; message?: string | undefined }[] = [];
  const push = (fields: object, message?: string) => void lines.push({ fields, message });
  return { lines, info: push, warn: push, error: push };
}

describe.each(testDatabaseKinds())("the audit jobs on %s", (kind) => {
  let t: TestDatabase;
  let world: { clinicId: string; patientName: string; email: string };
  beforeAll(async () => {
    t = await openTestDatabase(kind);
    const deps = testDeps(t.db);
    const clinic = await makeClinic(deps, "admin", "Head Clinic");
    const patient = await makePatientWithAccount(deps, clinic.clinicId, clinic.staff.userId, { name: "Hedda Private" });
    world = { clinicId: clinic.clinicId, patientName: "Hedda Private", email: patient.email };
  });
  afterAll(() => t.close());

  it("recur: sealing every 5 minutes, the heads daily", () => {
    expect(recurringJobs[AUDIT_SEAL_QUEUE]).toEqual({ everyMs: 5 * 60 * 1000 });
    expect(recurringJobs[AUDIT_HEAD_QUEUE]).toEqual({ everyMs: AUDIT_HEAD_EVERY_MS });
  });

  it("seals what was written, logging a count only", async () => {
    const log = capturingLog();
    await auditSealHandler(composeDeps(t.db, () => new Date(), log))();
    expect(log.lines).toEqual([{ fields: { queue: AUDIT_SEAL_QUEUE, sealed: expect.any(Number), chains: 2 }, message: "audit events sealed" }]);
    const pending = await t.db.selectFrom("audit_pending").select("event_id").execute();
    expect(pending).toEqual([]);
  });

  it("writes each chain's head to the log and the syslog, as verify sees it, with nothing personal", async () => {
    const server = createSocket("udp4");
    const received: string[] = [];
    await new Promise<void>((resolve) => server.bind(0, "127.0.0.1", resolve));
    const got = new Promise<void>((resolve) =>
      server.on("message", (message) => {
        received.push(message.toString("utf8"));
        if (received.length === 2) resolve();
      }),
    );
    try {
      const log = capturingLog();
      await auditHeadHandler(composeDeps(t.db, () => new Date(), log), { host: "127.0.0.1", port: server.address().port })();
      await got;
      const verified = await verifyAuditChains(t.db);
      const heads = verified.chains.filter((chain) => chain.head.seq > 0).map((chain) => ({ chain: chain.chain, seq: chain.head.seq, hash: chain.head.hash }));
      expect(heads.map((head) => head.chain).sort()).toEqual([world.clinicId, "accounts"].sort());
      expect(log.lines.map((line) => line.fields)).toEqual(expect.arrayContaining(heads.map((head) => ({ queue: AUDIT_HEAD_QUEUE, ...head }))));
      for (const head of heads) expect(received.some((message) => message.endsWith(` - audit-head - chain=${head.chain} seq=${head.seq} hash=${head.hash}`))).toBe(true);
      const everything = JSON.stringify(log.lines) + received.join("\n");
      expect(everything).not.toContain(world.patientName);
      expect(everything).not.toContain(world.email);
    } finally {
      server.close();
    }
  });

  it("still logs the heads when the syslog cannot be reached, and says so without data", async () => {
    const log = capturingLog();
    await auditHeadHandler(composeDeps(t.db, () => new Date(), log), { host: "syslog.invalid", port: 514 })();
    expect(log.lines.filter((line) => line.message === "audit chain head").length).toBeGreaterThan(0);
    expect(log.lines.at(-1)).toEqual({ fields: { queue: AUDIT_HEAD_QUEUE, failure: "Error" }, message: "audit heads not sent to the syslog" });
  });
});
