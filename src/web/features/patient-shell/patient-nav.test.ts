import { describe, expect, it } from "vitest";
import { fixedT } from "#web/i18n/fixed-t.ts";
import { currentNavItem, PATIENT_NAV_ITEMS } from "./patient-nav.ts";

describe("the patient's navigation", () => {
  it("offers Today, My progress, Report a problem, Learn and Account, in that order", () => {
    const t = fixedT("en", "shell");
    expect(PATIENT_NAV_ITEMS.map((item) => [t(`nav.${item.key}`), item.to])).toEqual([
      ["Today", "/today"],
      ["My progress", "/progress"],
      ["Report a problem", "/side-effects/new"],
      ["Learn", "/learn"],
      ["Account", "/account"],
    ]);
  });

  it("names them in Spanish too", () => {
    const t = fixedT("es", "shell");
    expect(PATIENT_NAV_ITEMS.map((item) => t(`nav.${item.key}`))).toEqual(["Hoy", "Mi evolución", "Avisar de un problema", "Aprender", "Cuenta"]);
  });

  it.each([
    ["/today", "today"],
    ["/diary/2026-07-19", "today"],
    ["/progress", "progress"],
    ["/side-effects/new", "report"],
    ["/side-effects", "report"],
    ["/side-effects/0190f7a6-0000-7000-8000-000000000001", "report"],
    ["/account", "account"],
    ["/reminders", "account"],
    ["/", null],
    ["/side-effectsx", null],
    ["/diary", null],
  ] as const)("marks %s as %s", (path, key) => {
    expect(currentNavItem(path)).toBe(key);
  });

  it("marks each item's own address as itself", () => {
    for (const item of PATIENT_NAV_ITEMS) expect(currentNavItem(item.to)).toBe(item.key);
  });
});
