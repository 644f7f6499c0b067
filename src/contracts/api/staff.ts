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
  /** False while the invitation is not yet accepted. */
  active: z.boolean(),
});

export const staffMemberParamsSchema = z.object({ clinicId: idSchema, userId: idSchema });
export const staffRolesBodySchema = z.object({ roles: rolesSchema });

export const staffRoutes = {
  setStaffRoles: { method: "PUT", path: "/api/clinics/:clinicId/staff/:userId/roles", summary: "Change a member's roles (administrators; the clinic keeps at least one administrator)", access: "clinic.manage", params: staffMemberParamsSchema, body: staffRolesBodySchema, response: okSchema },
  listStaff: { method: "GET", path: "/api/clinics/:clinicId/staff", summary: "The clinic's staff", access: "clinic.manage", params: clinicParamsSchema, response: z.array(staffMemberSchema) },
} as const satisfies Record<string, RouteContract>;
