/**
 * The patient's navigation, as data: five calm destinations on every patient screen (issue 8;
 * "Learn", issue 9 §4). "Report a problem" is one tap from anywhere, in the middle.
 */

export type PatientNavKey = "today" | "progress" | "report" | "learn" | "account";

export interface PatientNavItem {
  readonly key: PatientNavKey;
  readonly to: string;
}

/** Each item's words are `shell:nav.<key>` (the "shell" namespace, English and Spanish). */
export const PATIENT_NAV_ITEMS: readonly PatientNavItem[] = [
  { key: "today", to: "/today" },
  { key: "progress", to: "/progress" },
  { key: "report", to: "/side-effects/new" },
  { key: "learn", to: "/learn" },
  { key: "account", to: "/account" },
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
  if (path === "/learn" || path.startsWith("/learn/")) return "learn";
  if (path === "/account" || path === "/reminders") return "account";
  return null;
}
