/**
 * The kinds of clinical record kept by the record kit (ADR 0013): each record is an identity
 * (`clinical_records`) and numbered revisions of its content (`clinical_record_revisions`); the
 * highest revision is current. The content of each kind is validated by its schema here, on the
 * way in (API, import) and on the way out (record export), so the stored JSON always parses.
 */
export const RECORD_KINDS = [
  "injection-session",
  "other-toxin-dose",
  "questionnaire",
  "side-effect-report",
  "appointment",
  "authorization",
  "treatment-decision",
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/**
 * A revision's standing: `active` counts; `cancelled` (an appointment called off) and
 * `entered-in-error` (a record withdrawn as a mistake) are kept and shown, never counted.
 */
export const RECORD_STATUSES = ["active", "cancelled", "entered-in-error"] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** Where a revision came from. */
export const RECORD_SOURCES = ["app", "import"] as const;
export type RecordSource = (typeof RECORD_SOURCES)[number];
