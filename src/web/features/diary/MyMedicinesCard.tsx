/**
 * "Your usual medicines" on the Account page (issue 9): the patient's own acute medicines, found
 * in a short searchable list of common ones with their class (src/domain/diary/common-medicines.ts)
 * or typed with a kind picked. They come first in the day's medicines question, and "Same as
 * usual" takes them all in one tap. Saved on the server; this phone keeps a copy for offline use.
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { MAX_MY_MEDICINES, type MyMedicine } from "#contracts/api/diary.ts";
import { searchCommonMedicines } from "#domain/diary/common-medicines.ts";
import { describeError, toApiError } from "#web/app/api-error.ts";
import type { AcuteMedicationClass } from "#domain/shared/record.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { SelectField } from "#web/ui/SelectField.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { classLabel } from "./diary-words.ts";
import { MEDICATION_ORDER } from "./labels.ts";
import { useMyMedicines } from "./use-my-medicines.ts";
import "./diary.css";

const SHOWN_MATCHES = 5;

export function MyMedicinesCard({ patientId }: { readonly patientId: string }) {
  const { t } = useTranslation("diary");
  const saved = useMyMedicines(patientId);
  const [edited, setEdited] = useState<readonly MyMedicine[] | null>(null);
  const list = edited ?? saved.medicines;
  const [query, setQuery] = useState("");
  const [typedName, setTypedName] = useState("");
  const [typedClass, setTypedClass] = useState<AcuteMedicationClass>("simple-analgesic");
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<"idle" | "saving" | "saved">("idle");

  const has = (name: string) => list.some((m) => m.name.toLowerCase() === name.trim().toLowerCase());
  const add = (medicine: MyMedicine): boolean => {
    if (has(medicine.name)) return setProblem(t("settings.already")), false;
    if (list.length >= MAX_MY_MEDICINES) return setProblem(t("settings.full")), false;
    setProblem(null);
    setStatus("idle");
    setEdited([...list, medicine]);
    return true;
  };
  const matches = query.trim() === "" ? [] : searchCommonMedicines(query).filter((m) => !has(m.name)).slice(0, SHOWN_MATCHES);

  const addTyped = (event: FormEvent) => {
    event.preventDefault();
    const name = typedName.trim();
    if (name === "") return setProblem(t("settings.nameRequired"));
    if (add({ name, class: typedClass })) setTypedName("");
  };

  const save = async () => {
    setStatus("saving");
    setProblem(null);
    try {
      await saved.save(list);
      setEdited(null);
      setStatus("saved");
    } catch (error) {
      setStatus("idle");
      const offline = typeof navigator !== "undefined" && !navigator.onLine;
      setProblem(offline ? t("settings.offline") : t("settings.failed", { reason: describeError(toApiError(error)) }));
    }
  };

  return (
    <Card title={t("settings.title")} className="my-medicines">
      <p className="muted">{t("settings.intro")}</p>
      {list.length === 0 ? (
        <p data-testid="my-medicines-empty">{t("settings.empty")}</p>
      ) : (
        <ul className="my-medicines__list" data-testid="my-medicines">
          {list.map((medicine) => (
            <li key={medicine.name} className="my-medicines__item">
              <span>
                <strong>{medicine.name}</strong> <span className="muted">{classLabel(medicine.class, t)}</span>
              </span>
              <Button
                variant="quiet"
                onClick={() => {
                  setStatus("idle");
                  setEdited(list.filter((m) => m !== medicine));
                }}
              >
                <span aria-hidden="true">✕</span>
                <span className="visually-hidden">{t("settings.remove", { name: medicine.name })}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <TextField label={t("settings.search")} hint={t("settings.searchHint")} type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" />
      {matches.length > 0 ? (
        <ul className="my-medicines__matches">
          {matches.map((medicine) => (
            <li key={medicine.name}>
              <Button
                block
                onClick={() => {
                  if (add(medicine)) setQuery("");
                }}
              >
                {t("settings.add", { name: medicine.name })} <span className="muted">{`· ${classLabel(medicine.class, t)}`}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : query.trim() !== "" ? (
        <p className="muted">{t("settings.noMatch")}</p>
      ) : null}
      <form onSubmit={addTyped} noValidate className="my-medicines__typed">
        <h3>{t("settings.typedTitle")}</h3>
        <TextField label={t("settings.typedName")} value={typedName} maxLength={100} onChange={(event) => setTypedName(event.target.value)} autoComplete="off" />
        <SelectField
          label={t("settings.typedClass")}
          value={typedClass}
          onChange={(event) => setTypedClass(event.target.value as AcuteMedicationClass)}
          options={MEDICATION_ORDER.map((medicationClass) => ({ value: medicationClass, label: classLabel(medicationClass, t) }))}
          hint={t(`classHints.${typedClass}`)}
        />
        <Button type="submit">{t("settings.typedAdd")}</Button>
      </form>
      {problem ? <StatusMessage tone="error" title={problem} testId="my-medicines-problem" /> : null}
      {status === "saved" ? <StatusMessage tone="ok" title={t("settings.saved")} testId="my-medicines-saved" /> : null}
      <Button variant="primary" block onClick={() => void save()} busy={status === "saving"} busyLabel={t("settings.saving")} disabled={edited === null}>
        {t("settings.save")}
      </Button>
    </Card>
  );
}
