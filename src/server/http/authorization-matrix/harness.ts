/**
 * Running the matrix's calls: the request of a call, the caller who sends it, the session put
 * back after a call that signed in or out, and a fingerprint of everything stored, to prove a
 * refused call wrote nothing.
 */
import type { LightMyRequestResponse } from "fastify";
import { sql, type Kysely } from "kysely";
import type { RouteContract } from "#contracts/api/route-contract.ts";
import type { Database } from "../../db/schema.ts";
import type { CallContext, CallInput } from "./entry.ts";
import type { CallerClient, MatrixWorld } from "./matrix-world.ts";
import { roleAllowed, type Caller } from "./outcomes.ts";

export interface MatrixRequest {
  readonly method: RouteContract["method"];
  readonly url: string;
  /** The body as JSON text, when the call has one. */
  readonly payload?: string;
}

/** The route's path with the parameters put in (encoded), and the query; `pathClinicId` replaces the clinic of the path. */
export function requestOf(route: RouteContract, input: CallInput, pathClinicId?: string): MatrixRequest {
  const params: Record<string, string> = { ...input.params, ...(pathClinicId === undefined ? {} : { clinicId: pathClinicId }) };
  const path = route.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
  const query = input.query === undefined ? "" : new URLSearchParams(input.query).toString();
  const url = query === "" ? path : `${path}?${query}`;
  return input.body === undefined ? { method: route.method, url } : { method: route.method, url, payload: JSON.stringify(input.body) };
}

/** Sends a request as the client, JSON when it has a body. */
export function send(client: CallerClient, request: MatrixRequest, options: { remoteAddress?: string } = {}): Promise<LightMyRequestResponse> {
  const { payload, ...rest } = request;
  return client.client.request({
    ...rest,
    ...(options.remoteAddress === undefined ? {} : { remoteAddress: options.remoteAddress }),
    ...(payload === undefined ? {} : { payload, headers: { "content-type": "application/json" } }),
  });
}

/**
 * Who sends a caller's call, and for which clinic: clinic A's, except the `other-clinic-record`
 * caller, a member of A allowed the route sending a call made for clinic B down A's path.
 */
export function callerOf(world: MatrixWorld, route: RouteContract, caller: Caller): { context: CallContext; pathClinicId?: string } {
  if (caller !== "other-clinic-record") return { context: { world, clinic: world.a, caller: world.callers[caller] } };
  const role = roleAllowed(route);
  if (role === null) throw new Error("the other-clinic-record caller needs a route with a permission");
  return { context: { world, clinic: world.b, caller: world.callers[role] }, pathClinicId: world.a.clinicId };
}

/**
 * Puts the caller's session back as it was before a call that changed it (signed out, signed in
 * as a new account on an invitation, or ended every session): the client without a session has
 * no cookie; every other one is signed in as itself.
 */
export async function restoreSession(caller: CallerClient): Promise<void> {
  if (caller.userId === null) {
    caller.client.cookie = null;
    return;
  }
  const me = await caller.client.get("/api/me");
  if (me.statusCode === 200 && (me.json() as { user: { id: string } }).user.id === caller.userId) return;
  await caller.client.signInAgain();
}

/**
 * Tables left out of the fingerprint: every request touches its session row (last seen), and the
 * migrator's own tables are not the app's.
 */
const UNFINGERPRINTED: ReadonlySet<string> = new Set(["sessions", "kysely_migration", "kysely_migration_lock"]);

const tablesOf = new WeakMap<object, Promise<{ name: string; perClinic: boolean }[]>>();

/** The app's tables, found in the schema itself so that a table added later is fingerprinted too. */
function appTables(db: Kysely<Database>): Promise<{ name: string; perClinic: boolean }[]> {
  let tables = tablesOf.get(db);
  if (tables === undefined) {
    tables = sql<{ name: string; per_clinic: boolean }>`
      SELECT t.table_name AS name,
             EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.column_name = 'clinic_id') AS per_clinic
      FROM information_schema.tables t
      WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
      ORDER BY t.table_name`
      .execute(db)
      .then(({ rows }) => rows.filter((row) => !UNFINGERPRINTED.has(row.name)).map((row) => ({ name: row.name, perClinic: row.per_clinic })));
    tablesOf.set(db, tables);
  }
  return tables;
}

/**
 * Each table's row count and an md5 of its rows (of these clinics, for a clinic's table; the
 * demo clinic's year of diaries stays out of it), in one statement: equal fingerprints before
 * and after a call mean it wrote nothing, inserted, updated or deleted.
 */
export async function fingerprint(db: Kysely<Database>, clinicIds: readonly string[]): Promise<Record<string, string>> {
  const tables = await appTables(db);
  const clinics = sql.join(clinicIds.map((id) => sql`${id}`));
  const parts = tables.map(
    ({ name, perClinic }) =>
      sql`SELECT ${name}::text AS name, count(*)::text || ' rows ' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS state
          FROM ${sql.table(name)} AS x ${perClinic ? sql`WHERE x.clinic_id::text IN (${clinics})` : sql``}`,
  );
  const { rows } = await sql<{ name: string; state: string }>`${sql.join(parts, sql` UNION ALL `)}`.execute(db);
  return Object.fromEntries(rows.map((row) => [row.name, row.state]));
}

/** The tables whose fingerprint changed. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]);
}
