/** Small schemas shared by the API contracts. */
import { z } from "zod";
import { ROLES } from "../permissions.ts";
import { singleLineText } from "../text.ts";

const FROM_REVISION_REQUIRED = "is required: the revision your change was made from (the newest you had read)";

/** A revision number a change is made from, `min` or more; its absence named as required. */
const revisionNumber = (min: number) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? FROM_REVISION_REQUIRED : "must be a whole number") })
    .int("must be a whole number")
    .min(min, `must be ${min} or more`)
    .max(1_000_000_000, "must be at most 1000000000");

/**
 * The revision of a record a change was made from (the newest the client had read). Required of
 * every change to an existing record: a change from an older one is refused with `stale_version`
 * (409, `details.currentRevision`), so two people changing one record, on one server or two,
 * never overwrite each other silently (issue 7).
 */
export const fromRevisionSchema = revisionNumber(1);

/**
 * The same for a record that may have no revision yet (the clinical history): 0 says "nothing was
 * recorded when I opened it", so a first save still refuses to overwrite one made meanwhile.
 */
export const fromRevisionOrNoneSchema = revisionNumber(0);

/** `?fromRevision=N` of a DELETE (which carries no body): the same number, as the query's text. */
export const fromRevisionQuerySchema = z.object({
  fromRevision: z
    .string({ error: (issue) => (issue.input === undefined ? FROM_REVISION_REQUIRED : "must be a whole number") })
    .regex(/^[1-9][0-9]{0,8}$/, "must be a whole number from 1")
    .transform(Number),
});

/** App-generated ids are UUIDv7 (ADR 0004); the API accepts any RFC 4122 UUID. */
export const idSchema = z.uuid();

export const emailSchema = singleLineText().trim().toLowerCase().pipe(z.email("must be an email address")).pipe(z.string().max(254));

/** At least 10 characters; the hash is argon2id (ADR 0004). */
export const passwordSchema = z.string().min(10, "must be at least 10 characters").max(200);

export const personNameSchema = singleLineText().trim().min(1, "is required").max(200);

/** An IANA time zone name such as Europe/London, checked against the runtime's zone data. */
export const timeZoneSchema = singleLineText()
  .min(1)
  .refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: zone });
        return zone.includes("/") || zone === "UTC";
      } catch {
        return false;
      }
    },
    { message: "must be an IANA time zone such as Europe/London" },
  );

/** The staff roles (ADR 0014); the one list is in src/contracts/permissions.ts. */
export { ROLES, type Role } from "../permissions.ts";
export const roleSchema = z.enum(ROLES);
/** One or more roles, each once. */
export const rolesSchema = z
  .array(roleSchema)
  .min(1, "must name at least one role")
  .max(ROLES.length)
  .refine((roles) => new Set(roles).size === roles.length, "must name each role once");

export const okSchema = z.object({ ok: z.literal(true) });

/** The clinic in a clinic route's path. */
export const clinicParamsSchema = z.object({ clinicId: idSchema });
/** A clinic's patient in a patient route's path. */
export const patientParamsSchema = z.object({ clinicId: idSchema, patientId: idSchema });
