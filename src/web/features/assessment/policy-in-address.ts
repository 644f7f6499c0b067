/**
 * The policy a clinician chose to view, kept in the page's address (`?policy=nice-ta260`) so a
 * reload or a shared link shows the same view; no parameter means the clinic's default.
 */
import type { PolicyId } from "#domain/shared/record.ts";
import { isPolicyId } from "./labels.ts";

/**
 * The policy named in a query string, or null for none or an unknown one.
 * @example policyFromSearch("?policy=ehf-2018") // "ehf-2018"
 */
export function policyFromSearch(search: string): PolicyId | null {
  const value = new URLSearchParams(search).get("policy");
  return isPolicyId(value) ? value : null;
}

/**
 * The query string with the policy set, or removed when null; other parameters are kept.
 * @example searchWithPolicy("?tab=diary", "nice-ta260") // "?tab=diary&policy=nice-ta260"
 */
export function searchWithPolicy(search: string, policy: PolicyId | null): string {
  const params = new URLSearchParams(search);
  if (policy === null) params.delete("policy");
  else params.set("policy", policy);
  const text = params.toString();
  return text ? `?${text}` : "";
}
