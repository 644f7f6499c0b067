/** A clinic's staff as administrators see them: members, and people invited who have not yet accepted. */
import { z } from "zod";
import { clinicParamsSchema } from "./common.ts";
import type { RouteContract } from "./route-contract.ts";

export const staffMemberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.string(),
  /** False while the invitation is not yet accepted. */
  active: z.boolean(),
});

export const staffRoutes = {
  listStaff: { method: "GET", path: "/api/clinics/:clinicId/staff", summary: "The clinic's staff", access: "admin", params: clinicParamsSchema, response: z.array(staffMemberSchema) },
} as const satisfies Record<string, RouteContract>;
