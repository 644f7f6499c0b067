/**
 * HIT-6 and MIDAS (pathway-rules §9) as a QuestionnaireResponse each (items "1".."6" or "1".."5"
 * holding the answer as given: HIT-6's option index 0-4, MIDAS's day counts; MIDAS "A" and "B")
 * and an Observation with the score, derivedFrom the response. No LOINC code is confirmed for either
 * total (clinical-facts.md §12), so the scores use local codes. The score's `method` says whether it
 * was calculated from the answers or entered as a paper form's total (a HIT-6 score-entry form: the
 * only case the import reads the score back).
 */
import { scoreQuestionnaire } from "#domain/questionnaires/score-questionnaires.ts";
import type { QuestionnaireAnswers } from "#domain/shared/record.ts";
import { LOCAL_SYSTEM, QUESTIONNAIRE_URL, SYSTEM, localCoding } from "./codes.ts";
import { dateAt, numberAt, objectsAt, optionalCodeOf, rejectWith, stringAt, type At } from "./read.ts";
import { PATIENT_REFERENCE, referenceTo } from "./references.ts";
import type { FhirResource } from "./types.ts";

export const SCORE_CODE = { "HIT-6": "hit-6-total", MIDAS: "midas-total" } as const;
export const SCORE_METHOD = { calculated: "calculated", entered: "entered-total" } as const;

const item = (linkId: string, value: number) => ({ linkId, answer: [{ valueInteger: value }] });

/**
 * The QuestionnaireResponse and the score Observation of one questionnaire.
 * @example questionnaireResources({ instrument: "MIDAS", date: "2026-01-25", responses: [5, 3, 4, 2, 6] }, 0)[1].valueInteger // 20
 */
export function questionnaireResources(questionnaire: QuestionnaireAnswers, index: number): FhirResource[] {
  const id = `questionnaire-${index + 1}`;
  const items = [
    ...questionnaire.responses.map((value, position) => item(String(position + 1), value)),
    ...(questionnaire.a === undefined ? [] : [item("A", questionnaire.a)]),
    ...(questionnaire.b === undefined ? [] : [item("B", questionnaire.b)]),
  ];
  const response: FhirResource = {
    resourceType: "QuestionnaireResponse",
    id,
    questionnaire: QUESTIONNAIRE_URL[questionnaire.instrument],
    status: "completed",
    subject: PATIENT_REFERENCE,
    authored: questionnaire.date,
    ...(items.length === 0 ? {} : { item: items }),
  };
  const method = questionnaire.score === undefined ? SCORE_METHOD.calculated : SCORE_METHOD.entered;
  const score: FhirResource = {
    resourceType: "Observation",
    id: `${id}-score`,
    status: "final",
    category: [{ coding: [{ system: SYSTEM.observationCategory, code: "survey" }] }],
    code: { coding: [localCoding(LOCAL_SYSTEM.observation, SCORE_CODE[questionnaire.instrument], `${questionnaire.instrument} total score`)] },
    subject: PATIENT_REFERENCE,
    effectiveDateTime: questionnaire.date,
    valueInteger: scoreQuestionnaire(questionnaire).score,
    method: { coding: [localCoding(LOCAL_SYSTEM.scoreMethod, method)] },
    derivedFrom: [referenceTo("QuestionnaireResponse", id)],
  };
  return [response, score];
}

/** The instrument a QuestionnaireResponse answers. */
function instrumentOf(at: At): "HIT-6" | "MIDAS" {
  const url = stringAt(at, "questionnaire").split("|")[0];
  if (url === QUESTIONNAIRE_URL["HIT-6"]) return "HIT-6";
  if (url === QUESTIONNAIRE_URL.MIDAS) return "MIDAS";
  return rejectWith(`${at.path}.questionnaire`, `must be ${QUESTIONNAIRE_URL["HIT-6"]} or ${QUESTIONNAIRE_URL.MIDAS}`);
}

/** A questionnaire of the record from its response and, when its total was entered, its score Observation. */
export function questionnaireFromResponse(at: At, score: At | undefined): Record<string, unknown> {
  const instrument = instrumentOf(at);
  const answers = new Map<string, { at: At; value: number }>();
  for (const entry of objectsAt(at, "item")) {
    const linkId = stringAt(entry, "linkId");
    const answer = objectsAt(entry, "answer");
    if (answer.length !== 1) rejectWith(`${entry.path}.answer`, "must hold exactly one answer");
    if (answers.has(linkId)) rejectWith(`${entry.path}.linkId`, "repeats an earlier item");
    answers.set(linkId, { at: entry, value: numberAt(answer[0] as At, "valueInteger") });
  }
  const count = instrument === "HIT-6" ? 6 : 5;
  const responses: number[] = [];
  for (let position = 1; position <= count; position += 1) {
    const answer = answers.get(String(position));
    if (answer !== undefined) responses.push(answer.value);
  }
  if (responses.length !== 0 && responses.length !== count) rejectWith(`${at.path}.item`, `must answer items 1-${count} of ${instrument}, or none`);
  const given = new Set([...Array.from({ length: count }, (_, i) => String(i + 1)), ...(instrument === "MIDAS" ? ["A", "B"] : [])]);
  for (const [linkId, answer] of answers) if (!given.has(linkId)) rejectWith(`${answer.at.path}.linkId`, `is not an item of ${instrument}`);
  const entered = score !== undefined && optionalCodeOf(score, "method", LOCAL_SYSTEM.scoreMethod) === SCORE_METHOD.entered;
  return {
    instrument,
    date: dateAt(at, "authored"),
    responses,
    ...(entered ? { score: numberAt(score, "valueInteger") } : {}),
    ...(answers.has("A") ? { a: answers.get("A")?.value } : {}),
    ...(answers.has("B") ? { b: answers.get("B")?.value } : {}),
  };
}
