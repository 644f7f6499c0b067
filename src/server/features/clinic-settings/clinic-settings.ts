/** A clinic's settings: the eligibility policy its assessments use (ADR 0010), and whether its staff need two-factor sign-in. */
import type { ClinicSettings, UpdateClinicSettingsBody } from "#contracts/api/clinic-settings.ts";
import { DEFAULT_OPERATIONS, type OperationalSettings } from "#domain/shared/operations.ts";
import type { PlainDate } from "#domain/shared/plain-date.ts";
import type { PolicyId } from "#domain/shared/record.ts";
import { defaultEmergencyNumber } from "#domain/triage/emergency-number.ts";
import { localDateAt } from "../../shared/time-zone.ts";
import { AppError } from "../../app-error.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { findUserById } from "../auth/users-repository.ts";
import { findClinicContact, findClinicPolicy, findTwoFactorRequired, updateClinicContact, updateClinicPolicy, updateTwoFactorRequired } from "./repository.ts";

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

/** What a clinic's patients are shown: its name, emergency number (its own, else its zone's default, issue 8) and phone. */
export interface ClinicContact {
  readonly name: string;
  readonly timeZone: string;
  readonly emergencyNumber: string;
  readonly emergencyNumberIsDefault: boolean;
  readonly clinicPhone: string | null;
}

export async function clinicContact(db: Executor, clinicId: string): Promise<ClinicContact> {
  const row = await findClinicContact(db, clinicId);
  if (row === undefined) throw NO_SUCH_CLINIC();
  return {
    name: row.name,
    timeZone: row.time_zone,
    emergencyNumber: row.emergency_number ?? defaultEmergencyNumber(row.time_zone),
    emergencyNumberIsDefault: row.emergency_number === null,
    clinicPhone: row.clinic_phone,
  };
}

export async function clinicSettings(deps: ServiceDeps, clinicId: string): Promise<ClinicSettings> {
  const [policy, twoFactorRequiredForStaff, contact] = await Promise.all([clinicPolicy(deps.db, clinicId), findTwoFactorRequired(deps.db, clinicId), clinicContact(deps.db, clinicId)]);
  return { policy, twoFactorRequiredForStaff: twoFactorRequiredForStaff ?? false, emergencyNumber: contact.emergencyNumber, emergencyNumberIsDefault: contact.emergencyNumberIsDefault, clinicPhone: contact.clinicPhone };
}

/**
 * Changes the clinic's settings, with an audit row naming who (never what: the row has ids and
 * verbs only). Left out, two-factor stays as it was (older senders). An administrator turns the
 * two-factor requirement on only with two-factor sign-in on their own account: otherwise the
 * clinic would close to them at once, and perhaps to every administrator.
 */
export async function updateClinicSettings(deps: ServiceDeps, clinicId: string, actorUserId: string, input: UpdateClinicSettingsBody): Promise<ClinicSettings> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    if (!(await updateClinicPolicy(tx, clinicId, input.policy))) throw NO_SUCH_CLINIC();
    const was = (await findTwoFactorRequired(tx, clinicId)) ?? false;
    const twoFactorRequiredForStaff = input.twoFactorRequiredForStaff ?? was;
    if (twoFactorRequiredForStaff && !was) {
      const actor = await findUserById(tx, actorUserId);
      if (actor === undefined || actor.totp_enabled_at === null) {
        throw new AppError("conflict", "Turn on two-factor sign-in for your own account first (Account page), then require it of the staff.", {
          issues: [{ path: "twoFactorRequiredForStaff", message: "needs two-factor sign-in on your own account first" }],
        });
      }
    }
    if (twoFactorRequiredForStaff !== was) await updateTwoFactorRequired(tx, clinicId, twoFactorRequiredForStaff);
    // Left out (older senders), the emergency number and phone stay as they are.
    await updateClinicContact(tx, clinicId, { emergencyNumber: input.emergencyNumber, clinicPhone: input.clinicPhone });
    await audit(tx, now, { clinicId, actorUserId, action: "clinic.settings_updated", entity: "clinic", entityId: clinicId });
    const contact = await clinicContact(tx, clinicId);
    return { policy: input.policy, twoFactorRequiredForStaff, emergencyNumber: contact.emergencyNumber, emergencyNumberIsDefault: contact.emergencyNumberIsDefault, clinicPhone: contact.clinicPhone };
  });
}
