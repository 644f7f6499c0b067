import { useTranslation } from "react-i18next";

type DemoBannerProps = {
  readonly clinicName?: string | undefined;
  /** A patient's diary: plain words about the diary rather than the clinic's records. */
  readonly forPatient?: boolean;
};

/** Marks every page of the demo clinic, so synthetic data is never taken for a real patient's. */
export function DemoBanner({ clinicName, forPatient = false }: DemoBannerProps) {
  if (forPatient) return <PatientDemoBanner />;
  return (
    <div className="demo-banner" role="note" data-testid="demo-banner">
      <strong>Demo clinic</strong>
      {clinicName ? ` (${clinicName})` : ""}: synthetic people and data. Do not enter real patients here.
    </div>
  );
}

/** The patient's banner, in their language (the "shell" words). */
function PatientDemoBanner() {
  const { t } = useTranslation("shell");
  return (
    <div className="demo-banner" role="note" data-testid="demo-banner">
      <strong>{t("demo.title")}</strong>
      {t("demo.body")}
    </div>
  );
}

/** A small "Demo" label beside a name or a list. */
export function DemoMarker() {
  return <span className="demo-marker">Demo</span>;
}
