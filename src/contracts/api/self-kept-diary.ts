/**
 * Adding a diary kept on the phone before joining the clinic (the public self-check's 4-week
 * diary, issue 9 §5) to the signed-in patient's record, with their consent. Each day becomes a
 * diary revision with source `self-kept`; a date the clinic diary already has is never
 * overwritten and is reported as skipped.
 */
import { z } from "zod";
import { diaryRevisionBodySchema } from "./diary.ts";
import { idSchema } from "./common.ts";
import type { RouteContract } from "./route-contract.ts";

/** A 4-week diary, with room for a person who kept it a little longer. */
export const MAX_SELF_KEPT_DAYS = 92;

export const selfKeptDiaryBodySchema = z
  .object({
    /** The patient the person means to add it to: refused when the session is someone else's. */
    patientId: idSchema,
    /** The person's explicit consent; nothing is added without it. */
    consent: z.literal(true, { error: "must be true: the days are added only with your consent" }),
    /** Each day as the phone kept it: its id, date, when it was recorded, and the answers. */
    days: z.array(diaryRevisionBodySchema).min(1, "must hold at least one day").max(MAX_SELF_KEPT_DAYS, `must hold at most ${MAX_SELF_KEPT_DAYS} days`),
  })
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.days.forEach((day, index) => {
      if (seen.has(day.date)) ctx.addIssue({ code: "custom", path: ["days", index, "date"], message: "is given twice" });
      seen.add(day.date);
    });
  });
export type SelfKeptDiaryBody = z.input<typeof selfKeptDiaryBodySchema>;

export const selfKeptDiaryResultSchema = z.object({
  /** Dates added to the record as self-kept days. */
  added: z.array(z.string()),
  /** Dates the clinic diary already had: left as they were. */
  skipped: z.array(z.string()),
  /** Dates added by an earlier send of the same days (a retry): nothing new stored. */
  alreadyAdded: z.array(z.string()),
});
export type SelfKeptDiaryResult = z.infer<typeof selfKeptDiaryResultSchema>;

export const selfKeptDiaryRoutes = {
  addSelfKeptDiary: {
    method: "POST",
    path: "/api/me/diary/self-kept",
    summary: "Add a diary kept on the phone before joining to the signed-in patient's record (with consent; existing days are never overwritten)",
    access: "patient",
    body: selfKeptDiaryBodySchema,
    response: selfKeptDiaryResultSchema,
  },
} as const satisfies Record<string, RouteContract>;
