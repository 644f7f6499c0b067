/**
 * Who may do what in a clinic: one table, read by the server (every route names the permission
 * it needs, ADR 0014) and by the web app (which hides what a person may not do). A person may
 * hold several roles in a clinic; they may do what any of their roles may.
 *
 * - admin: runs the clinic (staff, settings, catalogue); keeps the clinical access it had before
 *   the roles were split, so existing clinics lose nothing (issue "Trust" reviews this).
 * - clinician: the physician; records and decides clinically.
 * - injector: the nurse or physician who injects; records and signs sessions.
 * - coordinator: schedules and chases authorizations; signs nothing clinical.
 */

export const ROLES = ["admin", "clinician", "injector", "coordinator"] as const;
export type Role = (typeof ROLES)[number];

/** Each permission and the roles holding it. */
export const PERMISSION_ROLES = {
  /** The worklist, patients, their chart, assessment and record export. */
  "clinic.read": ["admin", "clinician", "injector", "coordinator"],
  /** Add patients and invite them to the diary app. */
  "patients.manage": ["admin", "clinician", "coordinator"],
  /** Clinical entries: diary on the patient's behalf, history, preventives, record import, treatment decisions. */
  "clinical.write": ["admin", "clinician"],
  /** Start and edit an injection session's draft. */
  "sessions.draft": ["clinician", "injector"],
  /** Sign an injection session: the injector attests what was given. */
  "sessions.sign": ["injector"],
  /** Amend a signed session (a new revision with a reason). */
  "sessions.amend": ["clinician", "injector"],
  /**
   * Record a side effect a patient reported by phone: whoever takes the call (a coordinator, an
   * injector) must be able to put trouble swallowing on record at once; triage, the alert and the
   * hold follow from it. Acting on a report and clearing its hold stay clinical.
   */
  "side-effects.record": ["admin", "clinician", "injector", "coordinator"],
  /** Book, reschedule and cancel visits; record authorizations. */
  "schedule.manage": ["admin", "clinician", "injector", "coordinator"],
  /** Receive lots into stock. */
  "stock.manage": ["admin", "coordinator"],
  /** Injectors' working hours. */
  "hours.manage": ["admin", "coordinator"],
  /** Staff, roles, the clinic's settings and product catalogue. */
  "clinic.manage": ["admin"],
  /** Search and export the audit log: who read or wrote which patient's data (ADR 0016). */
  "audit.read": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSION_ROLES;
export const PERMISSIONS = Object.keys(PERMISSION_ROLES) as Permission[];

/**
 * Whether someone holding these roles has the permission.
 * @example can(["coordinator"], "schedule.manage") // true
 * @example can(["coordinator"], "sessions.sign") // false
 */
export function can(roles: readonly Role[], permission: Permission): boolean {
  const holders: readonly Role[] = PERMISSION_ROLES[permission];
  return roles.some((role) => holders.includes(role));
}

/**
 * Every permission these roles give, in the table's order.
 * @example permissionsOf(["injector"]) // ["clinic.read", "sessions.draft", "sessions.sign", "sessions.amend", "schedule.manage"]
 */
export function permissionsOf(roles: readonly Role[]): Permission[] {
  return PERMISSIONS.filter((permission) => can(roles, permission));
}

/** Each role in words, for the staff page. */
export const ROLE_LABELS: { readonly [R in Role]: string } = {
  admin: "Administrator",
  clinician: "Clinician (physician)",
  injector: "Injector",
  coordinator: "Coordinator",
};
