/**
 * Every API endpoint, once: method, path, inputs and response. The server registers its
 * handlers against these entries and the web client calls through them, so the two cannot drift;
 * the OpenAPI document is generated from the same schemas.
 */
import { z } from "zod";
import { loginBodySchema, meSchema } from "./auth.ts";
import {
  assessmentQuerySchema,
  diaryImportBodySchema,
  diaryImportResultSchema,
  patientAssessmentSchema,
  patientRecordBodySchema,
  recordAssessmentSchema,
} from "./assessment.ts";
import { clinicalHistoryBodySchema, clinicalHistoryViewSchema, preventiveTrialBodySchema, preventiveTrialParamsSchema } from "./clinical-history.ts";
import { okSchema } from "./common.ts";
import { clinicSettingsSchema, updateClinicSettingsBodySchema } from "./clinic-settings.ts";
import { diaryRangeQuerySchema, diaryRevisionBodySchema, diaryDayViewSchema, myDiaryRevisionBodySchema, myDiarySchema } from "./diary.ts";
import {
  acceptInvitationBodySchema,
  invitationCreatedSchema,
  invitationInfoSchema,
  invitationTokenParamsSchema,
  staffInviteBodySchema,
} from "./invitations.ts";
import {
  clinicParamsSchema,
  createPatientBodySchema,
  patientDetailSchema,
  patientParamsSchema,
  patientSummarySchema,
} from "./patients.ts";
import { createClinicBodySchema, setupStatusSchema } from "./setup.ts";

export interface RouteContract {
  readonly method: "GET" | "POST" | "PUT" | "DELETE";
  readonly path: string;
  readonly summary: string;
  /** Who may call it: anyone, any signed-in user, a patient account, staff of any clinic, or staff of the path's clinic with a role. */
  readonly access: "public" | "signed-in" | "patient" | "staff" | "clinician" | "admin";
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  readonly response: z.ZodType;
  /** The largest request body in bytes, when more than the server's default (1 MiB). */
  readonly bodyLimit?: number;
}

/** Room for a patient record or an import with two years of diary, and then some. */
const RECORD_BODY_LIMIT = 2 * 1024 * 1024;

const staffMemberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.string(),
  /** False while the invitation is not yet accepted. */
  active: z.boolean(),
});

