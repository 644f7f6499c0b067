/**
 * A patient screen: the page in the patient's theme (low light, or the light look they chose),
 * narrow for the phone, with the patient header and navigation. Every patient screen uses it.
 */
import type { ReactNode } from "react";
import type { Me } from "#contracts/api/auth.ts";
import { Page } from "#web/ui/Page.tsx";
import { PatientHeader } from "./PatientHeader.tsx";

type PatientScreenProps = {
  readonly me: Me;
  readonly title: string;
  readonly aside?: ReactNode;
  readonly hideTitle?: boolean;
  readonly children: ReactNode;
};

export function PatientScreen({ me, title, aside, hideTitle, children }: PatientScreenProps) {
  return (
    <Page title={title} theme="patient" width="narrow" header={<PatientHeader me={me} />} aside={aside} hideTitle={hideTitle}>
      {children}
    </Page>
  );
}
