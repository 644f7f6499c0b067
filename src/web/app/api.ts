/**
 * The typed API client: one function, `api(name, input)`, built from `apiRoutes`
 * (src/contracts/api/routes.ts), so a path, a body or a response type cannot drift from the server.
 * Sends JSON with the session cookie (same origin), checks each answer against the contract, and
 * turns every failure into an ApiError.
 */
import type { z } from "zod";
import { errorBodySchema } from "#contracts/api/errors.ts";
import type { RouteContract } from "#contracts/api/route-contract.ts";
import type { ApiRoutes, RouteName } from "#contracts/api/routes.ts";
import { pageLanguage } from "#web/i18n/i18n.ts";
import type { Language } from "#web/i18n/languages.ts";
import { ApiError } from "./api-error.ts";
import { patientAppRoutes } from "./patient-app-routes.ts";

type SchemaOf<R, K extends string> = R extends { readonly [P in K]: infer S extends z.ZodType } ? S : never;

/** The params, query and body a route takes (what goes in: `z.input`). */
export type ApiInput<N extends RouteName> = ([SchemaOf<ApiRoutes[N], "params">] extends [never]
  ? unknown
  : { params: z.input<SchemaOf<ApiRoutes[N], "params">> }) &
  ([SchemaOf<ApiRoutes[N], "query">] extends [never] ? unknown : { query?: z.input<SchemaOf<ApiRoutes[N], "query">> }) &
  ([SchemaOf<ApiRoutes[N], "body">] extends [never] ? unknown : { body: z.input<SchemaOf<ApiRoutes[N], "body">> });

/** What a route answers (what comes out: `z.output`). */
export type ApiResponse<N extends RouteName> = z.output<ApiRoutes[N]["response"]>;

type InputArgs<N extends RouteName> = Partial<ApiInput<N>> extends ApiInput<N> ? [input?: ApiInput<N>] : [input: ApiInput<N>];

/**
 * Fills `:name` segments of a route path.
 * @example fillPath("/api/clinics/:clinicId/staff", { clinicId: "c1" }) // "/api/clinics/c1/staff"
 */
export function fillPath(path: string, params: Readonly<Record<string, string>> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_segment, name: string) => {
    const value = params[name];
    // A missing param is a programmer error: the types require every one.
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
}

/**
 * Adds defined query values to a path.
 * @example withQuery("/api/me/diary", { from: "2026-07-01", to: undefined }) // "/api/me/diary?from=2026-07-01"
 */
export function withQuery(path: string, query: Readonly<Record<string, string | undefined>> | undefined): string {
  if (!query) return path;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) search.set(key, value);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * A call's headers: JSON both ways, and the page's language, so what the server words itself (a
 * weak password's advice) is in the reader's language (issue 9 §7).
 * @example requestHeaders(true, "es") // { "content-type": "application/json", accept: "application/json", "accept-language": "es" }
 */
export function requestHeaders(hasBody: boolean, language: Language): Record<string, string> {
  return { ...(hasBody ? { "content-type": "application/json" } : {}), accept: "application/json", "accept-language": language };
}

const GATEWAY_STATUSES = new Set([502, 503, 504]);

/** Reads a failed response into an ApiError, whatever shape it came in. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  let json: unknown = null;
  try {
    json = await response.json();
  } catch {
    // Not JSON: handled below with the status alone.
  }
  const parsed = errorBodySchema.safeParse(json);
  if (!parsed.success) {
    // A gateway's own error page (502-504): the Cephalog server itself was not reached.
    if (GATEWAY_STATUSES.has(response.status)) return new ApiError("network_unreachable", "Cannot reach the server.", response.status);
    return new ApiError("unexpected_response", `The server answered ${response.status} in an unexpected form.`, response.status);
  }
  const { code, message, details } = parsed.data.error;
  return new ApiError(code, message, response.status, details?.issues ?? []);
}

/** A route's contract: the patient app's own at once, any other from the full table, loaded on first use. */
export async function routeOf(name: RouteName): Promise<RouteContract> {
  const near = patientAppRoutes[name];
  if (near) return near;
  const { apiRoutes } = await import("#contracts/api/routes.ts");
  return apiRoutes[name];
}

/** Calls one API route by name. Rejects with an ApiError. */
export async function api<N extends RouteName>(name: N, ...[input]: InputArgs<N>): Promise<ApiResponse<N>> {
  const route = await routeOf(name);
  const given = (input ?? {}) as { params?: Record<string, string>; query?: Record<string, string | undefined>; body?: unknown };
  const url = withQuery(fillPath(route.path, given.params), given.query);
  const hasBody = given.body !== undefined;
  let response: Response;
  try {
    response = await fetch(url, {
      method: route.method,
      credentials: "same-origin",
      headers: requestHeaders(hasBody, pageLanguage()),
      body: hasBody ? JSON.stringify(given.body) : null,
    });
  } catch {
    throw new ApiError("network_unreachable", "Cannot reach the server.", 0);
  }
  if (!response.ok) throw await errorFromResponse(response);
  if (response.status === 204) return undefined as ApiResponse<N>;
  return (await readResponse(route.response as z.ZodType, response)) as ApiResponse<N>;
}

/**
 * Reads a successful answer and checks it against the route's response schema: a 200 that is
 * not the API's answer (a captive portal's or a proxy's page) is an `unexpected_response`, a
 * passing failure, never data.
 */
export async function readResponse<S extends z.ZodType>(schema: S, response: Response): Promise<z.output<S>> {
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ApiError("unexpected_response", "The server's answer could not be read.", response.status);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError("unexpected_response", "The server's answer was not in the expected form.", response.status);
  return parsed.data;
}
