/** A clinic's settings: the eligibility policy its assessments use (ADR 0010). */
import type { ClinicSettings } from "#contracts/api/clinic-settings.ts";
import { DEFAULT_OPERATIONS, type OperationalSettings } from "#domain/shared/operations.ts";
import type { PlainDate } from "#domain/shared/plain-date.ts";
import type { PolicyId } from "#domain/shared/record.ts";
import { localDateAt } from "../../shared/time-zone.ts";
import { AppError } from "../../app-error.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { findClinicPolicy, updateClinicPolicy } from "./repository.ts";

const NO_SUCH_CLINIC = () => new AppError("not_found", "No such clinic.");

/** The clinic's operational settings (src/domain/shared/operations.ts): its changes over the defaults. */
export async function clinicOperations(db: Executor, clinicId: string): Promise<OperationalSettings> {
  const row = await db.selectFrom("clinics").select("operations").where("id", "=", clinicId).executeTakeFirst();
  if (row === undefined) throw NO_SUCH_CLINIC();
  const changed = Object.fromEntries(Object.entries(row.operations).filter(([key, value]) => key in DEFAULT_OPERATIONS && typeof value === "number"));
  return { ...DEFAULT_OPERATIONS, ...changed };
}

/** The clinic's time zone and today there (sessions and visits are dated in it). */
export async function clinicToday(db: Executor, clinicId: string, now: Date): Promise<{ timeZone: string; today: PlainDate }> {
  const row = await db.selectFrom("clinics").select("time_zone").where("id", "=", clinicId).executeTakeFirst();
  if (row === undefined) throw NO_SUCH_CLINIC();
  return { timeZone: row.time_zone, today: localDateAt(now, row.time_zone) };
}

/** The policy a clinic's assessments use unless a request names another. */
export async function clinicPolicy(db: Executor, clinicId: string): Promise<PolicyId> {
  const policy = await findClinicPolicy(db, clinicId);
  if (policy === undefined) throw NO_SUCH_CLINIC();
  return policy;
}

export async function clinicSettings(deps: ServiceDeps, clinicId: string): Promise<ClinicSettings> {
  return { policy: await clinicPolicy(deps.db, clinicId) };
}

/** Changes the clinic's settings, with an audit row naming who (never what: the row has ids and verbs only). */
export async function updateClinicSettings(deps: ServiceDeps, clinicId: string, actorUserId: string, input: ClinicSettings): Promise<ClinicSettings> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    if (!(await updateClinicPolicy(tx, clinicId, input.policy))) throw NO_SUCH_CLINIC();
    await audit(tx, now, { clinicId, actorUserId, action: "clinic.settings_updated", entity: "clinic", entityId: clinicId });
    return { policy: input.policy };
  });
}
