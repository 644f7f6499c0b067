/**
 * A side-effect report (pathway-rules §10) as an AdverseEvent: each symptom a contained Condition
 * (coded in the local side-effect-symptom system, the rules' symptom codes) named by
 * resultingCondition, in the report's order; the suspected cause is the latest session on or
 * before the report's date, when there is one (export only).
 */
import { SYMPTOM_CODES, type SideEffectReport, type TreatmentSession } from "#domain/shared/record.ts";
import { LOCAL_SYSTEM, localCoding } from "./codes.ts";
import { codeAt, dateAt, objectsAt, optionalStringAt, rejectWith, type At } from "./read.ts";
import { PATIENT_REFERENCE, referenceTo, sessionIds } from "./references.ts";
import type { FhirResource } from "./types.ts";

/**
 * The AdverseEvent of one report.
 * @example adverseEventResource({ date: "2026-02-03", symptoms: ["neck-pain"] }, 0, []).resultingCondition // [{ reference: "#symptom-1" }]
 */
export function adverseEventResource(report: SideEffectReport, index: number, sessions: readonly TreatmentSession[]): FhirResource {
  const latest = sessions.filter((s) => s.date <= report.date).reduce<string | undefined>((last, s) => (last === undefined || s.date > last ? s.date : last), undefined);
  return {
    resourceType: "AdverseEvent",
    id: `side-effect-${index + 1}`,
    contained: report.symptoms.map((symptom, position) => ({
      resourceType: "Condition",
      id: `symptom-${position + 1}`,
      code: { coding: [localCoding(LOCAL_SYSTEM.sideEffectSymptom, symptom)] },
      subject: PATIENT_REFERENCE,
    })),
    actuality: "actual",
    event: { text: "Side effect reported after onabotulinumtoxinA" },
    subject: PATIENT_REFERENCE,
    date: report.date,
    resultingCondition: report.symptoms.map((_, position) => ({ reference: `#symptom-${position + 1}` })),
    ...(latest === undefined ? {} : { suspectEntity: [{ instance: referenceTo("Procedure", sessionIds(latest).procedure) }] }),
  };
}

/** A side-effect report of the record from its AdverseEvent. */
export function sideEffectFromAdverseEvent(at: At): Record<string, unknown> {
  const contained = new Map(objectsAt(at, "contained").map((c) => [optionalStringAt(c, "id"), c]));
  const symptoms = objectsAt(at, "resultingCondition").map((reference) => {
    const target = optionalStringAt(reference, "reference");
    const condition = target?.startsWith("#") === true ? contained.get(target.slice(1)) : undefined;
    if (condition === undefined) return rejectWith(`${reference.path}.reference`, "must name a contained Condition (#id)");
    return codeAt(condition, "code", LOCAL_SYSTEM.sideEffectSymptom, SYMPTOM_CODES);
  });
  return { date: dateAt(at, "date"), symptoms };
}
