/**
 * The answers of one diary day (pathway-rules §2): the same shape in the patient record
 * (`cephalog assess`, imports), the API and the offline diary.
 */
import { z } from "zod";
import { hoursInBand } from "#domain/diary/duration-bands.ts";
import { ACUTE_MEDICATION_CLASSES, DURATION_BANDS, type DurationBand } from "#domain/shared/record.ts";
import { freeText, singleLineText } from "./text.ts";

/** `nsaid` is an input alias of `simple-analgesic` (pathway-rules §2: NSAIDs fold into simple analgesics). */
export const acuteMedicationClassSchema = z
  .enum([...ACUTE_MEDICATION_CLASSES, "nsaid"])
  .transform((value) => (value === "nsaid" ? "simple-analgesic" : value));

export const acuteMedicationSchema = z.object({
  name: singleLineText().trim().max(200).optional(),
  class: acuteMedicationClassSchema,
  relief: z.boolean().optional(),
});

export const headacheFeaturesSchema = z.object({
  unilateral: z.boolean().optional(),
  pulsating: z.boolean().optional(),
  aggravatedByActivity: z.boolean().optional(),
  nausea: z.boolean().optional(),
  vomiting: z.boolean().optional(),
  photophobia: z.boolean().optional(),
  phonophobia: z.boolean().optional(),
  aura: z.boolean().optional(),
});

/** Hours and severity are required on a headache day and range-checked whenever present. */
export const diaryAnswersShape = {
  headache: z.boolean(),
  hours: z.number().min(0, "must be 0-24 hours").max(24, "must be 0-24 hours").optional(),
  /** The band the patient chose (issue 9), kept as chosen; `hours` is what it counts as (src/domain/diary/duration-bands.ts). */
  duration: z.enum(DURATION_BANDS, { error: `must be one of ${DURATION_BANDS.join(", ")}` }).optional(),
  severity: z.number().int("must be a whole number 0-3").min(0, "must be 0-3").max(3, "must be 0-3").optional(),
  features: headacheFeaturesSchema.optional(),
  medications: z.array(acuteMedicationSchema).max(50).optional(),
  /** The patient's own note on the day (issue 9), for the clinician; not counted by the rules. */
  note: freeText().trim().max(500, "must be at most 500 characters").optional(),
};

type AnswersLike = { headache: boolean; hours?: number | undefined; duration?: DurationBand | undefined; severity?: number | undefined };

/** Adds the "required on a headache day" checks to an object schema holding the answer fields. */
export function requireHeadacheDetails(value: AnswersLike, ctx: z.RefinementCtx): void {
  if (value.duration !== undefined) checkBandAgrees(value, ctx);
  if (!value.headache) return;
  if (value.hours === undefined) ctx.addIssue({ code: "custom", path: ["hours"], message: "is required when headache is true" });
  if (value.severity === undefined) ctx.addIssue({ code: "custom", path: ["severity"], message: "is required when headache is true" });
}

/** A band needs the hours it counts as, and those hours must lie in it (so rules and clinician read the same day). */
export function checkBandAgrees(value: { hours?: number | undefined; duration?: DurationBand | undefined }, ctx: z.RefinementCtx): void {
  if (value.duration === undefined) return;
  if (value.hours === undefined) ctx.addIssue({ code: "custom", path: ["hours"], message: "is required with a duration band" });
  else if (!hoursInBand(value.hours, value.duration)) ctx.addIssue({ code: "custom", path: ["hours"], message: "must lie in the duration band" });
}

export const diaryAnswersSchema = z.object(diaryAnswersShape).superRefine(requireHeadacheDetails);
export type DiaryAnswersInput = z.input<typeof diaryAnswersSchema>;
export type DiaryAnswersParsed = z.output<typeof diaryAnswersSchema>;