export const apiRoutes = {
  setupStatus: { method: "GET", path: "/api/setup", summary: "Whether the first-run page applies", access: "public", response: setupStatusSchema },
  createClinic: { method: "POST", path: "/api/setup/clinic", summary: "Create the clinic and its first administrator (first run only); signs in", access: "public", body: createClinicBodySchema, response: meSchema },
  createDemo: { method: "POST", path: "/api/setup/demo", summary: "Seed the synthetic demo clinic (idempotent)", access: "public", response: setupStatusSchema },

  login: { method: "POST", path: "/api/auth/login", summary: "Sign in with email and password", access: "public", body: loginBodySchema, response: meSchema },
  logout: { method: "POST", path: "/api/auth/logout", summary: "Sign out (ends this session)", access: "signed-in", response: okSchema },
  me: { method: "GET", path: "/api/me", summary: "The signed-in user, their clinic roles and patient link", access: "signed-in", response: meSchema },

  listStaff: { method: "GET", path: "/api/clinics/:clinicId/staff", summary: "The clinic's staff", access: "admin", params: clinicParamsSchema, response: z.array(staffMemberSchema) },
  inviteStaff: { method: "POST", path: "/api/clinics/:clinicId/staff", summary: "Add a clinician or administrator: returns an invitation link", access: "admin", params: clinicParamsSchema, body: staffInviteBodySchema, response: invitationCreatedSchema },

  listPatients: { method: "GET", path: "/api/clinics/:clinicId/patients", summary: "The clinic's patients", access: "clinician", params: clinicParamsSchema, response: z.array(patientSummarySchema) },
  createPatient: { method: "POST", path: "/api/clinics/:clinicId/patients", summary: "Add a patient record", access: "clinician", params: clinicParamsSchema, body: createPatientBodySchema, response: patientSummarySchema },
  getPatient: { method: "GET", path: "/api/clinics/:clinicId/patients/:patientId", summary: "A patient with the current 28-day counts and diary", access: "clinician", params: patientParamsSchema, response: patientDetailSchema },
  invitePatient: { method: "POST", path: "/api/clinics/:clinicId/patients/:patientId/invitations", summary: "Create a single-use, expiring invitation link for the patient", access: "clinician", params: patientParamsSchema, response: invitationCreatedSchema },
  staffSaveDiaryDay: { method: "POST", path: "/api/clinics/:clinicId/patients/:patientId/diary", summary: "Staff record a diary day for the patient (a new revision)", access: "clinician", params: patientParamsSchema, body: diaryRevisionBodySchema, response: diaryDayViewSchema },

  getClinicSettings: { method: "GET", path: "/api/clinics/:clinicId/settings", summary: "The clinic's settings: the eligibility policy its assessments use", access: "clinician", params: clinicParamsSchema, response: clinicSettingsSchema },
  updateClinicSettings: { method: "PUT", path: "/api/clinics/:clinicId/settings", summary: "Change the clinic's settings (administrators)", access: "admin", params: clinicParamsSchema, body: updateClinicSettingsBodySchema, response: clinicSettingsSchema },
  patientAssessment: { method: "GET", path: "/api/clinics/:clinicId/patients/:patientId/assessment", summary: "The patient's assessment with the evidence of every criterion (default: as of the patient's today, under the clinic's policy)", access: "clinician", params: patientParamsSchema, query: assessmentQuerySchema, response: patientAssessmentSchema },
  importDiary: { method: "POST", path: "/api/clinics/:clinicId/patients/:patientId/diary/import", summary: "Import diary days in the patient record's format (each a new revision; unchanged days skipped)", access: "clinician", params: patientParamsSchema, body: diaryImportBodySchema, response: diaryImportResultSchema, bodyLimit: RECORD_BODY_LIMIT },
  clinicalHistory: { method: "GET", path: "/api/clinics/:clinicId/patients/:patientId/history", summary: "The patient's current clinical history (contraindications, overuse managed, chronic migraine since) and preventive treatments", access: "clinician", params: patientParamsSchema, response: clinicalHistoryViewSchema },
  reviseClinicalHistory: { method: "PUT", path: "/api/clinics/:clinicId/patients/:patientId/history", summary: "Record the clinical history (a new revision; null answers are unknown)", access: "clinician", params: patientParamsSchema, body: clinicalHistoryBodySchema, response: clinicalHistoryViewSchema },
  addPreventiveTrial: { method: "POST", path: "/api/clinics/:clinicId/patients/:patientId/preventives", summary: "Add a preventive treatment trial", access: "clinician", params: patientParamsSchema, body: preventiveTrialBodySchema, response: clinicalHistoryViewSchema },
  amendPreventiveTrial: { method: "PUT", path: "/api/clinics/:clinicId/patients/:patientId/preventives/:trialId", summary: "Amend a preventive treatment trial (a new revision of it)", access: "clinician", params: preventiveTrialParamsSchema, body: preventiveTrialBodySchema, response: clinicalHistoryViewSchema },
  withdrawPreventiveTrial: { method: "DELETE", path: "/api/clinics/:clinicId/patients/:patientId/preventives/:trialId", summary: "Withdraw a preventive treatment trial entered in error (a revision marking it so; nothing is deleted)", access: "clinician", params: preventiveTrialParamsSchema, response: clinicalHistoryViewSchema },
  assessRecord: { method: "POST", path: "/api/assess", summary: "Assess a patient record as `cephalog assess` does (clinic staff)", access: "staff", query: assessmentQuerySchema, body: patientRecordBodySchema, response: recordAssessmentSchema, bodyLimit: RECORD_BODY_LIMIT },

  getInvitation: { method: "GET", path: "/api/invitations/:token", summary: "What an invitation is for (no sign-in needed)", access: "public", params: invitationTokenParamsSchema, response: invitationInfoSchema },
  acceptInvitation: { method: "POST", path: "/api/invitations/:token/accept", summary: "Set a password and sign in; the link is then used up", access: "public", params: invitationTokenParamsSchema, body: acceptInvitationBodySchema, response: meSchema },

  myDiary: { method: "GET", path: "/api/me/diary", summary: "The signed-in patient's diary (current view) and today's date in their time zone", access: "patient", query: diaryRangeQuerySchema, response: myDiarySchema },
  saveMyDiaryDay: { method: "POST", path: "/api/me/diary", summary: "Save a diary day (a new revision; idempotent by id)", access: "patient", body: myDiaryRevisionBodySchema, response: diaryDayViewSchema },
} as const satisfies Record<string, RouteContract>;

export type ApiRoutes = typeof apiRoutes;
export type RouteName = keyof ApiRoutes;
