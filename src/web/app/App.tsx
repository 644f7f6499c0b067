/**
 * The shell: decides which page an address shows from the session (first run, signed out,
 * patient, staff). Clinic pages load on demand so the patient's phone opens the diary with
 * less code.
 */
import { lazy, Suspense, type ReactNode } from "react";
import { SignInPage } from "#web/features/auth/SignInPage.tsx";
import { SignInWarningForSession } from "#web/features/auth/SignInWarning.tsx";
import { AcceptInvitationPage } from "#web/features/invitations/AcceptInvitationPage.tsx";
import { DiaryPage } from "#web/features/diary/DiaryPage.tsx";
import { homePath, membershipCan, membershipFor } from "./home.ts";
import { Redirect } from "./Redirect.tsx";
import { matchPath, usePath } from "./router.tsx";
import { useSession } from "./session.tsx";
import { NoAccessPage, NotFoundPage, OpeningPage, UnreachablePage } from "./SimplePages.tsx";

const FirstRunPage = lazy(() => import("#web/features/setup/FirstRunPage.tsx").then((m) => ({ default: m.FirstRunPage })));
const StaffPage = lazy(() => import("#web/features/staff/StaffPage.tsx").then((m) => ({ default: m.StaffPage })));
const PatientsPage = lazy(() => import("#web/features/patients/PatientsPage.tsx").then((m) => ({ default: m.PatientsPage })));
const PatientPage = lazy(() => import("#web/features/patients/PatientPage.tsx").then((m) => ({ default: m.PatientPage })));
const WorklistPage = lazy(() => import("#web/features/worklist/WorklistPage.tsx").then((m) => ({ default: m.WorklistPage })));
const SessionPage = lazy(() => import("#web/features/sessions/SessionPage.tsx").then((m) => ({ default: m.SessionPage })));
const SchedulePage = lazy(() => import("#web/features/scheduling/SchedulePage.tsx").then((m) => ({ default: m.SchedulePage })));
const AccountPage = lazy(() => import("#web/features/auth/AccountPage.tsx").then((m) => ({ default: m.AccountPage })));
const StockPage = lazy(() => import("#web/features/stock/StockPage.tsx").then((m) => ({ default: m.StockPage })));

function Routes(): ReactNode {
  const { state, refresh } = useSession();
  const path = usePath();

  if (state.phase === "loading") return <OpeningPage />;
  if (state.phase === "unreachable") return <UnreachablePage error={state.error} onRetry={() => void refresh()} />;

  const invitation = matchPath("/invite/:token", path);
  if (invitation) return <AcceptInvitationPage token={invitation.token ?? ""} />;

  const { setup, me } = state;
  if (!me) {
    // Before any clinic exists "/" is the first-run page (the demo clinic does not count).
    if (path === "/sign-in") return <SignInPage setup={setup} />;
    if (path === "/") return setup.initialized ? <SignInPage setup={setup} /> : <FirstRunPage setup={setup} />;
    return <Redirect to="/" />;
  }
  if (path === "/" || path === "/sign-in") return <Redirect to={homePath(me)} />;

  if (me.patient) {
    if (path === "/today") return <DiaryPage me={me} patient={me.patient} date={null} />;
    const day = matchPath("/diary/:date", path);
    if (day) return <DiaryPage me={me} patient={me.patient} date={day.date ?? null} />;
  }
  if (path === "/no-access") return <NoAccessPage me={me} />;
  if (path === "/account") return <AccountPage me={me} />;

  const staff = matchPath("/clinic/:clinicId/staff", path);
  if (staff?.clinicId && membershipCan(membershipFor(me, staff.clinicId), "clinic.manage")) return <StaffPage me={me} clinicId={staff.clinicId} />;
  const worklist = matchPath("/clinic/:clinicId/worklist", path);
  if (worklist?.clinicId && membershipFor(me, worklist.clinicId)) return <WorklistPage me={me} clinicId={worklist.clinicId} />;
  const schedule = matchPath("/clinic/:clinicId/schedule", path);
  if (schedule?.clinicId && membershipFor(me, schedule.clinicId)) return <SchedulePage me={me} clinicId={schedule.clinicId} />;
  const stock = matchPath("/clinic/:clinicId/stock", path);
  if (stock?.clinicId && membershipFor(me, stock.clinicId)) return <StockPage me={me} clinicId={stock.clinicId} />;
  const session = matchPath("/clinic/:clinicId/patients/:patientId/sessions/:sessionId", path);
  if (session?.clinicId && session.patientId && session.sessionId && membershipFor(me, session.clinicId)) {
    return <SessionPage me={me} clinicId={session.clinicId} patientId={session.patientId} sessionId={session.sessionId} />;
  }
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
      <SignInWarningForSession />
      <Routes />
    </Suspense>
  );
}
