/**
 * The injection session record as stored, signed and amended (pathway-rules §6; clinical-facts.md
 * §9.3): the sites, vials and lots, reconstitution, checklist, written reasons and the procedure's
 * details. A draft is the same shape with every field optional, saved as the injector works.
 */
import { z } from "zod";
import { CHECKLIST_ITEM_IDS } from "#domain/injections/checklist.ts";
import { MUSCLES, SIDES } from "#domain/shared/record.ts";
import { answerDateSchema, answerInstantSchema, instantSchema, plainDateSchema } from "../plain-date.ts";
import { freeText, singleLineText } from "../text.ts";

const id = z.uuid();
const shortText = (max: number) => singleLineText().trim().min(1, "must not be empty").max(max);

export const sessionInjectionSchema = z.object({
  muscle: z.enum(MUSCLES),
  side: z.enum(SIDES),
  // Zero or negative units are a clinical problem the check reports (site_units_invalid), not an input error.
  units: z.number().min(-1000).max(1000),
  followThePain: z.boolean(),
});

const checklistAnswer = z.enum(["yes", "no"]).nullable();
export const checklistSchema = z.object(Object.fromEntries(CHECKLIST_ITEM_IDS.map((item) => [item, checklistAnswer.optional()])) as Record<(typeof CHECKLIST_ITEM_IDS)[number], z.ZodOptional<typeof checklistAnswer>>);

/** Text as sent (checked and trimmed) and as answered (already checked: plain strings, no transforms). */
const inText = { short: (max: number) => shortText(max), reason: () => freeText().trim().max(2000), note: () => freeText().max(4000), key: () => singleLineText().max(60) };
const outText = { short: (_max: number) => z.string(), reason: () => z.string(), note: () => z.string(), key: () => z.string() };

/**
 * The session's fields over a date and an instant schema: with transforms for what comes in
 * (normalised), without for answers (Fastify serializes an answer by encoding it with its schema).
 */
function sessionShapeOf<D extends z.ZodType<string, string>, I extends z.ZodType<string, string>>(date: D, instant: I, text: typeof inText | typeof outText) {
  const shortText = text.short;
  const reasonText = text.reason();
  const vials = z.object({
    lotId: id,
    lotNumber: shortText(40),
    productId: shortText(80),
    vialUnits: z.union([z.literal(100), z.literal(200)]),
    expiry: date,
    vials: z.number().int().min(0).max(10),
    diluentMl: z.number().gt(0, "must be more than 0 mL").max(20),
  });
  const otherToxin = z.object({
    date,
    units: z.number().gt(0, "must be more than 0 units").max(2000),
    indication: shortText(200).optional(),
  });
  return {
    date,
    /** When the injections were given (reconstitution is checked against it). */
    givenAt: instant.nullable(),
    /** Who injected; null only for a session imported from a record that does not say. */
    injectorUserId: id.nullable(),
    injections: z.array(sessionInjectionSchema).max(80),
    /** The written reason to give it before the minimum interval (pathway-rules §6). */
    overrideReason: reasonText.nullable(),
    vials: z.array(vials).max(10),
    diluentLot: shortText(40).nullable(),
    reconstitutedAt: instant.nullable(),
    checklist: checklistSchema,
    otherToxin: otherToxin.nullable(),
    /** The written reason for each kind of warning, by problem code. */
    warningReasons: z.record(text.key(), reasonText),
    needle: shortText(80).nullable(),
    diagnosisCode: shortText(20).nullable(),
    /** The patient was told the red-flag symptoms and whom to call. */
    educationGiven: z.boolean(),
    notes: text.note().nullable(),
  };
}

/** Everything a signed session says, as sent (dates checked, instants normalised to UTC). */
export const sessionContentShape = sessionShapeOf(plainDateSchema, instantSchema, inText);
export const sessionContentSchema = z.object(sessionContentShape);
export type SessionContent = z.output<typeof sessionContentSchema>;
export type SessionContentInput = z.input<typeof sessionContentSchema>;
export type SessionVials = SessionContent["vials"][number];

/** The same, as answered. */
export const sessionContentAnswerSchema = z.object(sessionShapeOf(answerDateSchema, answerInstantSchema, outText));

/** A draft: any part of a session, saved as the injector works. */
export const sessionDraftContentSchema = z.object(sessionContentShape).partial();
export type SessionDraftContent = z.output<typeof sessionDraftContentSchema>;
export const sessionDraftContentAnswerSchema = sessionContentAnswerSchema.partial();
