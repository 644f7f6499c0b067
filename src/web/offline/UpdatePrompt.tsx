/**
 * "A new version is ready — Reload", above every page, once a new deploy's service worker waits
 * and nothing is half-typed (app-update.ts). Calm: no motion, no countdown; the page keeps
 * working on the version it opened with until the person taps Reload.
 */
import { useTranslation } from "react-i18next";
import { Button } from "#web/ui/Button.tsx";
import { useAppUpdate } from "./app-update.ts";
import "./offline.css";

export function UpdatePrompt() {
  const { t } = useTranslation("offline");
  const { step, reload } = useAppUpdate();
  if (step !== "offer") return null;
  return (
    <div className="status status--info update-prompt" role="status" data-testid="update-prompt">
      <div>
        <span className="status__title">{t("update.title")}</span>
        <div>
          <p>{t("update.body")}</p>
        </div>
      </div>
      <Button variant="primary" onClick={reload}>
        {t("update.reload")}
      </Button>
    </div>
  );
}
