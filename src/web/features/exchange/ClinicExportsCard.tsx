/** The clinic's data as CSV (issue 10 §5): every patient's diary, every session, every patient's response; plain links the browser downloads with the session. */
import { Card } from "#web/ui/Card.tsx";
import "./exchange.css";

const EXPORTS = [
  { file: "diaries.csv", label: "Diaries", what: "one row per patient and recorded day" },
  { file: "sessions.csv", label: "Sessions", what: "one row per session: sites, units, lots, waste, billing" },
  { file: "outcomes.csv", label: "Outcomes", what: "one row per patient: baseline, evaluation window, change, responders" },
] as const;

export function ClinicExportsCard({ clinicId }: { readonly clinicId: string }) {
  return (
    <div className="page-note">
      <Card title="Export as CSV">
        <ul className="csv-exports">
          {EXPORTS.map((item) => (
            <li key={item.file}>
              <a className="button button--secondary" href={`/api/clinics/${encodeURIComponent(clinicId)}/exports/${item.file}`} download data-testid={`csv-export-${item.file}`}>
                {`${item.label} (CSV)`}
              </a>
              <span className="muted">{item.what}</span>
            </li>
          ))}
        </ul>
        <p className="muted">Every download is recorded in the audit log.</p>
      </Card>
    </div>
  );
}
