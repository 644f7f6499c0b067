/** The way in to the public self-check from the first page: for people only considering the treatment. */
import { useTranslation } from "react-i18next";
import { Link } from "#web/app/router.tsx";
import { SELF_CHECK_PATH } from "./self-check-paths.ts";

export function SelfCheckLink() {
  const { t } = useTranslation("selfCheck");
  return (
    <p className="page-note" data-testid="self-check-link">
      {t("entry.lead")} <Link to={SELF_CHECK_PATH}>{t("entry.link")}</Link>
    </p>
  );
}
