/**
 * The patient fills in one questionnaire (/questionnaires/midas, /questionnaires/hit-6), one
 * question per screen, in the low-light theme, offline too: saved on the phone first, then sent.
 * HIT-6 is asked item by item only in the clinic's licensed wording; without it, the total of the
 * paper form (clinical-facts §8).
 */
import { useState } from "react";
import { useDraftMark } from "#web/offline/drafts.ts";
import { useTranslation } from "react-i18next";
import type { Me } from "#contracts/api/auth.ts";
import { questionnaireProblems } from "#domain/questionnaires/questionnaire-problems.ts";
import { plainDate } from "#domain/shared/plain-date.ts";
import type { Instrument } from "#domain/shared/record.ts";
import { navigate } from "#web/app/router.tsx";
import { useSession } from "#web/app/session.tsx";
import { PatientScreen } from "#web/features/patient-shell/PatientScreen.tsx";
import { todayIn } from "#web/offline/local-today.ts";
import { notStoredMessage } from "#web/offline/save-on-phone.ts";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { Hit6ItemsFlow, MidasFlow } from "./AnswerFlows.tsx";
import { Hit6TotalStep } from "./Hit6TotalStep.tsx";
import { scoreOnPhone, type LocalScore } from "./local-score.ts";
import { MIDAS_COPYRIGHT } from "./midas-items.ts";
import { QuestionnaireResult } from "./QuestionnaireResult.tsx";
import type { QuestionnaireDraft, SavedQuestionnaire } from "./save-questionnaire-on-phone.ts";
import { instrumentName } from "./questionnaire-words.ts";
import { useMyQuestionnaires } from "./use-my-questionnaires.ts";
import "#web/features/diary/diary.css";
import "./questionnaires.css";

type QuestionnairePageProps = {
  readonly me: Me;
  readonly patient: NonNullable<Me["patient"]>;
  readonly instrument: Instrument;
};

export function QuestionnairePage(props: QuestionnairePageProps) {
  // Each questionnaire starts afresh ("Next: HIT-6" after a MIDAS opens a new one).
  return <QuestionnaireScreen key={props.instrument} {...props} />;
}

function QuestionnaireScreen({ me, patient, instrument }: QuestionnairePageProps) {
  const { state } = useSession();
  const { t, i18n } = useTranslation("questionnaires");
  const mine = useMyQuestionnaires(patient.patientId, state.phase === "ready" ? state.confirmedAt : null);
  const [done, setDone] = useState<{ id: string; local: LocalScore } | null>(null);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Exclude<SavedQuestionnaire, { ok: true }> | null>(null);
  // A questionnaire being filled in holds an app update back until it is saved (drafts.ts).
  useDraftMark("questionnaire", done === null);
  const today = mine.copy?.answer.today ?? todayIn(patient.timeZone, new Date());
  const wording = mine.copy?.answer.hit6Wording ?? null;
  const dueItem = mine.due.find((item) => item.instrument === instrument);

  const save = async (draft: QuestionnaireDraft) => {
    setSaving(true);
    setProblem(null);
    const result = await mine.save(today, draft);
    setSaving(false);
    if (!result.ok) return setProblem(result);
    // Checked by the contract just now, so the domain can score it here, offline too.
    const answers = { instrument: draft.instrument, date: plainDate(today), responses: [...draft.responses], ...(draft.score == null ? {} : { score: draft.score }) };
    if (questionnaireProblems(answers).length > 0) return;
    setDone({ id: result.entry.id, local: scoreOnPhone(answers, mine.copy?.answer.history ?? []) });
  };

  const entry = done === null ? undefined : mine.entries.find((e) => e.id === done.id);
  const totalProblem = problem?.kind === "invalid" ? problem.error.issueFor("score") : undefined;

  return (
    <PatientScreen me={me} title={instrumentName(instrument, t)}>
      {mine.storageProblem ? (
        <StatusMessage tone="error" title={t("page.storage", { problem: mine.storageProblem })}>
          {t("page.storageFix")}
        </StatusMessage>
      ) : null}
      {problem?.kind === "not-stored" ? <StatusMessage tone="error" title={notStoredMessage(problem.reason)} testId="save-problem" /> : null}
      {problem?.kind === "invalid" && totalProblem === undefined ? (
        <StatusMessage tone="error" title={t("page.invalid")} testId="save-problem">
          <ul>
            {problem.error.issues.map((issue) => (
              <li key={issue.path}>{`${issue.path}: ${issue.message}`}</li>
            ))}
          </ul>
        </StatusMessage>
      ) : null}
      {!mine.ready ? (
        <StatusMessage tone="info" title={t("page.opening")} />
      ) : done !== null ? (
        entry !== undefined ? (
          <QuestionnaireResult entry={entry} local={done.local} next={mine.due.find((item) => item.instrument !== instrument)} onSendNow={mine.sendNow} />
        ) : (
          <StatusMessage tone="info" title={t("page.savedHere")} />
        )
      ) : instrument === "MIDAS" ? (
        <>
          {i18n.resolvedLanguage !== "en" ? <p className="muted" data-testid="midas-english">{t("page.midasEnglish")}</p> : null}
          <MidasFlow onDone={(draft) => void save(draft)} />
          <p className="muted questionnaire-credit">{MIDAS_COPYRIGHT}</p>
        </>
      ) : wording !== null ? (
        <Hit6ItemsFlow wording={wording} onDone={(draft) => void save(draft)} />
      ) : (
        <Hit6TotalStep
          saving={saving}
          problem={totalProblem}
          onTotal={(score) => void save({ instrument: "HIT-6", responses: [], score })}
          onNoForm={() => {
            if (dueItem) void mine.skip(dueItem);
            navigate("/today");
          }}
        />
      )}
    </PatientScreen>
  );
}
