/**
 * The fuzz test's requests (fast-check), each made from a route's valid call (the matrix entry's)
 * by breaking it: one field set to an edge of its kind or to junk; every date set to one edge
 * date, or every text to one edge text (the values a loose contract lets through to the
 * database); a query date alone at an edge; the whole body junk or not JSON; a field left out;
 * an extra field; a number the JSON text makes infinite; the query or a path parameter junk.
 */
import fc from "fast-check";
import type { RouteContract } from "#contracts/api/route-contract.ts";
import type { CallInput } from "./authorization-matrix/entry.ts";
import type { MatrixRequest } from "./authorization-matrix/harness.ts";
import { EDGE_DATES, EDGE_TEXTS, junkFor, junkValue, kindOf, utf16Unit, type ValueKind } from "./route-fuzz-values.ts";

/** Raw JSON number literals that JSON.parse makes infinite, negative zero or rounded. */
const RAW_NUMBERS = ["1e400", "-1e400", "-0", "1E-400", "123456789012345678901234567890"] as const;
/** JSON texts that are not JSON, or not an object. */
const RAW_BODIES = ["{", "{\"a\":", "[1,2", "nul", "\"\\ud800\"", "{\"a\":\"\\u0000\"}", "{} {}", "\u0000", "1e400", "[]", "\"text\""] as const;
/** Path segments that name nothing: not ids, too long, badly encoded. Sent as they are. */
const JUNK_SEGMENTS = ["not-a-uuid", "0", "-1", "%00", "%ZZ", "%2e%2e%2f", "..", "%F0%9F%98%80", "%ED%A0%80", "%C0%AF", "x".repeat(3_000), "00000000-0000-0000-0000-000000000000", "0195F1D2-7B1E-7C3A-9F00-00000000000A", "%20", "a%2Fb"] as const;
/** Query strings sent as they are: badly encoded, repeated keys, nested keys, a NUL. */
const JUNK_QUERIES = ["%ZZ=1", "a[b]=c", "from=%00", "asOf=2026-07-20&asOf=2026-07-21", "view=all&view=overdue", "page=1e400", "pageSize=-0", "=", "&&&", `q=${"y".repeat(5_000)}`, "to=%ED%A0%80"] as const;

type Path = readonly (string | number)[];

/** A request before it is written out: the body as a value, the query as texts. */
interface Parts {
  readonly body: unknown;
  readonly query: Readonly<Record<string, unknown>>;
}

/** The leaves of a value (not objects or arrays), with their paths; of an array, its first item only. */
function leavesOf(value: unknown, prefix: Path = []): { path: Path; value: unknown }[] {
  if (Array.isArray(value)) return value.length === 0 ? [] : leavesOf(value[0], [...prefix, 0]);
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => leavesOf(item, [...prefix, key]));
  return prefix.length === 0 ? [] : [{ path: prefix, value }];
}

/** A copy of `value` with `path` set to `replacement`, or removed when `remove`. */
function withAt(value: unknown, path: Path, replacement: unknown, remove = false): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value)) {
    const items: unknown[] = [...value];
    if (rest.length === 0 && remove) items.splice(Number(head), 1);
    else items[Number(head)] = withAt(items[Number(head)], rest, replacement, remove);
    return items;
  }
  const fields: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  if (rest.length === 0 && remove) delete fields[String(head)];
  else fields[String(head)] = withAt(fields[String(head)], rest, replacement, remove);
  return fields;
}

/** The objects inside a value (itself included), where an extra field can go. */
function objectPaths(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.length === 0 ? [] : objectPaths(value[0], [...prefix, 0]);
  if (value === null || typeof value !== "object") return [];
  return [prefix, ...Object.entries(value).flatMap(([key, item]) => objectPaths(item, [...prefix, key]))];
}

/** encodeURIComponent, a lone surrogate (which it cannot encode) sent as the broken UTF-8 a careless client would. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...text].map((unit) => (/[\ud800-\udfff]/.test(unit) ? "%ED%A0%80" : encodeURIComponent(unit))).join("");
  }
}

const queryText = (value: unknown) => (typeof value === "string" ? value : (JSON.stringify(value) ?? ""));

/** Sets every leaf of a kind, in the body and the query, to one value. */
function everyOfKind(parts: Parts, kind: ValueKind, replacement: unknown): Parts {
  let body = parts.body;
  for (const leaf of leavesOf(parts.body)) if (kindOf(leaf.value) === kind) body = withAt(body, leaf.path, replacement);
  const query = Object.fromEntries(Object.entries(parts.query).map(([key, value]) => [key, kindOf(value) === kind ? replacement : value]));
  return { body, query };
}

/**
 * Requests made from the route's valid call, each breaking it in one way. The body is broken only
 * for methods that carry one; the edges of a kind only where the call has fields of that kind.
 */
