/**
 * The patient's diary, low light: today's question at once (or a chosen past day), what was
 * saved and whether it was sent, and the last 14 days with the missing ones marked. Works
 * offline from this phone's store. A missed day may be filled in up to the clinic's
 * `lateEntryDays` back (src/domain/diary/late-entry.ts); older ones are for the clinic.
 */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Me } from "#contracts/api/auth.ts";
import { mayFillIn } from "#domain/diary/late-entry.ts";
import { DEFAULT_OPERATIONS } from "#domain/shared/operations.ts";
import { addDays, compareDates, isPlainDate, plainDate } from "#domain/shared/plain-date.ts";
import { Link, navigate } from "#web/app/router.tsx";
import { useSession } from "#web/app/session.tsx";
import { formatDateLong } from "#web/i18n/locale-format.ts";
import { useMyDiary } from "#web/offline/use-my-diary.ts";
import { Page } from "#web/ui/Page.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { DayStrip } from "./DayStrip.tsx";
import { DetailsForm } from "./DetailsForm.tsx";
import { describeDay } from "./diary-words.ts";
import { draftFromAnswers, EMPTY_DRAFT, type EntryStep } from "./entry-draft.ts";
import { EntryFlow } from "./EntryFlow.tsx";
import { SavedDay } from "./SavedDay.tsx";
import { SyncStatus } from "./SyncStatus.tsx";
import { useDiaryWords } from "./use-diary-words.ts";
import { useMyMedicines } from "./use-my-medicines.ts";
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

type Mode = "view" | "edit" | "details";

export function DiaryPage({ me, patient, date }: DiaryPageProps) {
  const { t } = useTranslation("diary");
  const words = useDiaryWords();
  const { state, signedOut, showSignIn } = useSession();
  const sessionConfirmedAt = state.phase === "ready" ? state.confirmedAt : null;
  const diary = useMyDiary(patient.patientId, patient.timeZone, sessionConfirmedAt);
  const { medicines } = useMyMedicines(patient.patientId);
  const valid = date === null || (isPlainDate(date) && compareDates(plainDate(date), plainDate(diary.today)) <= 0);
  const shown = date !== null && valid ? date : diary.today;
  const isToday = shown === diary.today;
  const day = diary.days.get(shown);
  const [mode, setMode] = useState<Mode>("view");
  const [step, setStep] = useState<EntryStep>("headache");
  const [savingDetails, setSavingDetails] = useState(false);
  const lateEntryDays = diary.lateEntryDays ?? DEFAULT_OPERATIONS.diaryLateEntryDays;
  const fillable = mayFillIn(plainDate(shown), plainDate(diary.today), lateEntryDays);

  // A different day opens in its own state: its answer if it has one, else the first question.
  useEffect(() => setMode("view"), [shown]);

  const yesterdayDate = addDays(plainDate(shown), -1) as string;
  const yesterdayDay = diary.days.get(yesterdayDate);
  const yesterday = yesterdayDay ? { answers: yesterdayDay.answers, words: describeDay(yesterdayDay.answers, words) } : null;

  const title = isToday ? t("page.today") : formatDateLong(shown, words.language);
  // The page's heading already names a past day; the question need not repeat it.
  const question = isToday ? t("question.today") : t("question.past");
  const open = (target: string) => navigate(target === diary.today ? "/today" : `/diary/${target}`);

  const entering = !diary.ready ? false : (!day && fillable) || mode === "edit";
  // One decision per screen: past the first question only the question is shown.
  const showStrip = diary.ready && mode !== "details" && (!entering || step === "headache");

  return (
    <Page
      title={title}
      theme="patient"
      width="narrow"
      header={<PatientHeader me={me} />}
      aside={isToday ? <span className="muted">{formatDateLong(shown, words.language)}</span> : <BackToToday />}
    >
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
        <StatusMessage tone="error" title={t("page.storageTitle", { reason: diary.storageProblem })} testId="storage-problem">
          {t("page.storageBody")}
        </StatusMessage>
      ) : null}
      {!valid ? (
        <StatusMessage tone="warn" title={t("page.notYet")}>
          {t("page.showingToday")}
        </StatusMessage>
      ) : null}
      {!isToday && entering && step === "headache" ? (
        <p className="late-note" data-testid="late-note">
          {t("page.lateNote")}
        </p>
      ) : null}
      {!diary.ready ? (
        <StatusMessage tone="info" title={t("page.opening")} />
      ) : mode === "details" && day ? (
        <DetailsForm
          answers={day.answers}
          saving={savingDetails}
          onCancel={() => setMode("view")}
          onSave={(answers) => {
            setSavingDetails(true);
            void diary
              .save(shown, answers)
              .then((result) => {
                if (result.ok) setMode("view");
              })
              .finally(() => setSavingDetails(false));
          }}
        />
      ) : !entering && day ? (
        <SavedDay day={day} clinicName={patient.clinicName} ownerName={patient.name} onChange={() => setMode(fillable ? "edit" : "view")} onDetails={() => setMode(fillable ? "details" : "view")} />
      ) : !entering ? (
        <StatusMessage tone="info" title={t("page.tooOldTitle")} testId="too-old">
          {t("page.tooOldBody", { count: lateEntryDays })}
        </StatusMessage>
      ) : (
        <EntryFlow
          key={`${shown}:${day?.revisionId ?? "new"}`}
          question={question}
          initial={day ? draftFromAnswers(day.answers) : EMPTY_DRAFT}
          ownMedicines={medicines}
          yesterday={day ? null : yesterday}
          onCancel={day ? () => setMode("view") : undefined}
          onStepChange={setStep}
          onSave={async (answers) => {
            const result = await diary.save(shown, answers);
            if (result.ok) setMode("view");
            return result;
          }}
        />
      )}
      {showStrip ? <DayStrip today={diary.today} birthDate={patient.birthDate} days={diary.days} selected={shown} lateEntryDays={lateEntryDays} onOpen={open} /> : null}
      {/* After the day's question, so opening the app shows the question at once (issue 9); and
          below the strip, which appears with the diary: these cards come later (their own reads)
          and would otherwise push the strip down as the page settles (layout shift). */}
      {isToday && showStrip ? <CheckInCard patient={patient} /> : null}
      {isToday && showStrip ? <QuestionnairesDueCard patient={patient} /> : null}
      {showStrip ? <NextVisitNote timeZone={patient.timeZone} /> : null}
    </Page>
  );
}

/** From a past day back to today's question, without hunting for it in the strip. */
function BackToToday() {
  const { t } = useTranslation("diary");
  return (
    <Link to="/today" className="button button--quiet">
      {t("page.backToToday")}
    </Link>
  );
}
