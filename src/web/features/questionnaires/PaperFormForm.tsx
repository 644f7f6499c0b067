/**
 * Staff enter a paper questionnaire: HIT-6 answer by answer (each answer as its column and points,
 * so no licensed wording is shown) or its total only (pathway-rules §9: a score-entry form), or a
 * MIDAS with its five day counts and A and B. Checked by the same contract as the server, each
 * problem beside its field; the form's id is made once, so a second click is the same form.
 */
import { useState, type FormEvent } from "react";
import { v7 as uuidv7 } from "uuid";
import { paperQuestionnaireBodySchema, type PatientQuestionnaires } from "#contracts/api/questionnaires.ts";
import { HIT6_ITEM_COUNT, HIT6_MAX_TOTAL, HIT6_MIN_TOTAL, HIT6_WEIGHTS } from "#domain/questionnaires/hit6.ts";
import type { Instrument } from "#domain/shared/record.ts";
import { api } from "#web/app/api.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage, validate } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { RadioGroup } from "#web/ui/RadioGroup.tsx";
import { SelectField } from "#web/ui/SelectField.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { useFocusOnOpen } from "#web/ui/use-focus-on-open.ts";
import { MIDAS_ITEMS } from "./midas-items.ts";

type PaperFormFormProps = {
  readonly clinicId: string;
  readonly patientId: string;
  readonly today: string;
  readonly onDone: (list: PatientQuestionnaires, message: string) => void;
  readonly onClose: () => void;
};

const INSTRUMENT_OPTIONS = [
  { value: "HIT-6", label: "HIT-6" },
  { value: "MIDAS", label: "MIDAS" },
] as const;
const HOW_OPTIONS = [
  { value: "answers", label: "Each answer" },
  { value: "total", label: "The total only" },
] as const;
const COLUMN_OPTIONS = [{ value: "", label: "Choose…" }, ...HIT6_WEIGHTS.map((points, column) => ({ value: String(column), label: `Column ${column + 1}: ${points} points` }))];

/** A typed number, or the text itself so the contract names what is wrong with it. */
const numberOf = (text: string): number | string | null => (text.trim() === "" ? null : Number.isFinite(Number(text)) ? Number(text) : text);

export function PaperFormForm({ clinicId, patientId, today, onDone, onClose }: PaperFormFormProps) {
  const [id] = useState(() => uuidv7());
  const [instrument, setInstrument] = useState<Instrument>("HIT-6");
  const [how, setHow] = useState<"answers" | "total">("answers");
  const [date, setDate] = useState(today);
  const [hit6, setHit6] = useState<string[]>(Array.from({ length: HIT6_ITEM_COUNT }, () => ""));
  const [total, setTotal] = useState("");
  const [midas, setMidas] = useState<string[]>(MIDAS_ITEMS.map(() => ""));
  const submit = useSubmit();
  const heading = useFocusOnOpen();
  const issue = (label: string, path: string) => fieldMessage(label, submit.error?.issueFor(path));
  /** A change answers the last refusal: its messages go until the next save. */
  const changed = <T,>(set: (value: T) => void) => (value: T) => {
    submit.reset();
    set(value);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body =
      instrument === "MIDAS"
        ? { id, instrument, date, responses: midas.slice(0, 5).map((d) => numberOf(d) ?? ""), a: numberOf(midas[5] ?? ""), b: numberOf(midas[6] ?? "") }
        : how === "total"
          ? { id, instrument, date, responses: [], score: numberOf(total) ?? "" }
          : { id, instrument, date, responses: hit6.map((column) => (column === "" ? "" : Number(column))) };
    const checked = validate(paperQuestionnaireBodySchema, body);
    if (!checked.ok) return submit.fail(checked.error);
    const list = await submit.run(() => api("enterPaperQuestionnaire", { params: { clinicId, patientId }, body: checked.value }));
    const saved = list?.questionnaires.find((q) => q.id === id);
    if (list && saved) onDone(list, `Entered the paper ${instrument}: ${saved.score}.`);
  };

  return (
    <form className="paper-form" aria-labelledby="paper-form-title" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="paper-form">
      <h3 id="paper-form-title" ref={heading} tabIndex={-1}>
        Enter a paper form
      </h3>
      <FormProblem error={submit.error} title="The form was not saved." />
      <div className="row">
        <RadioGroup legend="Questionnaire" name="paper-instrument" value={instrument} options={INSTRUMENT_OPTIONS} onChange={changed(setInstrument)} />
        {instrument === "HIT-6" ? <RadioGroup legend="Enter" name="paper-how" value={how} options={HOW_OPTIONS} onChange={changed(setHow)} /> : null}
        <TextField label="Filled in on" type="date" value={date} max={today} onChange={(e) => changed(setDate)(e.target.value)} error={issue("The date", "date")} required />
      </div>
      {instrument === "HIT-6" && how === "answers" ? (
        <div className="paper-form__grid">
          {hit6.map((column, item) => (
            <SelectField
              key={item}
              label={`Item ${item + 1}`}
              value={column}
              options={COLUMN_OPTIONS}
              onChange={(e) => changed(setHit6)(hit6.map((old, i) => (i === item ? e.target.value : old)))}
              error={issue(`Item ${item + 1}`, `responses.${item}`) ?? (item === 0 ? issue("The answers", "responses") : undefined)}
            />
          ))}
        </div>
      ) : null}
      {instrument === "HIT-6" && how === "total" ? (
        <TextField label={`Total (${HIT6_MIN_TOTAL}-${HIT6_MAX_TOTAL})`} hint="The sum of the six answers' points on the licensed form." inputMode="numeric" value={total} onChange={(e) => changed(setTotal)(e.target.value)} error={issue("The total", "score")} />
      ) : null}
      {instrument === "MIDAS" ? (
        <div className="paper-form__grid">
          {MIDAS_ITEMS.map((item, index) => {
            const path = item.key === "A" ? "a" : item.key === "B" ? "b" : `responses.${index}`;
            return (
              <TextField
                key={item.key}
                label={item.label}
                inputMode="numeric"
                value={midas[index] ?? ""}
                onChange={(e) => changed(setMidas)(midas.map((old, i) => (i === index ? e.target.value : old)))}
                error={issue(item.label, path)}
              />
            );
          })}
        </div>
      ) : null}
      <div className="row">
        <Button type="submit" variant="primary" busy={submit.busy} busyLabel="Saving…">
          Save the paper form
        </Button>
        <Button onClick={onClose}>Close without saving</Button>
      </div>
    </form>
  );
}
