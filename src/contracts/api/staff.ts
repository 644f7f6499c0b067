/** A clinic's staff as administrators see them: members, and people invited who have not yet accepted. */
import { z } from "zod";
import { clinicParamsSchema, idSchema, okSchema, roleSchema, rolesSchema } from "./common.ts";
import type { RouteContract } from "./route-contract.ts";

export const staffMemberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  /** The first role given; `roles` holds every one. */
  role: z.string(),
  roles: z.array(roleSchema),
  /** False while the invitation is not yet accepted, and while the member is deactivated. */
  active: z.boolean(),
  /** active; invited (not yet accepted: `userId` is then the invitation's id); deactivated by an administrator. */
  status: z.enum(["active", "invited", "deactivated"]),
});

export const staffMemberParamsSchema = z.object({ clinicId: idSchema, userId: idSchema });
export const staffRolesBodySchema = z.object({ roles: rolesSchema });

export const staffRoutes = {
  setStaffRoles: { method: "PUT", path: "/api/clinics/:clinicId/staff/:userId/roles", summary: "Change a member's roles (administrators; the clinic keeps at least one administrator)", access: "clinic.manage", params: staffMemberParamsSchema, body: staffRolesBodySchema, response: okSchema },
  deactivateStaff: { method: "POST", path: "/api/clinics/:clinicId/staff/:userId/deactivate", summary: "Deactivate a member: they reach nothing of the clinic from now on (the last active administrator stays)", access: "clinic.manage", params: staffMemberParamsSchema, response: okSchema },
  reactivateStaff: { method: "POST", path: "/api/clinics/:clinicId/staff/:userId/reactivate", summary: "Reactivate a deactivated member, with the roles they had", access: "clinic.manage", params: staffMemberParamsSchema, response: okSchema },
  listStaff: { method: "GET", path: "/api/clinics/:clinicId/staff", summary: "The clinic's staff", access: "clinic.manage", params: clinicParamsSchema, response: z.array(staffMemberSchema) },
} as const satisfies Record<string, RouteContract>;
