/**
 * The chart section, loaded on demand: its code and the chart library (uPlot, ADR 0019) come in a
 * chunk of their own when a clinician opens a patient, never with the diary.
 */
import { lazy, Suspense } from "react";

const ChartSection = lazy(() => import("./ChartSection.tsx"));

export function PatientChart(props: { readonly clinicId: string; readonly patientId: string; readonly revision?: number }) {
  return (
    <Suspense fallback={<p className="muted">Loading the chart…</p>}>
      <ChartSection {...props} />
    </Suspense>
  );
}
