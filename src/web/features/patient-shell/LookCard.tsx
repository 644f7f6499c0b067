/**
 * The Account page's choice of look for a patient: low light (the default) or light, applied at
 * once and remembered on this phone (patient-look.ts). Each phone keeps its own choice.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Card } from "#web/ui/Card.tsx";
import { RadioGroup } from "#web/ui/RadioGroup.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { usePatientLook, type PatientLook } from "./patient-look.ts";

export function LookCard() {
  const { look, choose } = usePatientLook();
  const [notRemembered, setNotRemembered] = useState(false);
  const { t } = useTranslation("shell");
  const options: readonly { readonly value: PatientLook; readonly label: string }[] = [
    { value: "low-light", label: t("look.lowLight") },
    { value: "light", label: t("look.light") },
  ];
  return (
    <Card title={t("look.title")}>
      <RadioGroup
        legend={t("look.legend")}
        hint={t("look.hint")}
        name="patient-look"
        value={look}
        options={options}
        onChange={(next) => setNotRemembered(!choose(next))}
        testId="patient-look"
      />
      {notRemembered ? (
        <StatusMessage tone="warn" title={t("look.notRemembered")}>
          {t("look.notRememberedWhy")}
        </StatusMessage>
      ) : null}
    </Card>
  );
}
