/**
 * The assessment as this card reads it: the API's answer (src/contracts/api/assessment.ts), the
 * contract's assessment (`cephalog.assessment/1`) with each eligibility criterion's `evidence`
 * and `missing` and each overuse window's rules (pathway-rules §5: "each with the evidence used
 * and, when unknown, what is missing").
 */
import type { PatientAssessment } from "#contracts/api/assessment.ts";

export type AssessmentView = PatientAssessment;
export type CriterionView = AssessmentView["eligibility"]["criteria"][number];