export function fuzzedRequests(route: RouteContract, base: CallInput): fc.Arbitrary<MatrixRequest> {
  const hasBody = route.method !== "GET" && route.method !== "DELETE";
  const valid: Parts = { body: hasBody ? (base.body ?? {}) : undefined, query: base.query ?? {} };
  const params = base.params ?? {};
  const path = route.path.replace(/:(\w+)/g, (_, name: string) => encode(params[name] ?? ""));
  const render = (parts: Parts, options: { payload?: string; search?: string; url?: string } = {}): MatrixRequest => {
    const search = options.search ?? Object.entries(parts.query).map(([key, value]) => `${encode(key)}=${encode(queryText(value))}`).join("&");
    const url = `${options.url ?? path}${search === "" ? "" : `?${search}`}`;
    const payload = options.payload ?? (parts.body === undefined ? undefined : JSON.stringify(parts.body));
    return { method: route.method, url, ...(payload === undefined ? {} : { payload }) };
  };

  const bodyLeaves = leavesOf(valid.body).map((leaf) => ({ ...leaf, where: "body" as const }));
  const queryLeaves = Object.entries(valid.query).map(([key, value]) => ({ path: [key] as Path, value, where: "query" as const }));
  const leaves = [...bodyLeaves, ...queryLeaves];
  const kinds = new Set(leaves.map((leaf) => kindOf(leaf.value)));
  const choices: fc.WeightedArbitrary<MatrixRequest>[] = [];
  const choose = (weight: number, arbitrary: fc.Arbitrary<MatrixRequest>) => choices.push({ weight, arbitrary });

  if (leaves.length > 0) {
    const oneField = fc.constantFrom(...leaves).chain((leaf) => junkFor(leaf.value).map((junk) => ({ leaf, junk })));
    choose(4, oneField.map(({ leaf, junk }) => render(leaf.where === "body" ? { ...valid, body: withAt(valid.body, leaf.path, junk) } : { ...valid, query: { ...valid.query, [String(leaf.path[0])]: junk } })));
  }
  if (kinds.has("date")) choose(3, fc.constantFrom<unknown>(...EDGE_DATES).map((date) => render(everyOfKind(valid, "date", date))));
  if (kinds.has("text")) choose(2, fc.constantFrom<unknown>(...EDGE_TEXTS).map((text) => render(everyOfKind(valid, "text", text))));
  const queryDates = queryLeaves.filter((leaf) => kindOf(leaf.value) === "date");
  if (queryDates.length > 0) {
    // One end of a range alone: the server derives the other, near the edge of the calendar.
    choose(2, fc.tuple(fc.constantFrom(...queryDates), fc.constantFrom<unknown>(...EDGE_DATES)).map(([leaf, date]) => render({ ...valid, query: { [String(leaf.path[0])]: date } })));
  }
  if (hasBody) {
    choose(1, junkValue.map((junk) => render(valid, { payload: JSON.stringify(junk) ?? "null" })));
    choose(1, fc.constantFrom(...RAW_BODIES).map((payload) => render(valid, { payload })));
    choose(1, fc.tuple(fc.constantFrom(...objectPaths(valid.body)), fc.string({ maxLength: 12 }), junkValue).map(([at, key, junk]) => render({ ...valid, body: withAt(valid.body, [...at, key === "" ? "extra" : key], junk) })));
    if (bodyLeaves.length > 0) {
      const leaf = fc.constantFrom(...bodyLeaves);
      choose(1, leaf.map(({ path: at }) => render({ ...valid, body: withAt(valid.body, at, undefined, true) })));
      // A number literal JSON.parse turns into Infinity, -0 or a rounded value, where a field goes.
      choose(1, fc.tuple(leaf, fc.constantFrom(...RAW_NUMBERS)).map(([{ path: at }, raw]) => render(valid, { payload: (JSON.stringify(withAt(valid.body, at, "__raw__")) ?? "").replace('"__raw__"', raw) })));
    }
  }
  const baseSearch = render(valid).url.split("?")[1] ?? "";
  choose(1, fc.constantFrom(...JUNK_QUERIES).map((junk) => render(valid, { search: baseSearch === "" ? junk : `${baseSearch}&${junk}` })));
  choose(1, fc.tuple(fc.string({ unit: utf16Unit, minLength: 1, maxLength: 12 }), junkValue).map(([key, junk]) => render({ ...valid, query: { ...valid.query, [key]: junk } })));
  const names = Object.keys(params);
  if (names.length > 0) {
    const segment = fc.oneof(fc.constantFrom<string>(...JUNK_SEGMENTS), fc.string({ unit: utf16Unit, minLength: 1, maxLength: 30 }).map(encode));
    const brokenPath = fc.tuple(fc.constantFrom(...names), segment).map(([name, junk]) => route.path.replace(/:(\w+)/g, (_, param: string) => (param === name ? junk : encode(params[param] ?? ""))));
    choose(1, brokenPath.map((url) => render(valid, { url })));
  }
  return fc.oneof(...choices);
}
