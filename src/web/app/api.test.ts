import { describe, expect, it } from "vitest";
import { errorFromResponse, fillPath, withQuery } from "./api.ts";
import { ApiError } from "./api-error.ts";

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

  it("reports a body that is not the API's shape as an unexpected response", async () => {
    const error = await errorFromResponse(new Response("<html>Teapot</html>", { status: 418 }));
    expect(error.code).toBe("unexpected_response");
    expect(error.status).toBe(418);
    expect(error.isTransient).toBe(false);
  });

  it("reads a gateway's own error page as the server being out of reach, worth retrying", async () => {
    const error = await errorFromResponse(new Response("<html>Bad gateway</html>", { status: 502 }));
    expect(error.code).toBe("network_unreachable");
    expect(error.isTransient).toBe(true);
  });
});
