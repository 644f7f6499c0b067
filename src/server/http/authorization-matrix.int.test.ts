/**
 * The authorization matrix (issue 7, "Trust"), on both databases: every route of `apiRoutes` ×
 * every caller (each role of clinic A alone, the patient on their own data, another patient on
 * theirs, clinic B's staff, no session, and a member of A naming B's record in A's path), each
 * sending a valid call. The outcome each must get is computed from the route's access level and
 * the permission table (authorization-matrix/outcomes.ts), with the entry's overrides; a refused
 * call must answer the one error shape and leave every table as it was. A route without an entry
 * fails here (and in authorization-matrix.test.ts).
 */
import { describe, expect, it } from "vitest";
import { errorBodySchema } from "#contracts/api/errors.ts";
import type { RouteContract } from "#contracts/api/route-contract.ts";
import { apiRoutes } from "#contracts/api/routes.ts";
import { testDatabaseKinds } from "../db/testing.ts";
import type { CallContext, MatrixEntry } from "./authorization-matrix/entry.ts";
import { matrixEntries } from "./authorization-matrix/entries.ts";
import { callerOf, changedTables, fingerprint, requestOf, restoreSession, send, type MatrixRequest } from "./authorization-matrix/harness.ts";
import { matrixWorld, type MatrixWorld } from "./authorization-matrix/matrix-world.ts";
import { CALLERS, describeOutcome, expectedOutcome, type Caller, type Outcome } from "./authorization-matrix/outcomes.ts";

const routes = Object.entries(apiRoutes as Record<string, RouteContract>);

interface Call {
  readonly caller: Caller;
  readonly expected: Outcome;
  readonly context: CallContext;
  readonly request: MatrixRequest;
}

/** Only routes open to anyone or to any signed-in account sign in or out; the others leave the session alone. */
const touchesSession = (route: RouteContract) => route.access === "public" || route.access === "signed-in";

/** Every caller's call of the route, built before any is sent: what a builder writes (a fresh draft) is not the calls'. */
async function callsOf(world: MatrixWorld, route: RouteContract, entry: MatrixEntry): Promise<Call[]> {
  const calls: Call[] = [];
  for (const caller of CALLERS) {
    const expected = expectedOutcome(route, caller, entry);
    if (expected === null) continue;
    const { context, pathClinicId } = callerOf(world, route, caller);
    calls.push({ caller, expected, context, request: requestOf(route, await entry.call(context), pathClinicId) });
  }
  return calls;
}

/** The refused calls, each answering its status and code in the one error shape, and together writing nothing. */
async function refusedProblems(world: MatrixWorld, calls: readonly Call[]): Promise<string[]> {
  if (calls.length === 0) return [];
  const clinics = [world.a.clinicId, world.b.clinicId];
  const before = await fingerprint(world.deps.db, clinics);
  const problems: string[] = [];
  for (const { caller, expected, context, request } of calls) {
    if ("ok" in expected) continue;
    const response = await send(context.caller, request);
    const body = errorBodySchema.safeParse(response.json());
    if (response.statusCode !== expected.status || !body.success || body.data.error.code !== expected.code) {
      problems.push(`${caller}: expected ${describeOutcome(expected)}, got ${response.statusCode} ${response.body.slice(0, 300)}`);
    }
  }
  const wrote = changedTables(before, await fingerprint(world.deps.db, clinics));
  if (wrote.length > 0) problems.push(`refused calls (${calls.map((call) => call.caller).join(", ")}) wrote to ${wrote.join(", ")}`);
  return problems;
}

/** The allowed calls, each answering 2xx, about the caller's own patient where the answer names one. */
async function allowedProblems(route: RouteContract, entry: MatrixEntry, calls: readonly Call[]): Promise<string[]> {
  const problems: string[] = [];
  for (const { caller, context, request } of calls) {
    const response = await send(context.caller, request);
    if (response.statusCode < 200 || response.statusCode > 299) problems.push(`${caller}: expected 2xx, got ${response.statusCode} ${response.body.slice(0, 300)}`);
    else {
      const about = entry.answerPatient && context.caller.patientId !== null ? entry.answerPatient(response.json()) : undefined;
      if (about !== undefined && about !== context.caller.patientId) problems.push(`${caller}: the answer is about another patient than the caller`);
      if (entry.after) await entry.after(context);
    }
    if (touchesSession(route)) await restoreSession(context.caller);
  }
  return problems;
}

describe.each(testDatabaseKinds())("the authorization matrix on %s", (kind) => {
  const world = matrixWorld(kind);

  it.each(routes)("%s: every caller gets what the access table says, and refused calls write nothing", async (name, route) => {
    const entry = matrixEntries[name];
    expect(entry, `add an entry for ${name} to src/server/http/authorization-matrix/entries-*.ts`).toBeDefined();
    if (entry === undefined) return;
    const calls = await callsOf(world, route, entry);
    const problems = [
      ...(await refusedProblems(world, calls.filter((call) => !("ok" in call.expected)))),
      ...(await allowedProblems(route, entry, calls.filter((call) => "ok" in call.expected))),
    ];
    expect(problems).toEqual([]);
  });
});
