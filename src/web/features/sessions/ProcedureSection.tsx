/** Who injects, when, and the procedure's details (clinical-facts §9.3): needle, diagnosis code, the red-flag advice given, notes. */
import type { SessionContext } from "#contracts/api/sessions.ts";
import { Card } from "#web/ui/Card.tsx";
import { LabelledField } from "#web/ui/LabelledField.tsx";
import { SelectField } from "#web/ui/SelectField.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import type { DraftContent } from "./use-session-draft.ts";

type Props = { readonly content: DraftContent; readonly onChange: (content: DraftContent) => void; readonly readOnly: boolean; readonly context: SessionContext };

export function ProcedureSection({ content, onChange, readOnly, context }: Props) {
  return (
    <Card title="Session" className="session-section">
      <div className="row">
        <TextField label="Session date" type="date" value={content.date ?? context.today} readOnly={readOnly} onChange={(e) => onChange({ ...content, date: e.target.value as DraftContent["date"] })} />
        <SelectField
          label="Injector"
          value={content.injectorUserId ?? ""}
          disabled={readOnly}
          onChange={(e) => onChange({ ...content, injectorUserId: e.target.value })}
          options={[{ value: "", label: "Choose the injector…" }, ...context.injectors.map((injector) => ({ value: injector.userId, label: injector.name }))]}
          hint="Only the injector can sign the session."
        />
        <TextField label="Needle" value={content.needle ?? ""} readOnly={readOnly} onChange={(e) => onChange({ ...content, needle: e.target.value === "" ? null : e.target.value })} hint="Gauge and length, e.g. 30 G, 13 mm" />
        <TextField label="Diagnosis code (ICD-10-CM)" value={content.diagnosisCode ?? ""} readOnly={readOnly} onChange={(e) => onChange({ ...content, diagnosisCode: e.target.value === "" ? null : e.target.value })} />
      </div>
      <label className="checkbox-line">
        <input type="checkbox" checked={content.educationGiven ?? false} disabled={readOnly} onChange={(e) => onChange({ ...content, educationGiven: e.target.checked })} />
        <span>Told the patient the red-flag symptoms (trouble swallowing, breathing or speaking) and whom to call</span>
      </label>
      <LabelledField label="Notes">
        {(control) => <textarea {...control} rows={3} value={content.notes ?? ""} readOnly={readOnly} onChange={(e) => onChange({ ...content, notes: e.target.value === "" ? null : e.target.value })} />}
      </LabelledField>
    </Card>
  );
}
