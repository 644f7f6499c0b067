/** zod schemas for calendar dates and instants, shared by every contract. */
import { z } from "zod";
import { isPlainDate, type PlainDate } from "#domain/shared/plain-date.ts";

/** A real calendar date `YYYY-MM-DD` (2026-02-30 is rejected). */
export const plainDateSchema = z
  .string()
  .refine((value) => isPlainDate(value), { message: "must be a calendar date YYYY-MM-DD" })
  .transform((value) => value as PlainDate);

/** An instant: an ISO 8601 timestamp with an offset, normalised to UTC. */
export const instantSchema = z.iso.datetime({ offset: true }).transform((value) => new Date(value).toISOString());

/** A calendar date in an answer: checked, without a transform (Fastify encodes answers with their schema). */
export const answerDateSchema = z.string().refine((value): boolean => isPlainDate(value), { message: "must be a calendar date YYYY-MM-DD" });

/** An instant in an answer: a UTC ISO string, without a transform. */
export const answerInstantSchema = z.string();
