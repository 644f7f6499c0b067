/** Writes an audit row inside the caller's transaction; ids and verbs only, never health data. */
import { v7 as uuidv7 } from "uuid";
import { insertAuditEvent } from "./audit-repository.ts";
import type { Executor } from "./executor.ts";

export async function audit(
  tx: Executor,
  at: Date,
  event: { clinicId: string; actorUserId: string | null; action: string; entity: string; entityId: string | null },
): Promise<void> {
  await insertAuditEvent(tx, { id: uuidv7(), at: at.toISOString(), ...event });
}
