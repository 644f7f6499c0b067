/**
 * Which routes reach a patient's data, and whose (ADR 0016): every route with `:patientId` in its
 * path (in the path's clinic), the patient's own routes (`access: "patient"`, in their clinic),
 * and the routes that list the clinic's patients with health data (the worklist, the patient
 * list, the agenda) or the audit log itself, which count as reads of the clinic. Account routes
 * (sign-out, password change, two-factor on or off) write to the account log instead.
 */
import type { RouteContract } from "#contracts/api/route-contract.ts";

/** The signed-in request as request-auth.ts leaves it: staff routes add the clinic, patient routes the patient. */
export interface RequestAuth {
  readonly user: { readonly id: string };
  readonly clinicId?: string;
  readonly patient?: { readonly clinicId: string; readonly patientId: string };
}

export interface AccessScope {
  readonly clinicId: string;
  /** Null for a read of the clinic (a list of its patients). */
  readonly patientId: string | null;
}

/** Routes that show many patients' health data, or who read it: reads of the whole clinic. */
export const CLINIC_WIDE_READS: ReadonlySet<string> = new Set([
  "GET /api/clinics/:clinicId/patients",
  "GET /api/clinics/:clinicId/worklist",
  "GET /api/clinics/:clinicId/agenda",
  "GET /api/clinics/:clinicId/side-effects",
  "GET /api/clinics/:clinicId/audit",
  "GET /api/clinics/:clinicId/audit/export.csv",
  // The clinic-wide CSV exports (issue 10 §5): every patient's diary, sessions and outcomes.
  "GET /api/clinics/:clinicId/exports/diaries.csv",
  "GET /api/clinics/:clinicId/exports/sessions.csv",
  "GET /api/clinics/:clinicId/exports/outcomes.csv",
]);

/** Account routes and the account-log actions they write when done, and when refused. */
export const ACCOUNT_ROUTES: Readonly<Record<string, { readonly done: string; readonly refused?: string }>> = {
  "POST /api/auth/logout": { done: "sign-out" },
  "POST /api/me/sign-out-everywhere": { done: "sign-out.everywhere" },
  "POST /api/me/password": { done: "password.changed", refused: "password.change_refused" },
  "POST /api/me/two-factor/enrolment/confirm": { done: "two-factor.enabled" },
  "POST /api/me/two-factor/disable": { done: "two-factor.disabled", refused: "two-factor.disable_refused" },
};

const keyOf = (contract: Pick<RouteContract, "method" | "path">) => `${contract.method} ${contract.path}`;

/**
 * The clinic and patient a request reaches, or null when the route reaches no patient's data.
 * Called after authorization, so the auth carries the clinic (staff) or the patient (patient).
 * @example accessScopeOf({ method: "GET", path: "/api/clinics/:clinicId/patients/:patientId", access: "clinic.read" }, { user: { id: "u" }, clinicId: "c" }, { patientId: "p" }) // { clinicId: "c", patientId: "p" }
 */
export function accessScopeOf(contract: Pick<RouteContract, "method" | "path" | "access">, auth: RequestAuth | null, params: unknown): AccessScope | null {
  if (auth === null) return null;
  if (contract.access === "patient") return auth.patient === undefined ? null : { clinicId: auth.patient.clinicId, patientId: auth.patient.patientId };
  if (auth.clinicId === undefined) return null;
  if (contract.path.includes("/:patientId")) {
    const patientId = (params as Record<string, unknown> | undefined)?.["patientId"];
    return typeof patientId === "string" ? { clinicId: auth.clinicId, patientId } : null;
  }
  return CLINIC_WIDE_READS.has(keyOf(contract)) ? { clinicId: auth.clinicId, patientId: null } : null;
}

/**
 * The account-log actions of an account route, or null for any other route.
 * @example accountActionsOf({ method: "POST", path: "/api/auth/logout" }) // { done: "sign-out" }
 */
export function accountActionsOf(contract: Pick<RouteContract, "method" | "path">): { readonly done: string; readonly refused?: string } | null {
  return ACCOUNT_ROUTES[keyOf(contract)] ?? null;
}
