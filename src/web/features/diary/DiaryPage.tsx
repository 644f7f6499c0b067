/**
 * The patient's diary, low light: today's question (or a chosen past day), what was saved and
 * whether it was sent, and the last 14 days. Works offline from this phone's store.
 */
import { useEffect, useState } from "react";
import type { Me } from "#contracts/api/auth.ts";
import { compareDates, plainDate } from "#domain/shared/plain-date.ts";
import { isPlainDate } from "#domain/shared/plain-date.ts";
import { Link, navigate } from "#web/app/router.tsx";
import { useSession } from "#web/app/session.tsx";
import { useMyDiary } from "#web/offline/use-my-diary.ts";
import { formatLongDate } from "#web/ui/format.ts";
import { Page } from "#web/ui/Page.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { DayStrip } from "./DayStrip.tsx";
import { draftFromAnswers, EMPTY_DRAFT, type EntryStep } from "./entry-draft.ts";
import { EntryFlow } from "./EntryFlow.tsx";
import { SavedDay } from "./SavedDay.tsx";
import { SyncStatus } from "./SyncStatus.tsx";
import { NextVisitNote } from "#web/features/scheduling/NextVisitNote.tsx";
import { PatientHeader } from "#web/features/patient-shell/PatientHeader.tsx";
import { CheckInCard } from "#web/features/side-effects-patient/CheckInCard.tsx";
import { QuestionnairesDueCard } from "#web/features/questionnaires/QuestionnairesDueCard.tsx";
import "./diary.css";

type DiaryPageProps = {
  readonly me: Me;
  readonly patient: NonNullable<Me["patient"]>;
  /** A past day to show or change; null for today. */
  readonly date: string | null;
};

export function DiaryPage({ me, patient, date }: DiaryPageProps) {
  const { state, signedOut, showSignIn } = useSession();
  const sessionConfirmedAt = state.phase === "ready" ? state.confirmedAt : null;
  const diary = useMyDiary(patient.patientId, patient.timeZone, sessionConfirmedAt);
  const valid = date === null || (isPlainDate(date) && compareDates(plainDate(date), plainDate(diary.today)) <= 0);
  const shown = date !== null && valid ? date : diary.today;
  const isToday = shown === diary.today;
  const day = diary.days.get(shown);
  const [editing, setEditing] = useState(false);
  const [step, setStep] = useState<EntryStep>("headache");

  // A different day opens in its own state: its answer if it has one, else the first question.
  useEffect(() => setEditing(false), [shown]);

  const title = isToday ? "Today" : formatLongDate(shown);
  // The page's heading already names a past day; the question need not repeat it.
  const question = isToday ? "Any headache today?" : "Any headache on that day?";
  const open = (target: string) => navigate(target === diary.today ? "/today" : `/diary/${target}`);

  const entering = !diary.ready ? false : !day || editing;
  // One decision per screen: past the first question only the question is shown.
  const showStrip = diary.ready && (!entering || step === "headache");

  return (
    <Page title={title} theme="patient" width="narrow" header={<PatientHeader me={me} />} aside={isToday ? <span className="muted">{formatLongDate(shown)}</span> : <BackToToday />}>
      <SyncStatus
        diary={diary}
        ownerName={patient.name}
        onSignInAgain={() => {
          signedOut({ kind: "ended", patient: true, email: me.user.email });
          navigate("/");
        }}
        onSignInAsOwner={() => {
          // The other person stays signed in for their own tabs until this sign-in replaces them.
          showSignIn();
          navigate("/sign-in");
        }}
      />
      {diary.storageProblem ? (
        <StatusMessage tone="error" title={`This phone cannot keep the diary: ${diary.storageProblem}.`} testId="storage-problem">
          Days cannot be saved here until this is fixed. Try a normal (not private) window, or free some space on the phone.
        </StatusMessage>
      ) : null}
      {!valid ? <StatusMessage tone="warn" title="That day cannot be recorded yet.">Showing today instead.</StatusMessage> : null}
      {isToday && showStrip ? <CheckInCard patient={patient} /> : null}
      {!diary.ready ? (
        <StatusMessage tone="info" title="Opening your diary…" />
      ) : !entering && day ? (
        <SavedDay day={day} clinicName={patient.clinicName} ownerName={patient.name} onChange={() => setEditing(true)} />
      ) : (
        <EntryFlow
          key={`${shown}:${day?.revisionId ?? "new"}`}
          question={question}
          initial={day ? draftFromAnswers(day.answers) : EMPTY_DRAFT}
          onCancel={day ? () => setEditing(false) : undefined}
          onStepChange={setStep}
          onSave={async (answers) => {
            const result = await diary.save(shown, answers);
            if (result.ok) setEditing(false);
            return result;
          }}
        />
      )}
      {isToday && showStrip ? <QuestionnairesDueCard patient={patient} /> : null}
      {showStrip ? <DayStrip today={diary.today} birthDate={patient.birthDate} days={diary.days} selected={shown} onOpen={open} /> : null}
      {showStrip ? <NextVisitNote timeZone={patient.timeZone} /> : null}
    </Page>
  );
}

/** From a past day back to today's question, without hunting for it in the strip. */
function BackToToday() {
  return (
    <Link to="/today" className="button button--quiet">
      ‹ Back to today
    </Link>
  );
}
