/** The way to the self-check (issue 9 §5) from Learn: a short card with one large link. */
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "#web/app/router.tsx";
import { SELF_CHECK_PATH } from "./learn-paths.ts";

export function SelfCheckCard() {
  const { t } = useTranslation("learn");
  const heading = useId();
  return (
    <section className="learn-self-check" aria-labelledby={heading}>
      <h2 id={heading}>{t("index.selfCheckTitle")}</h2>
      <p>{t("index.selfCheckBody")}</p>
      <Link to={SELF_CHECK_PATH} className="button button--primary learn-self-check__link">
        {t("index.selfCheckLink")}
      </Link>
    </section>
  );
}
