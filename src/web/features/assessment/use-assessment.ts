/**
 * The patient's assessment under a policy as of a date, and the clinic's default policy. While a
 * new policy loads, the previous answer stays on screen (marked as updating) instead of blanking
 * the card: calm first (design.md).
 */
import { useRef } from "react";
import type { PolicyId } from "#domain/shared/record.ts";
import { api } from "#web/app/api.ts";
import { useApiQuery, type Query } from "#web/app/use-api-query.ts";
import type { AssessmentView } from "./assessment-view.ts";

export interface AssessmentQuery {
  readonly query: Query<AssessmentView>;
  /** The answer to show: the current one, or the previous one while the next loads. */
  readonly shown: AssessmentView | null;
  readonly updating: boolean;
}

/** `revision` counts changes to what the assessment depends on (the clinical history): a new one asks again. */
export function useAssessment(clinicId: string, patientId: string, asOf: string, policy: PolicyId | null, revision = 0): AssessmentQuery {
  const query = useApiQuery<AssessmentView>(`assessment:${clinicId}:${patientId}:${asOf}:${policy ?? "clinic-default"}:${revision}`, () =>
    api("patientAssessment", { params: { clinicId, patientId }, query: { asOf, ...(policy === null ? {} : { policy }) } }),
  );
  const last = useRef<AssessmentView | null>(null);
  if (query.state.phase === "loaded") last.current = query.state.data;
  const shown = query.state.phase === "loaded" ? query.state.data : query.state.phase === "loading" ? last.current : null;
  return { query, shown, updating: query.state.phase === "loading" && shown !== null };
}

/** The clinic's default policy; null while unknown (the server's default then applies). */
export function useClinicPolicy(clinicId: string): PolicyId | null {
  const settings = useApiQuery(`clinic-settings:${clinicId}`, () => api("getClinicSettings", { params: { clinicId } }));
  return settings.state.phase === "loaded" ? settings.state.data.policy : null;
}
