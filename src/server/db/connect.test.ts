import { describe, expect, it } from "vitest";
import { describePostgresUrl } from "./connect.ts";
import { instantFromPostgres } from "./type-parsers.ts";

describe("describing a PostgreSQL URL for people", () => {
  it("names the server and database but never the user's password", () => {
    const text = describePostgresUrl("postgres://cephalog:s3cret-Pa55@db.internal:5433/clinic?sslmode=require");
    expect(text).toBe("db.internal:5433/clinic");
    expect(text).not.toContain("s3cret");
  });
});

describe("reading instants from PostgreSQL", () => {
  it.each([
    ["2026-11-26 09:30:00+00", "2026-11-26T09:30:00.000Z"],
    ["2026-11-26 09:30:00.123456+00", "2026-11-26T09:30:00.123Z"],
    ["2026-03-29 01:30:00+13", "2026-03-28T12:30:00.000Z"],
    ["2026-03-29 01:30:00+05:30", "2026-03-28T20:00:00.000Z"],
  ])("reads %s as %s", (text, iso) => {
    expect(instantFromPostgres(text)).toBe(iso);
  });
});
