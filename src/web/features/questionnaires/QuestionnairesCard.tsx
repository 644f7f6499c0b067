/**
 * The patient's chart: HIT-6 and MIDAS, which are due now (at baseline, before the next visit) and
 * each instrument's history (score, grade, change, the meaningful-change flag), and for clinicians
 * "Enter a paper form".
 */
import { useState } from "react";
import type { PatientQuestionnaires } from "#contracts/api/questionnaires.ts";
import { INSTRUMENTS } from "#domain/shared/record.ts";
import { api } from "#web/app/api.ts";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { PaperFormForm } from "./PaperFormForm.tsx";
import { QuestionnaireHistory } from "./QuestionnaireHistory.tsx";
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
  const [entered, setEntered] = useState<{ list: PatientQuestionnaires; message: string } | null>(null);
  const [entering, setEntering] = useState(false);
  const data = entered?.list ?? (query.state.phase === "loaded" ? query.state.data : null);

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
          {entered ? (
            <StatusMessage tone="ok" title={entered.message} testId="paper-form-saved" />
          ) : null}
          {INSTRUMENTS.map((instrument) => (
            <QuestionnaireHistory key={instrument} instrument={instrument} questionnaires={data.questionnaires} />
          ))}
          {canEnter && !entering ? (
            <div className="row" style={{ marginTop: "var(--space-4)" }}>
              <Button
                onClick={() => {
                  setEntering(true);
                  setEntered(null);
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
                setEntered({ list, message });
                setEntering(false);
              }}
            />
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
