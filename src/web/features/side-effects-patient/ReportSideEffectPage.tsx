/**
 * "Report a problem" and its answer (issue 8): the form at /side-effects/new (from a check-in's
 * "yes": ?checkIn=<session>:<day>), and the answer at /side-effects/<id>, triaged on the phone by
 * the domain's `triageReport` so it never waits for the network. The report is saved on the phone
 * first, then sent by the outbox; if the phone cannot keep it, it is sent straight away. A red
 * answer opens the emergency screen until the person closes it.
 */
import { useState } from "react";
import { v7 as uuidv7 } from "uuid";
import type { Me } from "#contracts/api/auth.ts";
import type { SymptomCode } from "#domain/shared/record.ts";
import { isCheckInDay } from "#domain/triage/check-ins.ts";
import { triageLevel } from "#domain/triage/triage-levels.ts";
import { api } from "#web/app/api.ts";
import { describeError, toApiError } from "#web/app/api-error.ts";
import { Link, navigate } from "#web/app/router.tsx";
import { useSession } from "#web/app/session.tsx";
import { PatientScreen } from "#web/features/patient-shell/PatientScreen.tsx";
import { todayIn } from "#web/offline/local-today.ts";
import type { ReportDraft } from "#web/offline/save-side-effect-on-phone.ts";
import type { ReportEntry } from "#web/offline/side-effects-outbox-entry.ts";
import { reportBody } from "#web/offline/side-effects-sync.ts";
import { useMySideEffects, type MySideEffectsView } from "#web/offline/use-my-side-effects.ts";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { injectionDateBefore } from "./check-in-prompt.ts";
import { EmergencyScreen } from "./EmergencyScreen.tsx";
import { ReportForm, type CheckInContext, type ReportFormValues } from "./ReportForm.tsx";
import { ReportOutcome } from "./ReportOutcome.tsx";
import { emergencyNumberFrom, outcomeTitle, statusWords } from "./report-words.ts";
import { sendStateOf, unstoredSendState, type SendState, type UnstoredReport } from "./send-state.ts";
import { useSideEffectWords } from "./use-side-effect-words.ts";
import { atWords } from "./when-words.ts";
import "./side-effects-patient.css";

type ReportSideEffectPageProps = {
  readonly me: Me;
  readonly patient: NonNullable<Me["patient"]>;
  /** The report whose answer to show; null for the form. */
  readonly reportId: string | null;
};

/** A report made on this page, until the phone's outbox holds it (or instead of it). */
interface MadeHere {
  readonly id: string;
  readonly draft: ReportDraft;
  readonly recordedAt: Date;
  readonly unstored: UnstoredReport | null;
}

/** The check-in a "yes" came from, named in the address and known to this phone. */
function checkInFromAddress(search: string, effects: MySideEffectsView): CheckInContext | null {
  const [sessionId, day] = (new URLSearchParams(search).get("checkIn") ?? "").split(":");
  const known = effects.copy?.answer.checkIns.find((checkIn) => checkIn.sessionId === sessionId && String(checkIn.day) === day);
  return known && isCheckInDay(known.day) ? { sessionId: known.sessionId, sessionDate: known.sessionDate, day: known.day } : null;
}

