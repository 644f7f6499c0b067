/**
 * Authentication and authorization of API routes, from the route's declared access level
 * (its contract in src/contracts/api/). Authentication runs first (onRequest), then authorization
 * (preValidation), so a stranger learns nothing from validation errors.
 *
 * - `patient`: the account must sign in as a patient; it reaches only its own record (/api/me/*).
 * - `staff`: staff of any clinic, for routes that touch no clinic's data (assessing a sent record);
 *   a patient account or a user without a clinic is `forbidden`.
 * - `clinician` / `admin`: staff of the clinic in the path, with that role (an admin may do what
 *   a clinician may). Another clinic is `not_found`, as if it did not exist; a patient account is
 *   `forbidden`.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import type { RouteContract } from "#contracts/api/route-contract.ts";
import { idSchema } from "#contracts/api/common.ts";
import { AppError } from "../app-error.ts";
import type { Role } from "../db/schema.ts";
import { resolveSession, type Authenticated } from "../features/auth/sessions.ts";
import { refuseWithoutRequiredTwoFactor } from "../features/auth/two-factor-gate.ts";
import { isStaffAnywhere, linkedPatient, staffRoles, type PatientIdentity } from "../shared/access.ts";
import { can } from "#contracts/permissions.ts";
import type { ServiceDeps } from "../shared/deps.ts";
import { SESSION_COOKIE } from "./session-cookie.ts";

export type Access = RouteContract["access"];

export type SignedInAuth = Authenticated;
export type PatientAuth = Authenticated & { readonly patient: PatientIdentity };
export type StaffAuth = Authenticated & { readonly clinicId: string; readonly role: Role; readonly roles: readonly Role[] };

export type AuthFor<A extends Access> = A extends "public"
  ? SignedInAuth | null
  : A extends "signed-in" | "staff"
    ? SignedInAuth
    : A extends "patient"
      ? PatientAuth
      : StaffAuth;

declare module "fastify" {
  interface FastifyRequest {
    apiAuth: SignedInAuth | PatientAuth | StaffAuth | null;
  }
}

const SIGN_IN = () => new AppError("unauthenticated", "Please sign in.");

/** onRequest: reads the session cookie; refuses a non-public route without a live session. */
export function authenticate(deps: ServiceDeps, access: Access) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const token = request.cookies[SESSION_COOKIE];
    request.apiAuth = token ? await resolveSession(deps.db, token, deps.clock()) : null;
    if (request.apiAuth === null && access !== "public") throw SIGN_IN();
  };
}

/** preValidation: checks the signed-in user may reach this route and this clinic. */
export function authorize(deps: ServiceDeps, access: Access) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const auth = request.apiAuth;
    if (access === "public" || access === "signed-in") return;
    if (auth === null) throw SIGN_IN();
    if (access === "patient") {
      const patient = await linkedPatient(deps, auth.user.id);
      if (patient === null) throw new AppError("forbidden", "Only a patient's own account can use this.");
      request.apiAuth = { ...auth, patient };
      return;
    }
    if (access === "staff") {
      if (!(await isStaffAnywhere(deps, auth.user.id))) throw new AppError("forbidden", "Only clinic staff can use this.");
      return;
    }
    const rawClinicId = (request.params as Record<string, unknown> | undefined)?.["clinicId"];
    const clinicId = idSchema.safeParse(rawClinicId);
    const roles = clinicId.success ? await staffRoles(deps, auth.user.id, clinicId.data) : [];
    const [role] = roles;
    if (role === undefined || !clinicId.success) {
      if (!(await isStaffAnywhere(deps, auth.user.id))) throw new AppError("forbidden", "Only clinic staff can use this.");
      throw new AppError("not_found", "No such clinic.");
    }
    await refuseWithoutRequiredTwoFactor(deps.db, clinicId.data, auth.user.id);
    if (!can(roles, access)) throw new AppError("forbidden", "Your roles in this clinic do not allow this.", { permission: access });
    request.apiAuth = { ...auth, clinicId: clinicId.data, role, roles };
  };
}
