/**
 * The Account page's choice of look for a patient: low light (the default) or light, applied at
 * once and remembered on this phone (patient-look.ts). Each phone keeps its own choice.
 */
import { useState } from "react";
import { Card } from "#web/ui/Card.tsx";
import { RadioGroup } from "#web/ui/RadioGroup.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { usePatientLook, type PatientLook } from "./patient-look.ts";

const OPTIONS: readonly { readonly value: PatientLook; readonly label: string }[] = [
  { value: "low-light", label: "Low light (dark, easier on sore eyes)" },
  { value: "light", label: "Light" },
];

export function LookCard() {
  const { look, choose } = usePatientLook();
  const [notRemembered, setNotRemembered] = useState(false);
  return (
    <Card title="How the app looks">
      <RadioGroup
        legend="Screen"
        hint="Saved on this phone only."
        name="patient-look"
        value={look}
        options={OPTIONS}
        onChange={(next) => setNotRemembered(!choose(next))}
        testId="patient-look"
      />
      {notRemembered ? (
        <StatusMessage tone="warn" title="Shown now, but not remembered.">
          This browser does not let the app store settings (a private window can do this).
        </StatusMessage>
      ) : null}
    </Card>
  );
}
