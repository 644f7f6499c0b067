/**
 * The stock page's forms as typed (strings) checked against the API's own schemas before
 * sending, so a problem is shown beside its field exactly as the server would name it; an empty
 * field is said to be required rather than "not a number" or "not a date".
 */
import { correctLotBodySchema, receiveLotBodySchema, updateProductBodySchema } from "#contracts/api/stock.ts";
import type { z } from "zod";
import { ApiError } from "#web/app/api-error.ts";
import { validate, type Validated } from "#web/app/validate.ts";

/** Receiving a lot, as typed. */
export interface LotDraft {
  readonly productId: string;
  readonly lotNumber: string;
  /** YYYY-MM-DD from the date input, "" until chosen. */
  readonly expiry: string;
  readonly vialsReceived: string;
}

export const emptyLot = (productId: string): LotDraft => ({ productId, lotNumber: "", expiry: "", vialsReceived: "" });

/**
 * A typed count as a number for the schema: "" stays missing and text that is not a number
 * becomes NaN (both then get a plain message below).
 * @example countOf(" 6 ") // 6
 * @example countOf("") // undefined
 */
export function countOf(text: string): number | undefined {
  return text.trim() === "" ? undefined : Number(text.trim());
}

/**
 * Replaces the schema's message for a field left empty, or a count that is not a number; one
 * issue per field (an empty lot number breaks two rules, the first is said).
 */
function plainIssues(error: ApiError, empty: readonly string[], counts: readonly string[]): ApiError {
  const first = error.issues.filter((issue, index) => error.issues.findIndex((other) => other.path === issue.path) === index);
  const issues = first.map((issue) => {
    if (empty.includes(issue.path)) return { path: issue.path, message: "is required" };
    if (counts.includes(issue.path) && /expected number/i.test(issue.message)) return { path: issue.path, message: "must be a whole number" };
    return issue;
  });
  return new ApiError("validation_failed", error.message, 400, issues);
}

function check<S extends z.ZodType>(schema: S, value: unknown, empty: readonly string[], counts: readonly string[]): Validated<z.output<S>> {
  const checked = validate(schema, value);
  return checked.ok ? checked : { ok: false, error: plainIssues(checked.error, empty, counts) };
}

/** The receive form checked as the server checks it (an expired lot is the server's to refuse). */
export function checkLot(draft: LotDraft): Validated<z.output<typeof receiveLotBodySchema>> {
  const empty = (["productId", "lotNumber", "expiry", "vialsReceived"] as const).filter((field) => draft[field].trim() === "");
  return check(receiveLotBodySchema, { productId: draft.productId, lotNumber: draft.lotNumber, expiry: draft.expiry, vialsReceived: countOf(draft.vialsReceived) }, empty, ["vialsReceived"]);
}

/** Correcting a lot's vials received, as typed. */
export function checkCorrection(vialsReceived: string): Validated<z.output<typeof correctLotBodySchema>> {
  return check(correctLotBodySchema, { vialsReceived: countOf(vialsReceived) }, vialsReceived.trim() === "" ? ["vialsReceived"] : [], ["vialsReceived"]);
}

/** Editing a catalogue entry, as typed. */
export interface ProductDraft {
  readonly name: string;
  readonly ndc: string;
  readonly active: boolean;
}

export function checkProduct(draft: ProductDraft): Validated<z.output<typeof updateProductBodySchema>> {
  const empty = (["name", "ndc"] as const).filter((field) => draft[field].trim() === "");
  return check(updateProductBodySchema, draft, empty, []);
}
