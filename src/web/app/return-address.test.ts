import { describe, expect, it } from "vitest";
import type { Me } from "#contracts/api/auth.ts";
import { pathAfterSignIn, returnPathOf, safeReturnPath, signInReturningTo } from "./return-address.ts";

describe("the return address after sign-in", () => {
  it.each(["/my-self-kept-diary", "/today", "/diary/2026-07-01", "/clinic/abc/patients?x=1#top", "/"])("accepts the site's own path %s", (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    ["another site", "https://evil.example/"],
    ["a protocol-relative address", "//evil.example/path"],
    ["a backslash browsers read as a slash", "/\\evil.example"],
    ["a tab browsers drop", "/\t/evil.example"],
    ["a newline browsers drop", "/\n/evil.example"],
    ["a script", "javascript:alert(1)"],
    ["a relative path", "today"],
    ["nothing", ""],
  ])("refuses %s", (_what, value) => {
    expect(safeReturnPath(value)).toBeNull();
  });

  it("refuses a missing value", () => {
    expect(safeReturnPath(null)).toBeNull();
    expect(safeReturnPath(undefined)).toBeNull();
  });

  it("makes a sign-in address that comes back, and reads it back from the query", () => {
    const address = signInReturningTo("/my-self-kept-diary");
    expect(address).toBe("/sign-in?next=%2Fmy-self-kept-diary");
    expect(returnPathOf(new URL(address, "https://cephalog.example").search)).toBe("/my-self-kept-diary");
  });

  it("reads an unsafe or absent return address from the query as none", () => {
    expect(returnPathOf("?next=https%3A%2F%2Fevil.example")).toBeNull();
    expect(returnPathOf("?next=%2F%2Fevil.example")).toBeNull();
    expect(returnPathOf("?next=%2F%5Cevil.example")).toBeNull();
    expect(returnPathOf("")).toBeNull();
  });

  it("signs in without a return address when the path is not the site's own", () => {
    expect(signInReturningTo("//evil.example")).toBe("/sign-in");
  });

  it("lands a person who signed in on the return address, else on their start page (a password alone, or with a code)", () => {
    const patientMe = { patient: { id: "p1" }, memberships: [] } as unknown as Me;
    expect(pathAfterSignIn(patientMe, "?next=%2Fmy-self-kept-diary")).toBe("/my-self-kept-diary");
    expect(pathAfterSignIn(patientMe, "")).toBe("/today");
    expect(pathAfterSignIn(patientMe, "?next=%2F%2Fevil.example")).toBe("/today");
  });
});
