/** Who may do something, in words, from the one permission table (src/contracts/permissions.ts, ADR 0014). */
import { PERMISSION_ROLES, ROLE_LABELS, type Permission } from "#contracts/permissions.ts";

/**
 * The roles holding a permission, joined with "or".
 * @example holdersText("stock.manage") // "an Administrator or a Coordinator"
 */
export function holdersText(permission: Permission): string {
  const names = PERMISSION_ROLES[permission].map((role) => {
    const label = ROLE_LABELS[role];
    return `${/^[AEIOU]/.test(label) ? "an" : "a"} ${label}`;
  });
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} or ${names[names.length - 1] ?? ""}`;
}
