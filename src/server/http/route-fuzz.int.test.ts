/**
 * The route fuzz test (issue 7, "Trust"), on both databases: for every route of `apiRoutes`, its
 * valid call (the authorization matrix's entry) broken by fast-check in one part at a time (the
 * whole body, one field, an extra field, a number JSON makes infinite, the query, a path
 * parameter) and sent by a caller the route allows. Never a 5xx; every 4xx in the one error shape
 * with the code its status has; every 400 naming the field. Then finding 4's inputs, each a
 * named case. Under CI=true fast-check replays a fixed seed (test/setup/fast-check.ts); the run
 * count is fixed here.
 */
import fc from "fast-check";
import type { LightMyRequestResponse } from "fastify";
import { describe, expect, it } from "vitest";
import { errorBodySchema } from "#contracts/api/errors.ts";
import type { RouteContract } from "#contracts/api/route-contract.ts";
import { apiRoutes } from "#contracts/api/routes.ts";
import { testDatabaseKinds } from "../db/testing.ts";
import type { MatrixEntry } from "./authorization-matrix/entry.ts";
import { matrixEntries } from "./authorization-matrix/entries.ts";
import { callerOf, requestOf, restoreSession, send, type MatrixRequest } from "./authorization-matrix/harness.ts";
import type { MatrixWorld } from "./authorization-matrix/matrix-world.ts";
import { matrixWorld } from "./authorization-matrix/matrix-world.ts";
import { CALLERS, expectedOutcome, type Caller } from "./authorization-matrix/outcomes.ts";
import { HTTP_STATUS } from "./errors.ts";
import { fuzzedRequests } from "./route-fuzz-inputs.ts";
import { fieldPath, FOUND_BY_FUZZ, REGRESSION_CASES, type RawCase, type RegressionCase } from "./route-fuzz-regressions.ts";

/** Fuzzed requests per route and database, well under a minute a database; FUZZ_RUNS explores more on a developer's machine. */
const RUNS = Number(process.env["FUZZ_RUNS"] ?? 12);
/**
 * Fuzzed requests come from another machine than the test's own sign-ins: wrong passwords sent to
 * the sign-in routes count against this address's limit, never the one the callers sign in again from.
 */
const FUZZ_ADDRESS = "203.0.113.7";

const routes = Object.entries(apiRoutes as Record<string, RouteContract>);
const routeOf = (name: string) => (apiRoutes as Record<string, RouteContract>)[name];

/** The first caller the route lets through (the route's own session routes: a signed-in member), else the caller without a session. */
function allowedCaller(route: RouteContract, entry: MatrixEntry): Caller {
  const allowed = (caller: Caller) => {
    const outcome = caller === "other-clinic-record" ? null : expectedOutcome(route, caller, entry);
    return outcome !== null && "ok" in outcome;
  };
  return CALLERS.find(allowed) ?? "no-session";
}

/** Why an answer breaks the rules: a 5xx, a 4xx outside the error shape or with another status than its code's, a 400 naming no field. */
function answerProblem(response: LightMyRequestResponse): string | null {
  const status = response.statusCode;
  if (status >= 200 && status < 300) return null;
  if (status < 400 || status >= 500) return `answered ${status}`;
  let json: unknown;
  try {
    json = response.json();
  } catch {
    return `answered ${status} with a body that is not JSON`;
  }
  const body = errorBodySchema.safeParse(json);
  if (!body.success) return `answered ${status} outside the error shape`;
  const { code, details } = body.data.error;
  if (HTTP_STATUS[code] !== status) return `answered ${status} with code ${code}, whose status is ${HTTP_STATUS[code]}`;
  const issues = details?.issues ?? [];
  if (status === 400 && (issues.length === 0 || issues.some((issue) => issue.path.trim() === ""))) return `answered 400 (${body.data.error.message}) without naming the field`;
  return null;
}

/** A request in a line for a failure message; long parts cut. */
const shown = (request: MatrixRequest) => `${request.method} ${request.url.slice(0, 200)} ${request.payload?.slice(0, 200) ?? ""}`;

describe.each(testDatabaseKinds())("every route under fuzzed input on %s", (kind) => {
  const world = matrixWorld(kind);

  it.each(routes)("%s: never a 5xx, every refusal in the error shape, every 400 naming the field", async (name, route) => {
    const entry = matrixEntries[name];
    expect(entry, `add an entry for ${name} to src/server/http/authorization-matrix/entries-*.ts`).toBeDefined();
    if (entry === undefined) return;
    const { context } = callerOf(world, route, allowedCaller(route, entry));
    const base = await entry.call(context);
    await fc.assert(
      fc.asyncProperty(fuzzedRequests(route, base), async (request) => {
        const response = await send(context.caller, request, { remoteAddress: FUZZ_ADDRESS });
        // A fuzzed call may still be valid (a password changed, a session ended): put the caller back.
        if (entry.after) await entry.after(context);
        await restoreSession(context.caller);
        const problem = answerProblem(response);
        if (problem !== null) throw new Error(`${problem}: ${response.body.slice(0, 300)}\n  for ${shown(request)}`);
      }),
      { numRuns: RUNS },
    );
  });

  describe("finding 4's inputs, and the fuzz test's finds of the kind", () => {
    it.each(REGRESSION_CASES.map((c) => [c.title, c] as const))("%s", async (_title, regression: RegressionCase) => {
      const response = await sendRegression(world, regression);
      if ("ok" in regression.expected) {
        expect(response.statusCode, response.body).toBeGreaterThanOrEqual(200);
        expect(response.statusCode, response.body).toBeLessThan(300);
        return;
      }
      expect(response.statusCode, response.body).toBe(400);
      const issues = (response.json() as { error: { details: { issues?: { path: string }[] } | null } }).error.details?.issues ?? [];
      expect(issues.map((issue) => fieldPath(issue.path))).toContain(fieldPath(regression.expected.field));
    });
  });

  describe("what the fuzz found", () => {
    it.each(FOUND_BY_FUZZ.map((c) => [c.title, c] as const))("%s", async (_title, found: RawCase) => {
      const { context, request } = await validRequest(world, found.route);
      const response = await send(context.caller, found.request(request));
      expect(answerProblem(response)).toBeNull();
      expect(response.statusCode, response.body).toBe(400);
      expect(errorBodySchema.parse(response.json()).error.details?.issues?.map((issue) => issue.path)).toContain(found.field);
    });
  });
});

/** The route's valid request (its matrix entry's) and who may send it. */
async function validRequest(world: MatrixWorld, name: string) {
  const route = routeOf(name);
  const entry = matrixEntries[name];
  if (route === undefined || entry === undefined) throw new Error(`${name} is not a route of the matrix`);
  const { context } = callerOf(world, route, allowedCaller(route, entry));
  const input = await entry.call(context);
  return { route, context, input, request: requestOf(route, input) };
}

/** The case's route called as a caller it allows, with the bad value in its valid call. */
async function sendRegression(world: MatrixWorld, regression: RegressionCase): Promise<LightMyRequestResponse> {
  const { route, context, input } = await validRequest(world, regression.route);
  return send(context.caller, requestOf(route, regression.input(input)));
}
