/** Staff roles: which users work in which clinic, as what. */
import type { Role } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";

export async function insertMembership(db: Executor, membership: { clinic_id: string; user_id: string; role: Role; created_at?: string }): Promise<void> {
  await db.insertInto("memberships").values(membership).execute();
}

export interface MembershipWithClinic {
  clinicId: string;
  clinicName: string;
  role: Role;
  demo: boolean;
}

export async function membershipsOfUser(db: Executor, userId: string): Promise<MembershipWithClinic[]> {
  return db
    .selectFrom("memberships")
    .innerJoin("clinics", "clinics.id", "memberships.clinic_id")
    .select(["clinics.id as clinicId", "clinics.name as clinicName", "memberships.role as role", "clinics.is_demo as demo"])
    .where("memberships.user_id", "=", userId)
    .orderBy("clinics.name")
    .execute();
}

export async function findRole(db: Executor, clinicId: string, userId: string): Promise<Role | undefined> {
  const row = await db
    .selectFrom("memberships")
    .select("role")
    .where("clinic_id", "=", clinicId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row?.role;
}

export interface StaffMemberRow {
  userId: string;
  name: string;
  email: string;
  role: Role;
}

export async function listMembers(db: Executor, clinicId: string): Promise<StaffMemberRow[]> {
  return db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select(["users.id as userId", "users.name as name", "users.email as email", "memberships.role as role"])
    .where("memberships.clinic_id", "=", clinicId)
    .orderBy("users.name")
    .execute();
}
