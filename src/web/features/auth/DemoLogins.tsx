/** The demo clinic's sign-ins, shown only when the server includes them (on loopback). */
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
};

const ROLE_WORDS: Record<string, string> = { admin: "Administrator", clinician: "Clinician", injector: "Injector (nurse)", coordinator: "Coordinator", patient: "Patient" };

export function DemoLogins({ logins, onUse, actionLabel = "Use", busy = false }: DemoLoginsProps) {
  return (
    <section aria-labelledby="demo-logins-title" className="card demo-logins" data-testid="demo-logins">
      <h2 id="demo-logins-title">
        Demo sign-ins <DemoMarker />
      </h2>
      <p className="muted">Synthetic accounts of the demo clinic, listed only on the computer Cephalog runs on.</p>
      <ul className="demo-logins__list">
        {logins.map((login) => (
          <li key={login.email} className="demo-logins__item">
            <div>
              <strong>{ROLE_WORDS[login.role] ?? login.role}</strong>
              <div className="demo-logins__detail">{login.email}</div>
              <div className="demo-logins__detail">
                Password <code>{login.password}</code>
              </div>
            </div>
            {onUse ? (
              <Button onClick={() => onUse(login)} disabled={busy} aria-label={`${actionLabel} as the demo ${login.role}`}>
                {actionLabel}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
