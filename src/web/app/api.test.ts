import { describe, expect, it } from "vitest";
import { diaryDayViewSchema } from "#contracts/api/diary.ts";
import type { RouteName } from "#contracts/api/routes.ts";
import { errorFromResponse, fillPath, readResponse, requestHeaders, routeOf, withQuery } from "./api.ts";
import { patientAppRoutes } from "./patient-app-routes.ts";
import { ApiError, type ClientErrorCode } from "./api-error.ts";

describe("fillPath", () => {
  it("fills every :name segment from the params", () => {
    expect(fillPath("/api/clinics/:clinicId/patients/:patientId", { clinicId: "c-1", patientId: "p-2" })).toBe("/api/clinics/c-1/patients/p-2");
  });

  it("encodes values so a token cannot change the path", () => {
    expect(fillPath("/api/invitations/:token", { token: "a/b?c" })).toBe("/api/invitations/a%2Fb%3Fc");
  });

  it("throws for a missing parameter (a programmer error)", () => {
    expect(() => fillPath("/api/clinics/:clinicId/staff", {})).toThrow(/clinicId/);
  });
});

describe("withQuery", () => {
  it("adds only the defined values", () => {
    expect(withQuery("/api/me/diary", { from: "2026-07-01", to: undefined })).toBe("/api/me/diary?from=2026-07-01");
  });

  it("leaves the path alone without values", () => {
    expect(withQuery("/api/me/diary", { to: undefined })).toBe("/api/me/diary");
    expect(withQuery("/api/me/diary", undefined)).toBe("/api/me/diary");
  });
});

describe("requestHeaders", () => {
  it("asks for JSON in the page's language, and says so when it sends a body", () => {
    expect(requestHeaders(false, "es")).toEqual({ accept: "application/json", "accept-language": "es" });
    expect(requestHeaders(true, "en")).toEqual({ "content-type": "application/json", accept: "application/json", "accept-language": "en" });
  });
});

describe("errorFromResponse", () => {
  it("reads the API's error shape with its field issues", async () => {
    const body = { error: { code: "validation_failed", message: "Check the fields", details: { issues: [{ path: "admin.email", message: "must be an email address" }] } } };
    const error = await errorFromResponse(new Response(JSON.stringify(body), { status: 400 }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe("validation_failed");
    expect(error.status).toBe(400);
    expect(error.issueFor("admin.email")).toBe("must be an email address");
    expect(error.issueFor("admin.name")).toBeUndefined();
  });

  it("accepts an error without details", async () => {
    const body = { error: { code: "invalid_credentials", message: "Email or password is wrong", details: null } };
    const error = await errorFromResponse(new Response(JSON.stringify(body), { status: 401 }));
    expect(error.code).toBe("invalid_credentials");
    expect(error.issues).toEqual([]);
  });

  it("reports a body that is not the API's shape as an unexpected response, which may pass", async () => {
    const error = await errorFromResponse(new Response("<html>Teapot</html>", { status: 418 }));
    expect(error.code).toBe("unexpected_response");
    expect(error.status).toBe(418);
    expect(error.isTransient).toBe(true);
    expect(error.isPermanent).toBe(false);
  });

  it("reads a proxy's JSON that is not the API's error shape as an unexpected response", async () => {
    const error = await errorFromResponse(new Response(JSON.stringify({ message: "Forbidden by policy" }), { status: 403 }));
    expect(error.code).toBe("unexpected_response");
    expect(error.isPermanent).toBe(false);
  });

  it("reads a gateway's own error page as the server being out of reach, worth retrying", async () => {
    const error = await errorFromResponse(new Response("<html>Bad gateway</html>", { status: 502 }));
    expect(error.code).toBe("network_unreachable");
    expect(error.isTransient).toBe(true);
  });
});

describe("readResponse", () => {
  const day = {
    revisionId: "0190f7a6-0000-7000-8000-000000000001",
    date: "2026-07-20",
    headache: false,
    hours: null,
    severity: null,
    features: {},
    medications: [],
    recordedAt: "2026-07-20T09:00:00.000Z",
    receivedAt: "2026-07-20T09:00:01.000Z",
    enteredBy: "patient",
    source: "app",
    late: false,
    revisions: 1,
  };

  it("returns an answer in the route's shape", async () => {
    expect(await readResponse(diaryDayViewSchema, new Response(JSON.stringify(day), { status: 200 }))).toEqual(day);
  });

  it("treats a captive portal's page answered with 200 as an unexpected response, not as data", async () => {
    const error = await readResponse(diaryDayViewSchema, new Response("<html>Sign in to the Wi-Fi</html>", { status: 200 })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: "unexpected_response", status: 200 });
  });

  it("treats JSON of another shape answered with 200 as an unexpected response", async () => {
    const error = await readResponse(diaryDayViewSchema, new Response(JSON.stringify({ ok: true }), { status: 200 })).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "unexpected_response", status: 200 });
  });
});

describe("ApiError classes", () => {
  it.each<[ClientErrorCode, number, "permanent" | "sign-in" | "other-account" | "transient" | "neither"]>([
    ["validation_failed", 400, "permanent"],
    ["conflict", 409, "permanent"],
    ["not_found", 404, "permanent"],
    ["forbidden", 403, "permanent"],
    ["payload_too_large", 413, "permanent"],
    ["unauthenticated", 401, "sign-in"],
    ["account_mismatch", 409, "other-account"],
    ["network_unreachable", 0, "transient"],
    ["unexpected_response", 200, "transient"],
    ["unexpected_response", 0, "transient"],
    ["unexpected_response", 408, "transient"],
    ["rate_limited", 429, "transient"],
    ["internal_error", 500, "transient"],
    ["internal_error", 503, "transient"],
    ["invalid_credentials", 401, "neither"],
  ])("classes %s (%i) as %s", (code, status, expected) => {
    const error = new ApiError(code, "m", status);
    const classes = [error.isPermanent && "permanent", error.needsSignIn && "sign-in", error.isAccountMismatch && "other-account", error.isTransient && "transient"].filter(Boolean);
    expect(classes).toEqual(expected === "neither" ? [] : [expected]);
  });
});

describe("the patient app's own routes", () => {
  it("are the full table's entries, and any other route comes from the full table", async () => {
    const { apiRoutes } = await import("#contracts/api/routes.ts");
    const names = Object.keys(patientAppRoutes) as RouteName[];
    expect(names).toContain("myDiary");
    for (const name of names) expect(patientAppRoutes[name], name).toBe(apiRoutes[name]);
    const staffOnly = (Object.keys(apiRoutes) as RouteName[]).find((name) => !names.includes(name));
    expect(staffOnly).toBeDefined();
    if (staffOnly) expect(await routeOf(staffOnly)).toBe(apiRoutes[staffOnly]);
    expect(await routeOf("myDiary")).toBe(apiRoutes.myDiary);
  });
});
