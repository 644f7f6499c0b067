/**
 * The shell: decides which page an address shows from the session (first run, signed out,
 * patient, staff). Clinic pages load on demand so the patient's phone opens the diary with
 * less code.
 */
import { lazy, Suspense, useEffect, type ReactNode } from "react";
import { SignInWarningForSession } from "#web/features/auth/SignInWarning.tsx";
import { DiaryPage } from "#web/features/diary/DiaryPage.tsx";
// Questionnaires load with the diary: filled in offline too.
import { QuestionnairePage } from "#web/features/questionnaires/QuestionnairePage.tsx";
import { instrumentOfSlug } from "#web/features/questionnaires/questionnaire-words.ts";
import { MyReportsPage } from "#web/features/side-effects-patient/MyReportsPage.tsx";
import { ReportSideEffectPage } from "#web/features/side-effects-patient/ReportSideEffectPage.tsx";
import { clinicOfPath, needsTwoFactorSetup } from "#web/features/auth/two-factor-state.ts";
import { learnPlace } from "#web/features/learn/learn-paths.ts";
import { setTranslatedPage } from "#web/i18n/i18n.ts";
import { UpdatePrompt } from "#web/offline/UpdatePrompt.tsx";
import { CARRY_OVER_PATH, isSelfCheckPath } from "#web/features/self-check/self-check-paths.ts";
import { homePath, membershipCan, membershipFor } from "./home.ts";
import { Redirect } from "./Redirect.tsx";
import { pathAfterSignIn, signInReturningTo } from "./return-address.ts";
import { matchPath, usePath } from "./router.tsx";
import { useSession } from "./session.tsx";
import { NoAccessPage, NotFoundPage, OpeningPage, UnreachablePage } from "./SimplePages.tsx";

// Signed out only: a patient's phone, signed in, never needs them (and they need the network anyway).
const SignInPage = lazy(() => import("#web/features/auth/SignInPage.tsx").then((m) => ({ default: m.SignInPage })));
const AcceptInvitationPage = lazy(() => import("#web/features/invitations/AcceptInvitationPage.tsx").then((m) => ({ default: m.AcceptInvitationPage })));
const FirstRunPage = lazy(() => import("#web/features/setup/FirstRunPage.tsx").then((m) => ({ default: m.FirstRunPage })));
const StaffPage = lazy(() => import("#web/features/staff/StaffPage.tsx").then((m) => ({ default: m.StaffPage })));
const PatientsPage = lazy(() => import("#web/features/patients/PatientsPage.tsx").then((m) => ({ default: m.PatientsPage })));
const PatientPage = lazy(() => import("#web/features/patients/PatientPage.tsx").then((m) => ({ default: m.PatientPage })));
const ReviewPage = lazy(() => import("#web/features/review/ReviewPage.tsx").then((m) => ({ default: m.ReviewPage })));
const WorklistPage = lazy(() => import("#web/features/worklist/WorklistPage.tsx").then((m) => ({ default: m.WorklistPage })));
const SessionPage = lazy(() => import("#web/features/sessions/SessionPage.tsx").then((m) => ({ default: m.SessionPage })));
const SchedulePage = lazy(() => import("#web/features/scheduling/SchedulePage.tsx").then((m) => ({ default: m.SchedulePage })));
const AccountPage = lazy(() => import("#web/features/auth/AccountPage.tsx").then((m) => ({ default: m.AccountPage })));
const ResetPasswordPage = lazy(() => import("#web/features/auth/ResetPasswordPage.tsx").then((m) => ({ default: m.ResetPasswordPage })));
const ForgotPasswordPage = lazy(() => import("#web/features/auth/ForgotPasswordPage.tsx").then((m) => ({ default: m.ForgotPasswordPage })));
const StockPage = lazy(() => import("#web/features/stock/StockPage.tsx").then((m) => ({ default: m.StockPage })));
const ProgressPage = lazy(() => import("#web/features/progress/ProgressPage.tsx").then((m) => ({ default: m.ProgressPage })));
const RemindersPage = lazy(() => import("#web/features/reminders/RemindersPage.tsx").then((m) => ({ default: m.RemindersPage })));
const ReportsPage = lazy(() => import("#web/features/reports/ReportsPage.tsx").then((m) => ({ default: m.ReportsPage })));
const AuditPage = lazy(() => import("#web/features/audit/AuditPage.tsx").then((m) => ({ default: m.AuditPage })));
const SideEffectInboxPage = lazy(() => import("#web/features/side-effects/SideEffectInboxPage.tsx").then((m) => ({ default: m.SideEffectInboxPage })));
// The self-check loads on demand, all its pages at once: after opening it the network may be cut.
const SelfCheckRoutes = lazy(() => import("#web/features/self-check/SelfCheckRoutes.tsx").then((m) => ({ default: m.SelfCheckRoutes })));
const CarryOverPage = lazy(() => import("#web/features/self-check/CarryOverPage.tsx").then((m) => ({ default: m.CarryOverPage })));
const SideEffectReportPage = lazy(() => import("#web/features/side-effects/SideEffectReportPage.tsx").then((m) => ({ default: m.SideEffectReportPage })));
const LearnRoute = lazy(() => import("#web/features/learn/LearnRoute.tsx").then((m) => ({ default: m.LearnRoute })));