export function ReportSideEffectPage({ me, patient, reportId }: ReportSideEffectPageProps) {
  const { state, signedOut } = useSession();
  const effects = useMySideEffects(patient.patientId, state.phase === "ready" ? state.confirmedAt : null);
  const [made, setMade] = useState<MadeHere | null>(null);
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const [reopened, setReopened] = useState<string | null>(null);
  const today = todayIn(patient.timeZone, new Date());
  const emergency = emergencyNumberFrom(effects.contact);
  const checkIns = effects.copy?.answer.checkIns ?? [];
  const words = useSideEffectWords();
  const { t } = words;

  const update = (id: string, unstored: UnstoredReport | null) => setMade((current) => (current?.id === id ? { ...current, unstored } : current));

  const send = async (values: ReportFormValues, checkIn: CheckInContext | null) => {
    const id = uuidv7();
    const recordedAt = new Date();
    const draft: ReportDraft = { ...values, checkIn: checkIn ? { sessionId: checkIn.sessionId, day: checkIn.day } : null };
    // The answer shows now, from the phone's own triage; saving and sending follow.
    setMade({ id, draft, recordedAt, unstored: { phase: "saving" } });
    navigate(`/side-effects/${id}`, { replace: true });
    const saved = await effects.saveReport(draft, { id, recordedAt });
    if (saved.ok) return update(id, null);
    if (saved.kind === "invalid") return update(id, { phase: "refused-here", message: saved.error.issues[0]?.message ?? saved.error.message });
    // The phone cannot keep it (storage full, a private window): try to send it straight away.
    update(id, { phase: "sending-direct", reason: saved.reason });
    try {
      const receipt = await api("reportMySideEffect", { body: reportBody(saved.entry) });
      update(id, { phase: "sent-direct", reason: saved.reason, receipt });
    } catch (error) {
      update(id, { phase: "lost", reason: saved.reason, message: describeError(toApiError(error)) });
    }
  };

  if (reportId === null) {
    const checkIn = checkInFromAddress(window.location.search, effects);
    return (
      <PatientScreen me={me} title={t("page.title")}>
        <ReportForm key={checkIn ? `${checkIn.sessionId}:${checkIn.day}` : "report"} today={today} emergency={emergency} checkIn={checkIn} onSend={(values) => void send(values, checkIn)} />
      </PatientScreen>
    );
  }

  const stored = effects.entries.find((entry): entry is ReportEntry => entry.kind === "report" && entry.id === reportId);
  const here = made?.id === reportId ? made : null;
  const listed = effects.copy?.answer.reports.find((report) => report.id === reportId);
  const report: { symptoms: readonly SymptomCode[]; onsetDate: string } | undefined = stored?.payload ?? here?.draft ?? listed;

  if (!report) {
    return (
      <PatientScreen me={me} title={t("titles.closed")}>
        {effects.ready ? (
          <StatusMessage tone="info" title={t("page.notOnPhone")}>
            <Link to="/side-effects">{t("page.seeReports")}</Link>
          </StatusMessage>
        ) : (
          <StatusMessage tone="info" title={t("page.opening")} />
        )}
      </PatientScreen>
    );
  }

  const receipt = stored?.receipt ?? (here?.unstored?.phase === "sent-direct" ? here.unstored.receipt : null);
  const level = receipt?.level ?? listed?.level ?? triageLevel(report.symptoms);
  const sent: SendState = stored
    ? sendStateOf(stored, { online: effects.online, ownerName: patient.name, at: (instant) => atWords(instant, words), t })
    : here?.unstored
      ? unstoredSendState(here.unstored, (instant) => atWords(instant, words), t)
      : { tone: "ok", text: listed ? statusWords(listed.status, t) : t("send.sent"), action: "none" };
  const injectionDate = injectionDateBefore(checkIns, report.onsetDate);
  // The emergency screen stays until closed: across reloads for a report this phone holds.
  const closedBefore = stored?.emergencyClosedAt != null || closed.has(reportId);
  const showEmergency = level === "red" && listed?.status !== "resolved" && (reopened === reportId || (!closedBefore && (stored !== undefined || here !== null)));

  const close = () => {
    setClosed((current) => new Set(current).add(reportId));
    setReopened(null);
    void effects.closeEmergency(reportId);
    // Back on the page, the reader starts at its heading (the dialog's opener is gone).
    window.setTimeout(() => document.querySelector<HTMLElement>("main h1")?.focus(), 0);
  };

  return (
    <PatientScreen me={me} title={outcomeTitle(level, listed?.status ?? null, t)}>
      {showEmergency ? <EmergencyScreen emergency={emergency} injectionDate={injectionDate} symptoms={report.symptoms} sent={sent} onClose={close} /> : null}
      <ReportOutcome
        level={level}
        clinicStatus={listed?.status ?? null}
        symptoms={report.symptoms}
        onsetDate={report.onsetDate}
        injectionDate={injectionDate}
        emergency={emergency}
        callBackBy={receipt?.callBackBy ?? null}
        clinicPhone={effects.contact?.clinicPhone ?? null}
        timeZone={patient.timeZone}
        sent={sent}
        onShowEmergency={() => setReopened(reportId)}
        onSignIn={() => {
          signedOut({ kind: "ended", patient: true, email: me.user.email });
          navigate("/");
        }}
      />
    </PatientScreen>
  );
}
