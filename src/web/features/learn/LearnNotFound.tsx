/** An address under /learn that is no page: say so, and lead back to the index. */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "#web/app/router.tsx";
import { Page } from "#web/ui/Page.tsx";
import { LEARN_PATH } from "./learn-paths.ts";

export function LearnNotFound({ header }: { readonly header: ReactNode }) {
  const { t } = useTranslation("learn");
  return (
    <Page title={t("link")} theme="patient" width="narrow" header={header}>
      <p>{t("page.notFound")}</p>
      <Link to={LEARN_PATH} className="learn-back">
        {t("page.back")}
      </Link>
    </Page>
  );
}
