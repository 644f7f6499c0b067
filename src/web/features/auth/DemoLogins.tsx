/**
 * The demo clinic's sign-ins, shown only when the server includes them (on loopback). In the
 * reader's language on the sign-in page (`inReaderLanguage`); English on the first-run page,
 * which is not translated (ADR 0020).
 */
import { useTranslation } from "react-i18next";
import type { SetupStatus } from "#contracts/api/setup.ts";
import { Button } from "#web/ui/Button.tsx";
import { DemoMarker } from "#web/ui/DemoBanner.tsx";

type DemoLogin = NonNullable<SetupStatus["demoLogins"]>[number];
export type { DemoLogin };

type DemoLoginsProps = {
  readonly logins: readonly DemoLogin[];
  readonly onUse?: (login: DemoLogin) => void;
  /** The word on each row's button: "Use" fills the form, "Sign in" signs in at once. */
  readonly actionLabel?: string;
  readonly busy?: boolean;
  /** On a translated page (sign-in): the reader's language instead of English. */
  readonly inReaderLanguage?: boolean;
};

const ROLES = ["admin", "clinician", "injector", "coordinator", "patient"] as const;
type DemoRole = (typeof ROLES)[number];
const isDemoRole = (role: string): role is DemoRole => (ROLES as readonly string[]).includes(role);

// Constant objects: react-i18next recomputes its options when given a new one.
const READER = {};
const ENGLISH = { lng: "en" };

export function DemoLogins({ logins, onUse, actionLabel, busy = false, inReaderLanguage = false }: DemoLoginsProps) {
  const { t } = useTranslation("account", inReaderLanguage ? READER : ENGLISH);
  const action = actionLabel ?? t("demo.use");
  return (
    <section aria-labelledby="demo-logins-title" className="card demo-logins" data-testid="demo-logins">
      <h2 id="demo-logins-title">
        {t("demo.title")} <DemoMarker />
      </h2>
      <p className="muted">{t("demo.what")}</p>
      <ul className="demo-logins__list">
        {logins.map((login) => (
          <li key={login.email} className="demo-logins__item">
            <div>
              <strong>{isDemoRole(login.role) ? t(`demo.roles.${login.role}`) : login.role}</strong>
              <div className="demo-logins__detail">{login.email}</div>
              <div className="demo-logins__detail">
                {t("demo.password")} <code>{login.password}</code>
              </div>
            </div>
            {onUse ? (
              <Button onClick={() => onUse(login)} disabled={busy} aria-label={t("demo.useAs", { action, role: isDemoRole(login.role) ? t(`demo.roleNames.${login.role}`) : login.role })}>
                {action}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
