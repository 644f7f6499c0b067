/** On a patient's Account page: the way to their Reminders screen (issue 9 §6). */
import { useTranslation } from "react-i18next";
import { Link } from "#web/app/router.tsx";
import { Card } from "#web/ui/Card.tsx";

export function RemindersLinkCard() {
  const { t } = useTranslation("reminders");
  return (
    <Card title={t("accountLink.title")}>
      <p>{t("accountLink.text")}</p>
      <Link to="/reminders" className="button button--secondary">
        {t("accountLink.link")}
      </Link>
    </Card>
  );
}