function Routes(): ReactNode {
  const { state, refresh } = useSession();
  const path = usePath();
  const patientSignedIn = state.phase === "ready" && state.me?.patient != null;
  // Patient screens, Learn and the self-check are translated; staff screens are English (ADR 0020).
  // The sign-in page too: a patient signs in there, before anyone knows who it is.
  const signInPage = state.phase === "ready" && state.me === null && (path === "/sign-in" || (path === "/" && state.setup.initialized));
  // A forgotten password, a reset link and an invitation too, opened before signing in (a staff invitation turns English itself).
  const beforeAccount = path === "/forgot-password" || path.startsWith("/reset-password/") || path.startsWith("/invite/");
  const translated = learnPlace(path) !== null || isSelfCheckPath(path) || signInPage || beforeAccount || (patientSignedIn && !path.startsWith("/clinic/"));
  useEffect(() => setTranslatedPage(translated), [translated]);

  // Learn is public and opens offline: before the session is known, with or without an account (issue 9 §4).
  const learn = learnPlace(path);
  if (learn) return <LearnRoute place={learn} me={state.phase === "ready" ? state.me : null} />;

  // Public and private: opens before (and without) asking the server who is signed in (issue 9 §5).
  if (isSelfCheckPath(path)) return <SelfCheckRoutes path={path} />;
  if (state.phase === "loading") return <OpeningPage />;
  if (state.phase === "unreachable") return <UnreachablePage error={state.error} onRetry={() => void refresh()} />;

  const invitation = matchPath("/invite/:token", path);
  if (invitation) return <AcceptInvitationPage token={invitation.token ?? ""} />;
  const reset = matchPath("/reset-password/:token", path);
  if (reset) return <ResetPasswordPage token={reset.token ?? ""} />;

  const { setup, me } = state;
  if (!me) {
    // Before any clinic exists "/" is the first-run page (the demo clinic does not count).
    if (path === "/sign-in") return <SignInPage setup={setup} />;
    if (path === "/forgot-password") return <ForgotPasswordPage />;
    if (path === "/") return setup.initialized ? <SignInPage setup={setup} /> : <FirstRunPage setup={setup} />;
    // Adding the self-check's phone diary needs an account: sign in, then come back to it.
    return <Redirect to={path === CARRY_OVER_PATH ? signInReturningTo(path) : "/"} />;
  }
  // A clinic that asks for two-factor sign-in opens once it is set up (the server refuses until then).
  const clinicInPath = clinicOfPath(path);
  if (clinicInPath !== undefined && needsTwoFactorSetup(me, clinicInPath)) return <Redirect to="/account" />;
  if (path === "/" || path === "/sign-in" || path === "/forgot-password") {
    const home = path === "/sign-in" ? pathAfterSignIn(me, window.location.search) : homePath(me);
    const homeClinic = clinicOfPath(home);
    return <Redirect to={homeClinic !== undefined && needsTwoFactorSetup(me, homeClinic) ? "/account" : home} />;
  }

  if (me.patient) {
    if (path === "/today") return <DiaryPage me={me} patient={me.patient} date={null} />;
    const day = matchPath("/diary/:date", path);
    if (day) return <DiaryPage me={me} patient={me.patient} date={day.date ?? null} />;
    if (path === "/progress") return <ProgressPage me={me} patient={me.patient} />;
    if (path === "/reminders") return <RemindersPage me={me} patient={me.patient} />;
    if (path === CARRY_OVER_PATH) return <CarryOverPage me={me} patient={me.patient} />;
    // Side effects load with the diary, not on demand: the report and its emergency screen must open offline.
    if (path === "/side-effects") return <MyReportsPage me={me} patient={me.patient} />;
    if (path === "/side-effects/new") return <ReportSideEffectPage me={me} patient={me.patient} reportId={null} />;
    const report = matchPath("/side-effects/:reportId", path);
    if (report) return <ReportSideEffectPage me={me} patient={me.patient} reportId={report.reportId ?? null} />;
    const questionnaire = instrumentOfSlug(matchPath("/questionnaires/:instrument", path)?.instrument ?? "");
    if (questionnaire) return <QuestionnairePage me={me} patient={me.patient} instrument={questionnaire} />;
  }
  if (path === "/no-access") return <NoAccessPage me={me} />;
  if (path === "/account") return <AccountPage me={me} />;

  const staff = matchPath("/clinic/:clinicId/staff", path);
  if (staff?.clinicId && membershipCan(membershipFor(me, staff.clinicId), "clinic.manage")) return <StaffPage me={me} clinicId={staff.clinicId} />;
  const worklist = matchPath("/clinic/:clinicId/worklist", path);
  if (worklist?.clinicId && membershipFor(me, worklist.clinicId)) return <WorklistPage me={me} clinicId={worklist.clinicId} />;
  const schedule = matchPath("/clinic/:clinicId/schedule", path);
  if (schedule?.clinicId && membershipFor(me, schedule.clinicId)) return <SchedulePage me={me} clinicId={schedule.clinicId} />;
  const auditLog = matchPath("/clinic/:clinicId/audit", path);
  if (auditLog?.clinicId && membershipCan(membershipFor(me, auditLog.clinicId), "audit.read")) return <AuditPage me={me} clinicId={auditLog.clinicId} />;
  const reports = matchPath("/clinic/:clinicId/reports", path);
  if (reports?.clinicId && membershipCan(membershipFor(me, reports.clinicId), "clinic.read")) return <ReportsPage me={me} clinicId={reports.clinicId} />;
  const stock = matchPath("/clinic/:clinicId/stock", path);
  if (stock?.clinicId && membershipFor(me, stock.clinicId)) return <StockPage me={me} clinicId={stock.clinicId} />;
  const sideEffects = matchPath("/clinic/:clinicId/side-effects", path);
  if (sideEffects?.clinicId && membershipFor(me, sideEffects.clinicId)) return <SideEffectInboxPage me={me} clinicId={sideEffects.clinicId} />;
  const sideEffect = matchPath("/clinic/:clinicId/patients/:patientId/side-effects/:reportId", path);
  if (sideEffect?.clinicId && sideEffect.patientId && sideEffect.reportId && membershipFor(me, sideEffect.clinicId)) {
    return <SideEffectReportPage me={me} clinicId={sideEffect.clinicId} patientId={sideEffect.patientId} reportId={sideEffect.reportId} />;
  }
  const session = matchPath("/clinic/:clinicId/patients/:patientId/sessions/:sessionId", path);
  if (session?.clinicId && session.patientId && session.sessionId && membershipFor(me, session.clinicId)) {
    return <SessionPage me={me} clinicId={session.clinicId} patientId={session.patientId} sessionId={session.sessionId} />;
  }
  const review = matchPath("/clinic/:clinicId/patients/:patientId/review", path);
  if (review?.clinicId && review.patientId && membershipFor(me, review.clinicId)) return <ReviewPage me={me} clinicId={review.clinicId} patientId={review.patientId} />;
  const patients = matchPath("/clinic/:clinicId/patients", path);
  if (patients?.clinicId && membershipFor(me, patients.clinicId)) return <PatientsPage me={me} clinicId={patients.clinicId} />;
  const patient = matchPath("/clinic/:clinicId/patients/:patientId", path);
  if (patient?.clinicId && patient.patientId && membershipFor(me, patient.clinicId)) {
    return <PatientPage me={me} clinicId={patient.clinicId} patientId={patient.patientId} />;
  }
  return <NotFoundPage me={me} />;
}

export function App() {
  return (
    <Suspense fallback={<OpeningPage />}>
      <UpdatePrompt />
      <SignInWarningForSession />
      <Routes />
    </Suspense>
  );
}
