/**
 * Staff add a patient record (name, birth date, time zone; sex and the clinic's record number
 * when known), then open it. Sex feeds the pregnancy question of the session checklist and the
 * exported record (assess-contract.md); "not given" sends nothing.
 */
import { useState, type FormEvent } from "react";
import { createPatientBodySchema } from "#contracts/api/patients.ts";
import { SEXES, type Sex } from "#domain/shared/record.ts";
import { api } from "#web/app/api.ts";
import { navigate } from "#web/app/router.tsx";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage, validate } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { SelectField } from "#web/ui/SelectField.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { browserTimeZone, TimeZoneField } from "#web/ui/TimeZoneField.tsx";
import { SEX_WORDS } from "./patient-facts.ts";

const SEX_OPTIONS = [{ value: "", label: "Not given" }, ...SEXES.map((value) => ({ value, label: SEX_WORDS[value] }))];

export function AddPatientForm({ clinicId }: { readonly clinicId: string }) {
  const [name, setName] = useState("");
  const [birthDate, setBirthDate] = useState("");
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [sex, setSex] = useState<Sex | "">("");
  const [recordNumber, setRecordNumber] = useState("");
  const submit = useSubmit();
  const issue = (label: string, path: string) => fieldMessage(label, submit.error?.issueFor(path));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(createPatientBodySchema, {
      name,
      birthDate,
      timeZone,
      ...(sex === "" ? {} : { sex }),
      ...(recordNumber.trim() === "" ? {} : { recordNumber }),
    });
    if (!checked.ok) return submit.fail(checked.error);
    const patient = await submit.run(() => api("createPatient", { params: { clinicId }, body: checked.value }));
    if (patient) navigate(`/clinic/${clinicId}/patients/${patient.id}`);
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Add a patient">
      <FormProblem error={submit.error} title="The patient was not added." />
      <TextField label="Name" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} error={issue("Name", "name")} required />
      <TextField label="Birth date" type="date" value={birthDate} onChange={(e) => setBirthDate(e.target.value)} error={issue("Birth date", "birthDate")} required />
      <SelectField label="Sex" hint="Optional." value={sex} options={SEX_OPTIONS} onChange={(e) => setSex(e.target.value as Sex | "")} error={issue("Sex", "sex")} />
      <TextField label="Record number" hint="Optional: the clinic's own number for this patient." autoComplete="off" value={recordNumber} onChange={(e) => setRecordNumber(e.target.value)} error={issue("Record number", "recordNumber")} />
      <TimeZoneField label="Patient's time zone" value={timeZone} onChange={setTimeZone} error={issue("Time zone", "timeZone")} />
      <Button type="submit" variant="primary" busy={submit.busy} busyLabel="Adding…">
        Add patient
      </Button>
    </form>
  );
}
