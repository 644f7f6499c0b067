/**
 * The patient's clinical history and preventive treatments (ADR 0011), loaded once and shared by
 * both cards: each save answers the new current view, which both cards then show, and the page is
 * told so that the assessment, which depends on them, is asked again.
 */
import { useState } from "react";
import type { ClinicalHistoryView } from "#contracts/api/clinical-history.ts";
import { api } from "#web/app/api.ts";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { Card } from "#web/ui/Card.tsx";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { HistoryCard } from "./HistoryCard.tsx";
import { HistorySummary } from "./HistorySummary.tsx";
import { PreventivesCard } from "./PreventivesCard.tsx";
import "./clinical-history.css";

type ClinicalHistorySectionProps = {
  readonly clinicId: string;
  readonly patientId: string;
  readonly today: string;
  /** Called after every save: the assessment depends on this history. */
  readonly onChanged: () => void;
  /** clinical.write: without it the history and treatments are shown, not offered for change. */
  readonly canEdit: boolean;
};

export function ClinicalHistorySection({ clinicId, patientId, today, onChanged, canEdit }: ClinicalHistorySectionProps) {
  const query = useApiQuery(`clinical-history:${clinicId}:${patientId}`, () => api("clinicalHistory", { params: { clinicId, patientId } }));
  const [latest, setLatest] = useState<ClinicalHistoryView | null>(null);
  const view = latest ?? (query.state.phase === "loaded" ? query.state.data : null);

  if (view === null) {
    return (
      <Card title="Clinical history">
        <LoadStatus state={query.state} what="the clinical history" onRetry={() => void query.reload()} />
      </Card>
    );
  }

  const saved = (next: ClinicalHistoryView) => {
    setLatest(next);
    onChanged();
  };
  return (
    <div className="stack" data-testid="clinical-history-section">
      {canEdit ? <HistoryCard clinicId={clinicId} patientId={patientId} history={view.history} onSaved={saved} /> : <HistorySummary history={view.history} />}
      <PreventivesCard clinicId={clinicId} patientId={patientId} today={today} view={view} onSaved={saved} canEdit={canEdit} />
    </div>
  );
}
