/**
 * The patient's chart: HIT-6 and MIDAS, which are due now (at baseline, before the next visit) and
 * each instrument's history (score, grade, change, the meaningful-change flag), and for clinicians
 * "Enter a paper form" and "Entered in error" on each questionnaire (withdrawn with a reason).
 */
import { useState } from "react";
import type { PatientQuestionnaires, StaffQuestionnaire } from "#contracts/api/questionnaires.ts";
import { INSTRUMENTS } from "#domain/shared/record.ts";
import { api } from "#web/app/api.ts";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { PaperFormForm } from "./PaperFormForm.tsx";
import { QuestionnaireHistory } from "./QuestionnaireHistory.tsx";
import { WithdrawQuestionnaireConfirm } from "./WithdrawQuestionnaireConfirm.tsx";
import { spanLines } from "./staff-words.ts";
import "./questionnaires.css";

type QuestionnairesCardProps = {
  readonly clinicId: string;
  readonly patientId: string;
  /** Clinicians may enter a paper form (clinical.write). */
  readonly canEnter: boolean;
};

export function QuestionnairesCard({ clinicId, patientId, canEnter }: QuestionnairesCardProps) {
  const query = useApiQuery(`questionnaires:${clinicId}:${patientId}`, () => api("patientQuestionnaires", { params: { clinicId, patientId } }));
  // The list a write answered (newer than the query's), and what that write did, in words.
  const [latest, setLatest] = useState<PatientQuestionnaires | null>(null);
  const [done, setDone] = useState<{ message: string; testId: string } | null>(null);
  const [entering, setEntering] = useState(false);
  const [withdrawing, setWithdrawing] = useState<StaffQuestionnaire | null>(null);
  const data = latest ?? (query.state.phase === "loaded" ? query.state.data : null);

  return (
    <Card title="Questionnaires: HIT-6 and MIDAS" className="questionnaires-card">
      {data === null ? <LoadStatus state={query.state} what="the questionnaires" onRetry={() => void query.reload()} /> : null}
      {data !== null ? (
        <div data-testid="questionnaires-card">
          <ul className="questionnaire-due-line" data-testid="questionnaires-due-status">
            {data.spans.length === 0 ? (
              <li className="muted">{`Nothing due now. They are asked at baseline and in the ${data.dueDays} days before each visit.`}</li>
            ) : (
              spanLines(data.spans).map((line) => <li key={line}>{line}</li>)
            )}
          </ul>
          {done ? <StatusMessage tone="ok" title={done.message} testId={done.testId} /> : null}
          {INSTRUMENTS.map((instrument) => (
            <QuestionnaireHistory
              key={instrument}
              instrument={instrument}
              questionnaires={data.questionnaires}
              withdrawn={data.withdrawn}
              onWithdraw={
                canEnter
                  ? (q) => {
                      setWithdrawing(q);
                      setEntering(false);
                      setDone(null);
                    }
                  : undefined
              }
              after={
                withdrawing?.instrument === instrument ? (
                  <WithdrawQuestionnaireConfirm
                    key={withdrawing.id}
                    clinicId={clinicId}
                    patientId={patientId}
                    questionnaire={withdrawing}
                    onCancel={() => setWithdrawing(null)}
                    onDone={(list, message) => {
                      setLatest(list);
                      setDone({ message, testId: "questionnaire-withdrawn" });
                      setWithdrawing(null);
                    }}
                  />
                ) : null
              }
            />
          ))}
          {canEnter && !entering ? (
            <div className="row" style={{ marginTop: "var(--space-4)" }}>
              <Button
                onClick={() => {
                  setEntering(true);
                  setWithdrawing(null);
                  setDone(null);
                }}
              >
                Enter a paper form
              </Button>
            </div>
          ) : null}
          {entering ? (
            <PaperFormForm
              clinicId={clinicId}
              patientId={patientId}
              today={data.today}
              onClose={() => setEntering(false)}
              onDone={(list, message) => {
                setLatest(list);
                setDone({ message, testId: "paper-form-saved" });
                setEntering(false);
              }}
            />
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
