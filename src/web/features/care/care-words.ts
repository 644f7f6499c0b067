/**
 * Authorizations and treatment decisions in words for staff, typed over the domain's lists
 * (src/domain/pathway), so a new status or decision cannot be shown without words.
 */
import type { PatientCare } from "#contracts/api/care.ts";
import type { AuthorizationStatus, TreatmentDecisionKind } from "#domain/pathway/pathway-status.ts";
import { formatPlainDate } from "#web/ui/format.ts";

export const AUTHORIZATION_WORDS: { readonly [S in AuthorizationStatus]: string } = {
  requested: "Requested",
  approved: "Approved",
  denied: "Denied",
};

export const DECISION_WORDS: { readonly [D in TreatmentDecisionKind]: string } = {
  continue: "Continue treatment",
  stop: "Stop treatment",
  pause: "Pause treatment",
  switch: "Switch to another treatment",
};

type Authorization = PatientCare["authorizations"][number];
type Decision = PatientCare["decisions"][number];

/**
 * One authorization in a line: status and date, then payer, reference and validity when known.
 * @example authorizationLine({ status: "approved", date: "2026-11-02", payer: "Acme Health", reference: "PA-1", validUntil: "2027-11-01", ... })
 * // "Approved 2 Nov 2026 · Acme Health · reference PA-1 · valid until 1 Nov 2027"
 */
export function authorizationLine(authorization: Pick<Authorization, "status" | "date" | "payer" | "reference" | "validUntil">): string {
  return [
    `${AUTHORIZATION_WORDS[authorization.status]} ${formatPlainDate(authorization.date)}`,
    authorization.payer,
    authorization.reference === null ? null : `reference ${authorization.reference}`,
    authorization.validUntil === null ? null : `valid until ${formatPlainDate(authorization.validUntil)}`,
  ]
    .filter((part): part is string => part !== null)
    .join(" · ");
}

/**
 * One decision in a line, with the reassessment date of a pause and the treatment of a switch.
 * @example decisionLine({ decision: "pause", date: "2026-11-02", reassessOn: "2027-02-01", switchTo: null }) // "Pause treatment 2 Nov 2026 · reassess on 1 Feb 2027"
 * @example decisionLine({ decision: "switch", date: "2026-11-02", reassessOn: null, switchTo: "Erenumab" }) // "Switch to another treatment 2 Nov 2026 · to Erenumab"
 */
export function decisionLine(decision: Pick<Decision, "decision" | "date" | "reassessOn"> & { readonly switchTo?: string | null }): string {
  const head = `${DECISION_WORDS[decision.decision]} ${formatPlainDate(decision.date)}`;
  const parts = [head, decision.reassessOn === null ? null : `reassess on ${formatPlainDate(decision.reassessOn)}`, decision.switchTo ? `to ${decision.switchTo}` : null];
  return parts.filter((part): part is string => part !== null).join(" · ");
}

/**
 * Who recorded a revision, when, and (for a correction) why.
 * @example recordedLine({ recordedBy: { name: "Sam Reed" }, recordedAt: "2026-11-02T10:00:00Z", revision: 1, changeReason: null }, "2 Nov 2026, 10:00")
 * // "Recorded by Sam Reed, 2 Nov 2026, 10:00"
 */
export function recordedLine(meta: { readonly recordedBy: { readonly name: string }; readonly revision: number; readonly changeReason: string | null }, when: string): string {
  const who = `${meta.revision > 1 ? "Updated" : "Recorded"} by ${meta.recordedBy.name}, ${when}`;
  return meta.revision > 1 && meta.changeReason !== null && meta.changeReason !== "" ? `${who}: ${meta.changeReason}` : who;
}
