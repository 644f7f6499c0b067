/**
 * The tables as Kysely sees them. Dates (`date`) come back as `YYYY-MM-DD` strings and instants
 * (`timestamptz`) as UTC ISO strings on both drivers (see type-parsers.ts).
 *
 * Tenancy (architecture.md, "Growing past one machine"): every clinical table carries
 * `clinic_id` in its primary key and foreign keys. `users`, `sessions`, `jobs`,
 * `login_failures`, `notifications`, `push_subscriptions`, `web_push_keys` and the account tables
 * of two-factor sign-in and password reset are global.
 */
import type { ColumnType, Generated, Insertable, Selectable } from "kysely";
import type { Role } from "#contracts/permissions.ts";
import type { RecordKind, RecordSource, RecordStatus } from "#contracts/records/record-kinds.ts";
import type { DurationBand, PolicyId, PreventiveClass, PreventiveOutcome, Sex } from "#domain/shared/record.ts";

/** An instant: written as an ISO string, read back as a UTC ISO string. */
type Instant = string;
/** A `timestamptz` column with a database default. */
type InstantDefault = ColumnType<string, string | undefined, string>;
/** jsonb: written as a JSON string, read back parsed. */
type Json<T> = ColumnType<T, string, string>;

export type { Role };

export interface ClinicsTable {
  id: string;
  name: string;
  time_zone: string;
  is_demo: ColumnType<boolean, boolean | undefined, boolean>;
  /** The eligibility policy the clinic's assessments use (ADR 0010); default us-label. */
  policy: ColumnType<PolicyId, PolicyId | undefined, PolicyId>;
  /** Operational settings a clinic changed (src/domain/shared/operations.ts); {} keeps the defaults. */
  operations: ColumnType<Record<string, number>, string | undefined, string>;
  created_at: InstantDefault;
  /** Staff must sign in with a second factor (features/auth/two-factor-gate.ts); true for new clinics. */
  two_factor_required_for_staff: ColumnType<boolean, boolean | undefined, boolean>;
  /** The emergency number a red side-effect report tells patients to call; null: the default of the clinic's time zone (issue 8). */
  emergency_number: ColumnType<string | null, string | null | undefined, string | null>;
  /** The clinic's phone number shown to its patients, if any (issue 8). */
  clinic_phone: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface UsersTable {
  id: string;
  /** Always lower-cased. */
  email: string;
  name: string;
  password_hash: string;
  created_at: InstantDefault;
  /** Failed sign-ins at this account since its last sign-in, told to the holder at the next one. */
  failed_sign_ins: Generated<number>;
  last_failed_sign_in_at: Instant | null;
  /** The TOTP secret (base32): set at enrolment, in use once `totp_enabled_at` is set. */
  totp_secret: ColumnType<string | null, string | null | undefined, string | null>;
  totp_enabled_at: ColumnType<Instant | null, Instant | null | undefined, Instant | null>;
  /** The time step (30 s) of the last code accepted: a code of that step or before is refused (replay). */
  totp_last_step: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface MembershipsTable {
  clinic_id: string;
  user_id: string;
  role: Role;
  created_at: InstantDefault;
  /** Set while an administrator has deactivated the member: they reach nothing of the clinic. */
  deactivated_at: ColumnType<Instant | null, Instant | null | undefined, Instant | null>;
}

export interface PatientsTable {
  clinic_id: string;
  id: string;
  name: string;
  birth_date: string;
  /** IANA zone: the patient's calendar decides "today" and lateness. */
  time_zone: string;
  user_id: string | null;
  created_at: InstantDefault;
  sex: ColumnType<Sex | null, Sex | null | undefined, Sex | null>;
  /** The clinic's own record number (MRN), unique within the clinic. */
  record_number: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface MembershipRolesTable {
  clinic_id: string;
  user_id: string;
  role: Role;
  created_at: InstantDefault;
}

export interface InvitationsTable {
  clinic_id: string;
  id: string;
  /** sha256 (hex) of the token in the link; the token itself is never stored. */
  token_hash: string;
  kind: "patient" | "staff";
  patient_id: string | null;
  email: string | null;
  name: string;
  role: Role | null;
  /** Every role a staff invitation gives (null on older rows: just `role`). */
  roles: ColumnType<Role[] | null, string | null | undefined, string | null>;
  created_by: string;
  created_at: InstantDefault;
  expires_at: Instant;
  used_at: Instant | null;
  /** Wrong passwords given on this link; at INVITATION_MAX_FAILED_ATTEMPTS it is spent. */
  failed_attempts: Generated<number>;
  /** Set when an administrator revoked the link (or resent it: a new link replaces it). */
  revoked_at: ColumnType<Instant | null, Instant | null | undefined, Instant | null>;
}

export interface SessionsTable {
  /** sha256 (hex) of the cookie token. */
  id: string;
  user_id: string;
  created_at: Instant;
  expires_at: Instant;
  last_seen_at: Instant;
  /** The session ends by then however busy it is; null on sessions from before limits were kept. */
  absolute_expires_at: Instant | null;
  /** How long (seconds) it may sit unused; null on sessions from before. */
  idle_seconds: number | null;
}

/** The stored answers of one diary day (the contract's answers, without the date). */
export interface StoredDiaryAnswers {
  headache: boolean;
  hours?: number | undefined;
  /** The band the patient chose (issue 9); absent on entries kept in hours only. */
  duration?: DurationBand | undefined;
  severity?: number | undefined;
  features?: Record<string, boolean | undefined> | undefined;
  medications?: { name?: string | undefined; class: string; relief?: boolean | undefined }[] | undefined;
  /** The patient's note on the day (issue 9). */
  note?: string | undefined;
}

export interface DiaryRevisionsTable {
  clinic_id: string;
  patient_id: string;
  /** Generated on the device, so a resend is recognised. */
  id: string;
  date: string;
  answers: Json<StoredDiaryAnswers>;
  recorded_at: Instant;
  received_at: Instant;
  entered_by: "patient" | "staff";
  entered_by_user_id: string | null;
  /** `self-kept`: kept on the person's phone before joining, added with consent (issue 9 §5). */
  source: "app" | "import" | "self-kept";
  late: boolean;
}

/** One save of a patient's clinical history (ADR 0011); the latest by recorded_at is current. Null answers are unknown. */
export interface ClinicalHistoryRevisionsTable {
  clinic_id: string;
  patient_id: string;
  id: string;
  chronic_migraine_since: string | null;
  botulinum_hypersensitivity: boolean | null;
  injection_site_infection: boolean | null;
  overuse_managed: boolean | null;
  /** The patient tried no preventive treatment (an empty list, not "unknown"). */
  no_preventives_tried: boolean;
  /** 1, 2, ... per patient, assigned under the patient's lock: the highest is current. */
  revision: number;
  /** When it was saved (information only: never later than the next revision's). */
  recorded_at: Instant;
  recorded_by: string;
}

/** A preventive trial's identity: which patient it belongs to. Its content lives in its revisions. */
export interface PreventiveTrialsTable {
  clinic_id: string;
  id: string;
  patient_id: string;
  created_at: Instant;
}

export type PreventiveTrialStatus = "active" | "entered-in-error";

/** One version of a preventive trial (ADR 0011): revision 1, 2, ...; the highest is current. */
export interface PreventiveTrialRevisionsTable {
  clinic_id: string;
  trial_id: string;
  revision: number;
  name: string;
  class: PreventiveClass;
  start_date: string;
  end_date: string | null;
  outcome: PreventiveOutcome;
  /** The dose in the clinician's words ("topiramate 100 mg daily"); null where not recorded (issue 10). */
  dose: string | null;
  /** `entered-in-error` withdraws the trial: it no longer counts, and nothing is deleted. */
  status: PreventiveTrialStatus;
  recorded_at: Instant;
  recorded_by: string;
}

/** A clinical record's identity (ADR 0013): which patient, which kind. Its content lives in its revisions. */
export interface ClinicalRecordsTable {
  clinic_id: string;
  id: string;
  patient_id: string;
  kind: RecordKind;
  created_at: Instant;
  created_by: string;
}

/** One version of a clinical record: 1, 2, ...; the highest is current; after the first, a reason. */
export interface ClinicalRecordRevisionsTable {
  clinic_id: string;
  record_id: string;
  revision: number;
  patient_id: string;
  kind: RecordKind;
  status: RecordStatus;
  effective_date: string;
  content: Json<unknown>;
  reason: string | null;
  source: RecordSource;
  recorded_at: Instant;
  recorded_by: string;
}

export interface ProductsTable {
  clinic_id: string;
  id: string;
  name: string;
  vial_units: number;
  ndc: string;
  hcpcs: string;
  /** numeric: read back as a string by both drivers. */
  standard_diluent_ml: ColumnType<string, number | string, number | string>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface LotsTable {
  clinic_id: string;
  id: string;
  product_id: string;
  lot_number: string;
  expiry: string;
  vials_received: number;
  received_on: string;
  received_by: string;
  created_at: Instant;
}

export interface InjectorHoursTable {
  clinic_id: string;
  user_id: string;
  weekday: number;
  start_time: string;
  end_time: string;
}

export interface InjectorHoursExceptionsTable {
  clinic_id: string;
  user_id: string;
  date: string;
  ranges: Json<{ start: string; end: string }[]>;
  note: string | null;
}

export interface SessionDraftsTable {
  clinic_id: string;
  id: string;
  patient_id: string;
  content: Json<unknown>;
  state: "open" | "signed" | "discarded";
  version: number;
  created_at: Instant;
  created_by: string;
  updated_at: Instant;
  updated_by: string;
}

export interface AppointmentSlotsTable {
  clinic_id: string;
  injector_user_id: string;
  starts_at: Instant;
  appointment_id: string;
}

export interface CalendarFeedsTable {
  clinic_id: string;
  user_id: string;
  token_hash: string;
  created_at: Instant;
  revoked_at: Instant | null;
}

export interface PatientPathwayTable {
  clinic_id: string;
  patient_id: string;
  state: string;
  cycle: number | null;
  next_action: string;
  next_action_date: string | null;
  last_session_date: string | null;
  next_due: string | null;
  next_late: string | null;
  next_appointment_at: Instant | null;
  eligibility: string;
  computed_for: string;
  computed_at: Instant;
  /** Why a stopped patient stopped: "stop" or "switch"; null in every other state. */
  stopped_by: string | null;
}

/** The review a treatment decision was made on, kept unchanged (append-only). */
export interface TreatmentDecisionBasesTable {
  clinic_id: string;
  decision_id: string;
  patient_id: string;
  policy: string;
  as_of: string;
  recommendation: string | null;
  follows_recommendation: boolean | null;
  review: Json<unknown>;
  recorded_at: Instant;
}

export interface AuditEventsTable {
  clinic_id: string;
  id: string;
  at: Instant;
  actor_user_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  /** A read of a patient's or the clinic's data, or a write (every row from before ADR 0016). */
  kind: ColumnType<"read" | "write", "read" | "write" | undefined, never>;
  /** The patient whose data was read or written, when one. */
  patient_id: ColumnType<string | null, string | null | undefined, never>;
  /** The API route pattern (never the raw URL), its method and the client's address; null outside a request. */
  route: ColumnType<string | null, string | null | undefined, never>;
  method: ColumnType<string | null, string | null | undefined, never>;
  ip: ColumnType<string | null, string | null | undefined, never>;
}

/** Sign-ins, sign-outs and password changes: global, since a failed sign-in names no clinic (ADR 0016). */
export interface AccountEventsTable {
  id: string;
  at: Instant;
  /** The account, when known (never the email typed). */
  user_id: string | null;
  action: string;
  route: string | null;
  method: string | null;
  ip: string | null;
}

/** Events not yet sealed into their clinic's chain; marked by a trigger on audit_events. */
export interface AuditPendingTable {
  clinic_id: string;
  event_id: string;
}

export interface AccountPendingTable {
  event_id: string;
}

/** One link of a clinic's audit chain: hash = sha256(prev_hash, seq, the canonical event). */
export interface AuditChainTable {
  clinic_id: string;
  /** bigint: read back as a string on pg, a number on PGlite; cast in queries that need one. */
  seq: ColumnType<string | number, number, never>;
  event_id: string;
  prev_hash: string;
  hash: string;
  sealed_at: Instant;
}

export interface AccountChainTable {
  seq: ColumnType<string | number, number, never>;
  event_id: string;
  prev_hash: string;
  hash: string;
  sealed_at: Instant;
}

export interface JobsTable {
  id: string;
  queue: string;
  payload: Json<unknown>;
  run_at: Instant;
  attempts: Generated<number>;
  locked_at: Instant | null;
  locked_by: string | null;
  done_at: Instant | null;
  last_error: string | null;
  created_at: InstantDefault;
  /** At most one pending (not done) singleton job per queue (ADR 0012); default false. */
  singleton: ColumnType<boolean, boolean | undefined, boolean>;
}

/** A FHIR bulk export and its job's progress (ADR 0025); `output` is the manifest's file list once done. */
export interface FhirBulkExportsTable {
  clinic_id: string;
  id: string;
  requested_by: string;
  requested_at: Instant;
  /** The kick-off request's URL (the manifest's `request`), without the host. */
  request_url: string;
  /** `_type`: the resource types asked for; null for every type. */
  types: Json<string[]> | null;
  status: "queued" | "running" | "done" | "failed" | "expired";
  patients_total: number | null;
  patients_done: ColumnType<number, number | undefined, number>;
  output: Json<{ type: string; file: string; count: number }[]> | null;
  finished_at: Instant | null;
  expires_at: Instant | null;
  error: string | null;
}

/** A clinic outcomes report made as a job (features/documents/outcomes-report*.ts); figures name no patient. */
export interface OutcomesReportsTable {
  clinic_id: string;
  id: string;
  requested_by: string;
  requested_at: Instant;
  from_date: string;
  to_date: string;
  status: "queued" | "running" | "done" | "failed";
  patients_total: number | null;
  patients_done: ColumnType<number, number | undefined, number>;
  /** The cohort's figures (src/domain/outcomes/cohort-tally.ts CohortFigures) once done. */
  figures: Json<unknown> | null;
  finished_at: Instant | null;
  /** The failure's class only (a message may quote data). */
  error: string | null;
}

export interface LoginFailuresTable {
  /**
   * sha256 of what a failure counts against (features/auth/sign-in-limit.ts): the pair (email,
   * client address) or the address alone. Neither an email nor an address is kept.
   */
  key_hash: string;
  at: Instant;
  /** The attempt that wrote the row (one attempt writes a row per key); null on rows from before it was kept. */
  attempt_id: string | null;
}

export interface SignInKnownAddressesTable {
  /** sha256 of (account, client address) after a right password: the account's delay spares it. */
  key_hash: string;
  last_at: Instant;
}

/** One of an account's single-use recovery codes (sha256 only). */
export interface RecoveryCodesTable {
  user_id: string;
  code_hash: string;
  created_at: Instant;
  used_at: Instant | null;
}

/** The second step of a sign-in, pending after a right password: the sha256 of its token. */
export interface TwoFactorChallengesTable {
  id: string;
  user_id: string;
  created_at: Instant;
  expires_at: Instant;
  failed_attempts: Generated<number>;
}

/** A password reset link: the sha256 of its token, single-use, expiring. */
export interface PasswordResetTokensTable {
  token_hash: string;
  user_id: string;
  created_at: Instant;
  expires_at: Instant;
  used_at: Instant | null;
}

/** A message in the outbox (features/notifications): a link, never health data; emptied once sent. */
export interface NotificationsTable {
  id: string;
  /** in-app rows are the person's list in the app (delivered when written); sms rows wait for the SMS gateway's claim; the others are sent by a job. */
  channel: "email" | "in-app" | "web-push" | "sms";
  /** What it is for (password-reset, side-effect.red, ...): counts and tests, never shown. */
  kind: string;
  /** The email address (email rows) or mobile number (sms rows, E.164); empty for the other channels, and once sent. */
  recipient: string;
  subject: string;
  body: string;
  created_at: Instant;
  sent_at: Instant | null;
  attempts: Generated<number>;
  /** The account it is for (null for messages queued before issue 8). */
  user_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** The clinic it is about, when one (not `clinic_id`: the outbox is a global table, ADR 0018). */
  for_clinic_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** The app path it points to ("/clinic/.../side-effects/..."), or null. */
  link: ColumnType<string | null, string | null | undefined, string | null>;
  /** The device of a web-push row (push_subscriptions.id). */
  subscription_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** When it is due (again); null once sent or failed, and for in-app rows. */
  next_attempt_at: ColumnType<Instant | null, Instant | null | undefined, Instant | null>;
  /** The delivery job sending it now, and since when (a crashed worker's claim goes stale). */
  claimed_at: ColumnType<Instant | null, Instant | null | undefined, Instant | null>;
  claimed_by: ColumnType<string | null, string | null | undefined, string | null>;
  /** The last failure's code (smtp-ECONNECTION, push-503, ...), never its message. */
  last_error: ColumnType<string | null, string | null | undefined, string | null>;
  /** Given up: a permanent refusal, or too many attempts. */
  failed_at: ColumnType<Instant | null, Instant | null | undefined, Instant | null>;
  /** sms rows: the last instant the text still makes sense (given up after it, ADR 0022); null: a day after created_at. */
  send_by: ColumnType<Instant | null, Instant | null | undefined, Instant | null>;
  /** When its person opened it in the app (in-app rows). */
  read_at: ColumnType<Instant | null, Instant | null | undefined, Instant | null>;
}

/** A device on which a person allowed web push (features/notifications): where and how to encrypt for it. */
export interface PushSubscriptionsTable {
  id: string;
  user_id: string;
  /** The push service's address for this device: a capability, never shown to anyone else. */
  endpoint: string;
  p256dh: string;
  auth: string;
  /** "Chrome on Android", from the browser, for the person's list of devices. */
  label: string;
  created_at: Instant;
  last_success_at: ColumnType<Instant | null, Instant | null | undefined, Instant | null>;
  last_failure_at: ColumnType<Instant | null, Instant | null | undefined, Instant | null>;
  last_error: ColumnType<string | null, string | null | undefined, string | null>;
}

/** The server's VAPID key pair for web push: one row, made on first use, shared by every app server. */
export interface WebPushKeysTable {
  id: number;
  public_key: string;
  private_key: string;
  created_at: Instant;
}

/** A patient's reminder settings (issue 9 §6); no row means the defaults. Times are "HH:MM" in the patient's zone. */
export interface ReminderSettingsTable {
  clinic_id: string;
  patient_id: string;
  diary: boolean;
  diary_time: string;
  visits: boolean;
  questionnaires: boolean;
  quiet_start: string | null;
  quiet_end: string | null;
  push: boolean;
  email: boolean;
  language: "en" | "es";
  updated_at: Instant;
  /** Text messages when no device takes a push (only with a number). */
  sms: ColumnType<boolean, boolean | undefined, boolean>;
  /** The mobile number for text messages, E.164. */
  sms_number: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A reminder queued into the outbox, by its stable key: never queued twice. */
export interface RemindersSentTable {
  clinic_id: string;
  key: string;
  patient_id: string;
  kind: "diary" | "visit" | "questionnaire";
  due_at: Instant;
  queued_at: Instant;
}

/** A check-in answered "no problems" (day 1, 7, 14 or 28 after a session; issue 8): append-only, idempotent by id. */
export interface SideEffectCheckInsTable {
  clinic_id: string;
  id: string;
  patient_id: string;
  session_id: string;
  day: 1 | 7 | 14 | 28;
  answer: "no-problems";
  recorded_at: Instant;
  received_at: Instant;
  recorded_by: string;
}

/** A clinic's licensed HIT-6 wording, pasted by an administrator (features/questionnaires); absent: HIT-6 is a paper form's total. */
export interface Hit6LicensedWordingTable {
  clinic_id: string;
  licence: string;
  items: Json<string[]>;
  options: Json<string[]>;
  updated_at: Instant;
  updated_by: string;
}

/** A patient's own acute medicines (issue 9): listed first in the day's medicines question; the whole list is replaced on each save. */
export interface PatientMedicinesTable {
  clinic_id: string;
  patient_id: string;
  medicines: Json<{ name: string; class: string }[]>;
  updated_at: Instant;
  updated_by: string;
}

export interface Database {
  clinics: ClinicsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  membership_roles: MembershipRolesTable;
  patients: PatientsTable;
  invitations: InvitationsTable;
  sessions: SessionsTable;
  diary_revisions: DiaryRevisionsTable;
  clinical_history_revisions: ClinicalHistoryRevisionsTable;
  preventive_trials: PreventiveTrialsTable;
  preventive_trial_revisions: PreventiveTrialRevisionsTable;
  clinical_records: ClinicalRecordsTable;
  clinical_record_revisions: ClinicalRecordRevisionsTable;
  products: ProductsTable;
  lots: LotsTable;
  injector_hours: InjectorHoursTable;
  injector_hours_exceptions: InjectorHoursExceptionsTable;
  session_drafts: SessionDraftsTable;
  appointment_slots: AppointmentSlotsTable;
  calendar_feeds: CalendarFeedsTable;
  patient_pathway: PatientPathwayTable;
  treatment_decision_bases: TreatmentDecisionBasesTable;
  audit_events: AuditEventsTable;
  audit_pending: AuditPendingTable;
  audit_chain: AuditChainTable;
  account_events: AccountEventsTable;
  account_pending: AccountPendingTable;
  account_chain: AccountChainTable;
  jobs: JobsTable;
  fhir_bulk_exports: FhirBulkExportsTable;
  outcomes_reports: OutcomesReportsTable;
  login_failures: LoginFailuresTable;
  sign_in_known_addresses: SignInKnownAddressesTable;
  recovery_codes: RecoveryCodesTable;
  two_factor_challenges: TwoFactorChallengesTable;
  password_reset_tokens: PasswordResetTokensTable;
  notifications: NotificationsTable;
  hit6_licensed_wording: Hit6LicensedWordingTable;
  side_effect_check_ins: SideEffectCheckInsTable;
  push_subscriptions: PushSubscriptionsTable;
  web_push_keys: WebPushKeysTable;
  reminder_settings: ReminderSettingsTable;
  reminders_sent: RemindersSentTable;
  patient_medicines: PatientMedicinesTable;
}

export type ClinicRow = Selectable<ClinicsTable>;
export type UserRow = Selectable<UsersTable>;
export type PatientRow = Selectable<PatientsTable>;
export type InvitationRow = Selectable<InvitationsTable>;
export type SessionRow = Selectable<SessionsTable>;
export type DiaryRevisionRow = Selectable<DiaryRevisionsTable>;
export type NewDiaryRevision = Insertable<DiaryRevisionsTable>;
export type ClinicalHistoryRevisionRow = Selectable<ClinicalHistoryRevisionsTable>;
export type PreventiveTrialRevisionRow = Selectable<PreventiveTrialRevisionsTable>;
export type JobRow = Selectable<JobsTable>;
export type ClinicalRecordRevisionRow = Selectable<ClinicalRecordRevisionsTable>;
export type LotRow = Selectable<LotsTable>;
export type ProductRow = Selectable<ProductsTable>;
export type SessionDraftRow = Selectable<SessionDraftsTable>;
export type PatientPathwayRow = Selectable<PatientPathwayTable>;
export type NotificationRow = Selectable<NotificationsTable>;
export type PushSubscriptionRow = Selectable<PushSubscriptionsTable>;
