/**
 * The patient's navigation, as data: four calm destinations on every patient screen (issue 8),
 * with room for a fifth ("Learn") later. "Report a problem" is one tap from anywhere.
 */

export type PatientNavKey = "today" | "progress" | "report" | "account";

export interface PatientNavItem {
  readonly key: PatientNavKey;
  readonly to: string;
  readonly label: string;
}

export const PATIENT_NAV_ITEMS: readonly PatientNavItem[] = [
  { key: "today", to: "/today", label: "Today" },
  { key: "progress", to: "/progress", label: "My progress" },
  { key: "report", to: "/side-effects/new", label: "Report a problem" },
  { key: "account", to: "/account", label: "Account" },
];

/**
 * Which destination a path belongs to: a past diary day is part of Today, every side-effect
 * page (the report, its answer, the list) part of "Report a problem"; none for other paths.
 * @example currentNavItem("/diary/2026-07-19") // "today"
 * @example currentNavItem("/side-effects") // "report"
 */
export function currentNavItem(path: string): PatientNavKey | null {
  if (path === "/today" || path.startsWith("/diary/")) return "today";
  if (path === "/progress" || path.startsWith("/progress/")) return "progress";
  if (path === "/side-effects" || path.startsWith("/side-effects/")) return "report";
  if (path === "/account") return "account";
  return null;
}
