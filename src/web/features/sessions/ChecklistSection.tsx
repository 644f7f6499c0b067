/**
 * The pre-procedure checklist (clinical-facts §9.3): every question answered yes or no before
 * signing; other toxin in the last 4 months asks for its date and units, which count toward the
 * cumulative dose.
 */
import { CHECKLIST_ITEMS, type ChecklistAnswer } from "#domain/injections/checklist.ts";
import { Card } from "#web/ui/Card.tsx";
import { RadioGroup } from "#web/ui/RadioGroup.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import type { DraftContent } from "./use-session-draft.ts";

type Props = { readonly content: DraftContent; readonly onChange: (content: DraftContent) => void; readonly readOnly: boolean; readonly today: string };

const ANSWERS = [
  { value: "no", label: "No" },
  { value: "yes", label: "Yes" },
] as const;

export function ChecklistSection({ content, onChange, readOnly, today }: Props) {
  const checklist = content.checklist ?? {};
  const other = content.otherToxin ?? null;
  const setAnswer = (id: string, answer: ChecklistAnswer) => onChange({ ...content, checklist: { ...checklist, [id]: answer }, ...(id === "otherToxinLast4Months" && answer === "no" ? { otherToxin: null } : {}) });
  const setOther = (change: Partial<NonNullable<DraftContent["otherToxin"]>>) =>
    onChange({ ...content, otherToxin: { date: other?.date ?? today, units: other?.units ?? 0, ...(other?.indication === undefined ? {} : { indication: other.indication }), ...change } });
  return (
    <Card title="Before injecting" className="session-section" headingLevel={2}>
      <div className="checklist" data-testid="checklist">
        {CHECKLIST_ITEMS.map((item) => (
          <div key={item.id} className="checklist__item">
            {readOnly ? (
              <p>
                <span>{item.question}</span> <strong>{checklist[item.id] === "yes" ? "Yes" : checklist[item.id] === "no" ? "No" : "Not answered"}</strong>
              </p>
            ) : (
              <RadioGroup
                legend={item.question}
                name={item.id}
                value={(checklist[item.id] ?? "") as "yes" | "no"}
                options={ANSWERS}
                onChange={(answer) => setAnswer(item.id, answer)}
                hint={item.kind === "contraindication" ? "Yes means do not inject today." : item.kind === "caution" ? "Yes needs a written reason to go ahead." : "Yes: record the dose below."}
              />
            )}
            {item.id === "otherToxinLast4Months" && checklist.otherToxinLast4Months === "yes" ? (
              <div className="row checklist__dose">
                <TextField label="Date of the other dose" type="date" value={other?.date ?? ""} max={today} readOnly={readOnly} onChange={(e) => setOther({ date: e.target.value })} />
                <TextField label="Units" type="number" inputMode="decimal" min={0} step="any" value={other?.units ? String(other.units) : ""} readOnly={readOnly} onChange={(e) => setOther({ units: Number(e.target.value) })} />
                <TextField label="Indication" value={other?.indication ?? ""} readOnly={readOnly} onChange={(e) => setOther({ indication: e.target.value })} hint="e.g. spasticity, cervical dystonia" />
              </div>
            ) : null}
          </div>
        ))}
      </div>
    </Card>
  );
}
