/**
 * The roles in words for the staff page (ADR 0014; the permissions themselves are the one table
 * in src/contracts/permissions.ts): what each role does, as the hint of the roles field, and a
 * member's roles as a list.
 */
import { ROLE_LABELS, ROLES, type Role } from "#contracts/permissions.ts";

/** What each role is for, in the words the clinic uses. */
export const ROLE_MEANINGS: { readonly [R in Role]: string } = {
  admin: "staff, settings and the product catalogue",
  clinician: "the physician; records and decides",
  injector: "gives the injections and signs the sessions",
  coordinator: "schedules and chases authorizations; signs nothing clinical",
};

/**
 * The roles field's hint: one line per role in the checkboxes' order (shown on separate lines),
 * then how roles combine.
 * @example rolesHint().split("\n")[0] // "Administrator: staff, settings and the product catalogue."
 */
export function rolesHint(): string {
  const lines = ROLES.map((role) => `${ROLE_LABELS[role].replace(/ \(.*\)$/, "")}: ${ROLE_MEANINGS[role]}.`);
  return [...lines, "A person may hold several: a physician who injects is Clinician and Injector."].join("\n");
}

/** The role checkboxes, in the table's order. */
export const ROLE_OPTIONS = ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));

/**
 * A member's roles in words, in the table's order.
 * @example roleNames(["injector", "clinician"]) // ["Clinician (physician)", "Injector"]
 */
export function roleNames(roles: readonly Role[]): string[] {
  return ROLES.filter((role) => roles.includes(role)).map((role) => ROLE_LABELS[role]);
}

/**
 * What saving these roles says.
 * @example rolesSavedText("Cal Clinician", ["clinician", "injector"]) // "Cal Clinician now holds Clinician (physician) and Injector."
 */
export function rolesSavedText(name: string, roles: readonly Role[]): string {
  const names = roleNames(roles);
  const list = names.length <= 1 ? (names[0] ?? "no role") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;
  return `${name} now holds ${list}.`;
}

/**
 * Whether saving these roles takes the administrator role from the person signed in (they would
 * then no longer reach the staff page).
 * @example dropsOwnAdmin("u1", "u1", ["admin"], ["clinician"]) // true
 */
export function dropsOwnAdmin(memberId: string, myId: string, before: readonly Role[], after: readonly Role[]): boolean {
  return memberId === myId && before.includes("admin") && !after.includes("admin");
}
