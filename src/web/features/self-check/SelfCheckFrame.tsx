/**
 * The frame of the public self-check pages: the patient theme (low light, or the lighter look
 * remembered on this device), the app's name with "nothing leaves this phone", and at the foot the
 * language and the look. Nothing here asks the server anything.
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { PublicHeader } from "#web/app/PublicHeader.tsx";
import { usePatientLook } from "#web/features/patient-shell/patient-look.ts";
import { LanguagePicker } from "#web/i18n/LanguagePicker.tsx";
import { Button } from "#web/ui/Button.tsx";
import { Page } from "#web/ui/Page.tsx";
import "./self-check.css";

export function SelfCheckFrame({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  const { t } = useTranslation("selfCheck");
  const { look, choose } = usePatientLook();
  return (
    <Page title={title} theme="patient" width="narrow" header={<PublicHeader note={t("brandNote")} />}>
      {children}
      <footer className="self-check__settings no-print">
        <LanguagePicker id="self-check-language" />
        <Button variant="quiet" onClick={() => choose(look === "light" ? "low-light" : "light")}>
          {look === "light" ? t("look.dark") : t("look.light")}
        </Button>
      </footer>
    </Page>
  );
}
