/**
 * Matrix entries of the routes around an account: setup, signing in and out, "who am I", the
 * password, invitation links, and the patient's own routes (`/api/me/*`).
 */
import { v7 as uuidv7 } from "uuid";
import { hashPassword } from "../../features/auth/passwords.ts";
import { setPasswordHash } from "../../features/auth/users-repository.ts";
import { TEST_PASSWORD } from "../../shared/test-support.ts";
import { freshInvitation } from "./clinic-fixture.ts";
import type { CallContext, MatrixEntries } from "./entry.ts";
import { CALLERS, type Caller, type Outcome } from "./outcomes.ts";

/** A password the strength check takes (zxcvbn 3 or more), different at every call. */
export const strongPassword = (n: number) => `Ochre walrus juniper ${n} lantern`;

let testPasswordHash: Promise<string> | undefined;

/** Gives the caller's account its test password back after a successful change. */
async function restorePassword(ctx: CallContext): Promise<void> {
  if (ctx.caller.userId === null) return;
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  await setPasswordHash(ctx.world.deps.db, ctx.caller.userId, await testPasswordHash);
}

const everyCaller = (outcome: Outcome) => Object.fromEntries(CALLERS.map((caller) => [caller, outcome])) as { [C in Caller]: Outcome };

const patientOf = (answer: unknown) => (answer as { patient: { patientId: string } | null }).patient?.patientId ?? null;

export const accountEntries: MatrixEntries = {
  setupStatus: { call: () => ({}) },
  createClinic: {
    call: ({ world }) => ({ body: { clinicName: "Second Clinic", timeZone: "Europe/London", admin: { name: "Second Admin", email: `second.${world.next()}@example.test`, password: strongPassword(world.next()) } } }),
    overrides: { why: "setup runs once: the world's clinics exist, so everyone, signed in or not, is told it is done", outcomes: everyCaller({ status: 409, code: "already_initialized" }) },
  },
  // From this machine (the test's requests are loopback and not forwarded); the world holds a small demo, which each call finds.
  createDemo: { call: () => ({}) },
  login: { call: ({ caller }) => ({ body: { email: caller.email, password: caller.password } }) },
  logout: { call: () => ({}) },
  me: { call: () => ({}), answerPatient: patientOf },
  changePassword: { call: ({ world }) => ({ body: { currentPassword: TEST_PASSWORD, newPassword: strongPassword(world.next()) } }), after: restorePassword },
  signOutEverywhere: { call: () => ({}) },
  dismissSignInWarning: { call: () => ({}), answerPatient: patientOf },
  getInvitation: { call: ({ clinic }) => ({ params: { token: clinic.invitationToken } }) },
  // A signed-in person may open a link and make a new account with it: the link, not the session, decides.
  acceptInvitation: {
    call: async ({ world, clinic }) => ({ params: { token: await freshInvitation(world.deps, clinic) }, body: { email: `accepted.${world.next()}@example.test`, password: strongPassword(world.next()) } }),
  },
  myDiary: { call: () => ({ query: { from: "2026-06-22", to: "2026-07-20" } }), answerPatient: (answer) => (answer as { patientId: string }).patientId },
  saveMyDiaryDay: {
    call: ({ world, clinic }) => ({
      body: { patientId: clinic.patientId, id: uuidv7(), date: "2026-07-19", recordedAt: world.deps.clock().toISOString(), headache: true, hours: 5, severity: 2, medications: [{ name: "Sumatriptan", class: "triptan", relief: true }] },
    }),
    overrides: { why: "the day names Ann: another patient's session is told the diary belongs to another account, and nothing is stored", outcomes: { "other-patient": { status: 409, code: "account_mismatch" } } },
  },
  myMedicines: { call: () => ({}), answerPatient: (answer) => (answer as { patientId: string }).patientId },
  saveMyMedicines: {
    call: ({ clinic }) => ({ body: { patientId: clinic.patientId, medicines: [{ name: "Sumatriptan", class: "triptan" }] } }),
    overrides: { why: "the list names Ann: another patient's session is told it belongs to another account, and nothing is stored", outcomes: { "other-patient": { status: 409, code: "account_mismatch" } } },
  },
  myAppointments: { call: () => ({}) },
  addSelfKeptDiary: {
    call: ({ world, clinic }) => ({
      body: { patientId: clinic.patientId, consent: true, days: [{ id: uuidv7(), date: "2026-07-18", recordedAt: world.deps.clock().toISOString(), headache: true, hours: 5, severity: 2 }] },
    }),
    overrides: { why: "the days name Ann: another patient's session is told the diary belongs to another account, and nothing is stored", outcomes: { "other-patient": { status: 409, code: "account_mismatch" } } },
  },
};
