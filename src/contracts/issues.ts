/**
 * Input errors as people read them: a JSON path (`diary[3].hours`) and what is wrong, never the
 * value itself (the values are personal health data). Used by `cephalog assess` on standard error
 * and by the API's `validation_failed` details (`FieldIssue`).
 */
import type { z } from "zod";
import type { FieldIssue } from "./api/errors.ts";

export type { FieldIssue };

/** How the whole document is named when the problem is at its root. */
export const ROOT_PATH = "record";

/**
 * A JSON path in the dotted form scripts print: `diary[3].hours`; the root is `record`.
 * @example formatPath(["diary", 3, "hours"]) // "diary[3].hours"
 * @example formatPath([]) // "record"
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else if (typeof part === "string" && /^[A-Za-z_$][\w$-]*$/.test(part)) text += text === "" ? part : `.${part}`;
    else text += `[${JSON.stringify(String(part))}]`;
  }
  return text === "" ? ROOT_PATH : text;
}

function jsonTypeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "boolean":
      return "true or false";
    case "object":
      return "an object";
    default:
      return typeof value;
  }
}

const EXPECTED_WORDING: Record<string, string> = {
  object: "an object",
  array: "an array",
  string: "a string",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
};

/** The message of one zod issue in this project's words (the schemas set most of them). */
function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") {
    if (issue.input === undefined) return "is required";
    // Keep a schema's own wording (e.g. "must be a whole number 0-3"); replace zod's generic one.
    if (!issue.message.startsWith("Invalid input")) return issue.message;
    const expected = EXPECTED_WORDING[issue.expected] ?? issue.expected;
    return `must be ${expected}, not ${jsonTypeOf(issue.input)}`;
  }
  return issue.message;
}

/**
 * Flattens a zod error into field issues, one per unknown key and per problem, in the order found.
 * Parse with `{ reportInput: true }` so a missing field reads "is required" (the input itself is
 * only looked at for its JSON type, never printed).
 * @example issuesOf(schema.safeParse({ diary: [{ date: "2026-02-30" }] }, { reportInput: true }).error)
 * // [{ path: "diary[0].date", message: "must be a calendar date YYYY-MM-DD" }, ...]
 */
export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue): FieldIssue[] => {
    if (issue.code === "unrecognized_keys") {
      const what = issue.path.length === 1 && issue.path[0] === "settings" ? "is not a known setting" : "is not a known field";
      return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: what }));
    }
    return [{ path: formatPath(issue.path), message: messageOf(issue) }];
  });
}

/**
 * One line of text for a field issue.
 * @example formatIssue({ path: "diary[3].hours", message: "must be 0-24 hours" }) // "diary[3].hours: must be 0-24 hours"
 */
export function formatIssue(issue: FieldIssue): string {
  return `${issue.path}: ${issue.message}`;
}
