/**
 * Staff and their roles (ADR 0014): which users work in which clinic, holding which roles. A
 * membership's roles are its `membership_roles` rows; `memberships.role` keeps the first role
 * given, for older readers. A deactivated membership (`deactivated_at` set) keeps its roles for
 * reactivation, but gives nothing: every reader of roles here leaves it out, but listMembers.
 */
import { sql } from "kysely";
import type { Role } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";
import { ROLES } from "#contracts/permissions.ts";

/** Roles in the table's order (admin, clinician, injector, coordinator), each once. */
export function orderedRoles(roles: readonly Role[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}

export async function insertMembership(db: Executor, membership: { clinic_id: string; user_id: string; roles: readonly Role[]; created_at?: string }): Promise<void> {
  const roles = orderedRoles(membership.roles);
  const first = roles[0];
  if (first === undefined) throw new Error("a membership needs at least one role");
  const created = membership.created_at === undefined ? {} : { created_at: membership.created_at };
  await db.insertInto("memberships").values({ clinic_id: membership.clinic_id, user_id: membership.user_id, role: first, ...created }).execute();
  await db
    .insertInto("membership_roles")
    .values(roles.map((role) => ({ clinic_id: membership.clinic_id, user_id: membership.user_id, role, ...created })))
    .execute();
}

/** Replaces a member's roles (membership_roles is not a clinical record: an audit row says who changed it). */
export async function replaceRoles(db: Executor, clinicId: string, userId: string, roles: readonly Role[]): Promise<void> {
  const ordered = orderedRoles(roles);
  const first = ordered[0];
  if (first === undefined) throw new Error("a membership needs at least one role");
  await db.deleteFrom("membership_roles").where("clinic_id", "=", clinicId).where("user_id", "=", userId).execute();
  await db.insertInto("membership_roles").values(ordered.map((role) => ({ clinic_id: clinicId, user_id: userId, role }))).execute();
  await db.updateTable("memberships").set({ role: first }).where("clinic_id", "=", clinicId).where("user_id", "=", userId).execute();
}

export interface MembershipWithClinic {
  clinicId: string;
  clinicName: string;
  role: Role;
  roles: Role[];
  demo: boolean;
  twoFactorRequired: boolean;
}

const rolesOf = sql<Role[]>`coalesce((SELECT json_agg(mr.role) FROM membership_roles mr WHERE mr.clinic_id = memberships.clinic_id AND mr.user_id = memberships.user_id), '[]'::json)`;

export async function membershipsOfUser(db: Executor, userId: string): Promise<MembershipWithClinic[]> {
  const rows = await db
    .selectFrom("memberships")
    .innerJoin("clinics", "clinics.id", "memberships.clinic_id")
    .select(["clinics.id as clinicId", "clinics.name as clinicName", "memberships.role as role", "clinics.is_demo as demo", "clinics.two_factor_required_for_staff as twoFactorRequired"])
    .select(rolesOf.as("roles"))
    .where("memberships.user_id", "=", userId)
    .where("memberships.deactivated_at", "is", null)
    .orderBy("clinics.name")
    .execute();
  return rows.map((row) => ({ ...row, roles: orderedRoles(row.roles) }));
}

/** The roles a user holds in a clinic; empty when not a member, or deactivated. */
export async function findRoles(db: Executor, clinicId: string, userId: string): Promise<Role[]> {
  const rows = await db
    .selectFrom("membership_roles")
    .innerJoin("memberships", (join) => join.onRef("memberships.clinic_id", "=", "membership_roles.clinic_id").onRef("memberships.user_id", "=", "membership_roles.user_id"))
    .select("membership_roles.role")
    .where("membership_roles.clinic_id", "=", clinicId)
    .where("membership_roles.user_id", "=", userId)
    .where("memberships.deactivated_at", "is", null)
    .execute();
  return orderedRoles(rows.map((row) => row.role));
}

/** A membership whether active or not: its roles and when it was deactivated (null while active). */
export async function findMembership(db: Executor, clinicId: string, userId: string): Promise<{ roles: Role[]; deactivatedAt: string | null } | undefined> {
  const row = await db
    .selectFrom("memberships")
    .select(["memberships.deactivated_at as deactivatedAt"])
    .select(rolesOf.as("roles"))
    .where("memberships.clinic_id", "=", clinicId)
    .where("memberships.user_id", "=", userId)
    .executeTakeFirst();
  return row === undefined ? undefined : { roles: orderedRoles(row.roles), deactivatedAt: row.deactivatedAt };
}

/** Deactivates or reactivates a membership; false when there is none. */
export async function setDeactivated(db: Executor, clinicId: string, userId: string, at: string | null): Promise<boolean> {
  const result = await db.updateTable("memberships").set({ deactivated_at: at }).where("clinic_id", "=", clinicId).where("user_id", "=", userId).executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export interface StaffMemberRow {
  userId: string;
  name: string;
  email: string;
  role: Role;
  roles: Role[];
  deactivatedAt: string | null;
}

export async function listMembers(db: Executor, clinicId: string): Promise<StaffMemberRow[]> {
  const rows = await db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select(["users.id as userId", "users.name as name", "users.email as email", "memberships.role as role", "memberships.deactivated_at as deactivatedAt"])
    .select(rolesOf.as("roles"))
    .where("memberships.clinic_id", "=", clinicId)
    .orderBy("users.name")
    .execute();
  return rows.map((row) => ({ ...row, roles: orderedRoles(row.roles) }));
}

/** The active members holding a role, by name (e.g. the clinic's injectors). */
export async function membersWithRole(db: Executor, clinicId: string, role: Role): Promise<{ userId: string; name: string }[]> {
  return db
    .selectFrom("membership_roles")
    .innerJoin("users", "users.id", "membership_roles.user_id")
    .innerJoin("memberships", (join) => join.onRef("memberships.clinic_id", "=", "membership_roles.clinic_id").onRef("memberships.user_id", "=", "membership_roles.user_id"))
    .select(["users.id as userId", "users.name as name"])
    .where("membership_roles.clinic_id", "=", clinicId)
    .where("membership_roles.role", "=", role)
    .where("memberships.deactivated_at", "is", null)
    .orderBy("users.name")
    .execute();
}
