/**
 * Who calls in the authorization matrix, and what each caller should get from a route, computed
 * from the route's access level (its contract) and the permission table
 * (src/contracts/permissions.ts), never written out by hand per route. An entry of the matrix
 * may override a caller's outcome where the code means something narrower than the access level
 * says (only injectors have a calendar feed), and must say why.
 */
import type { ErrorCode } from "#contracts/api/errors.ts";
import type { RouteContract } from "#contracts/api/route-contract.ts";
import { can, ROLES, type Role } from "#contracts/permissions.ts";

/**
 * The callers, each acting on clinic A's patient (Ann) unless said otherwise:
 * - the four roles: a member of clinic A holding that one role;
 * - `own-patient`: Ann's own account;
 * - `other-patient`: Dan's account, another patient of clinic A, on Ann's data;
 * - `other-clinic-staff`: clinic B's administrator on clinic A's data;
 * - `no-session`: no cookie at all;
 * - `other-clinic-record`: a member of clinic A allowed the route, naming clinic B's patient or
 *   record (a draft, a lot, an injector) in clinic A's path: the ids of another clinic never reach
 *   its rows through this clinic's path.
 */
export const CALLERS = [...ROLES, "own-patient", "other-patient", "other-clinic-staff", "no-session", "other-clinic-record"] as const;
export type Caller = (typeof CALLERS)[number];

/** What a call must answer: any 2xx, or this status with this error code. */
export type Outcome = { readonly ok: true } | { readonly status: number; readonly code: ErrorCode };

export const OK: Outcome = { ok: true };
const refused = (status: number, code: ErrorCode): Outcome => ({ status, code });
export const UNAUTHENTICATED = refused(401, "unauthenticated");
export const FORBIDDEN = refused(403, "forbidden");
export const NOT_FOUND = refused(404, "not_found");

/** A caller's outcomes where the code differs from the access level, with the reason. */
export interface Overrides {
  readonly why: string;
  readonly outcomes: { readonly [C in Caller]?: Outcome };
}

const isRole = (caller: Caller): caller is Role => (ROLES as readonly string[]).includes(caller);

/** Whether a route's path names, under a clinic, something besides the clinic (a patient, a record, a member). */
export function namesClinicRecord(route: Pick<RouteContract, "path">): boolean {
  return route.path.startsWith("/api/clinics/:clinicId/") && /:(?!clinicId\b)\w+/.test(route.path);
}

/**
 * The role of clinic A that makes the `other-clinic-record` call: the first in the table's order
 * allowed the route, so the refusal can only come from the record being another clinic's.
 */
export function roleAllowed(route: Pick<RouteContract, "access">): Role | null {
  const access = route.access;
  if (access === "public" || access === "signed-in" || access === "patient" || access === "staff") return null;
  return ROLES.find((role) => can([role], access)) ?? null;
}

/**
 * What the access level alone says a caller gets; null when the case does not apply (the
 * `other-clinic-record` caller on a route that names nothing under a clinic).
 *
 * A patient account is refused every clinic route with 403 before any id in the path is looked
 * up, so the answer is the same for their own record, another patient's and an id naming nothing:
 * it tells a patient nothing about what exists. The routes a patient reaches (`/api/me/*`) take
 * the patient from the session, never from the request.
 */
export function accessOutcome(route: Pick<RouteContract, "access" | "path">, caller: Caller): Outcome | null {
  const access = route.access;
  if (caller === "other-clinic-record") return namesClinicRecord(route) && roleAllowed(route) !== null ? NOT_FOUND : null;
  if (access === "public") return OK;
  if (caller === "no-session") return UNAUTHENTICATED;
  if (access === "signed-in") return OK;
  const patient = caller === "own-patient" || caller === "other-patient";
  if (access === "patient") return patient ? OK : FORBIDDEN;
  if (patient) return FORBIDDEN;
  if (access === "staff") return OK;
  // A permission of the path's clinic: another clinic's staff are told it does not exist.
  if (caller === "other-clinic-staff") return NOT_FOUND;
  return isRole(caller) && can([caller], access) ? OK : FORBIDDEN;
}

/** What an entry of the matrix may say against the access level. */
export interface EntryExceptions {
  readonly overrides?: Overrides | undefined;
  /** Why the `other-clinic-record` caller does not apply to the route. */
  readonly noOtherClinicRecord?: string | undefined;
}

/** The outcome a caller must get: the entry's override, else the access level's; null when the case does not apply. */
export function expectedOutcome(route: Pick<RouteContract, "access" | "path">, caller: Caller, entry: EntryExceptions = {}): Outcome | null {
  if (caller === "other-clinic-record" && entry.noOtherClinicRecord !== undefined) return null;
  const base = accessOutcome(route, caller);
  if (base === null) return null;
  return entry.overrides?.outcomes[caller] ?? base;
}

/** An outcome in words, for failure lists: "2xx" or "403 forbidden". */
export function describeOutcome(outcome: Outcome): string {
  return "ok" in outcome ? "2xx" : `${outcome.status} ${outcome.code}`;
}
