/** zod schemas for calendar dates and instants, shared by every contract. */
import { z } from "zod";
import { isCalendarDate, isPlainDate, type PlainDate } from "#domain/shared/plain-date.ts";

/** A real calendar date `YYYY-MM-DD` in the years 1 to 9999 (2026-02-30 and 0000-01-01 are rejected). */
export const plainDateSchema = z
  .string()
  .refine((value) => isPlainDate(value), { message: "must be a calendar date YYYY-MM-DD" })
  .transform((value) => value as PlainDate);

/** An instant: an ISO 8601 timestamp with an offset, normalised to UTC. */
export const instantSchema = z.iso.datetime({ offset: true }).transform((value) => new Date(value).toISOString());

/**
 * A calendar date in an answer: checked, without a transform (Fastify encodes answers with their
 * schema). Any four-digit year: a window before an as-of date in year 1 starts in year 0000.
 */
export const answerDateSchema = z.string().refine((value): boolean => isCalendarDate(value), { message: "must be a calendar date YYYY-MM-DD" });

/** An instant in an answer: a UTC ISO string, without a transform. */
export const answerInstantSchema = z.string();
