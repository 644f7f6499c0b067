/**
 * The header of signed-in pages: the mark, the clinic's sections for staff, who is signed in and
 * sign-out; the red side-effect alert on every staff page of a clinic until a clinician
 * acknowledges it; plus the demo banner whenever the clinic or patient shown is the demo.
 */
import type { Me } from "#contracts/api/auth.ts";
import { SignOutButton } from "#web/features/auth/SignOutButton.tsx";
import { NotificationBell } from "#web/features/notifications/NotificationBell.tsx";
import { RedAlertBanner } from "#web/features/side-effects/RedAlertBanner.tsx";
import { DemoBanner } from "#web/ui/DemoBanner.tsx";
import { membershipCan, membershipFor } from "./home.ts";
import { Link, usePath } from "./router.tsx";
import { useTranslation } from "react-i18next";

type AppHeaderProps = {
  readonly me: Me;
  /** The clinic the page belongs to (staff pages). */
  readonly clinicId?: string;
  /** False on patient screens, whose own navigation links to the account (patient-shell). */
  readonly accountLink?: boolean;
};

export function AppHeader({ me, clinicId, accountLink = true }: AppHeaderProps) {
  const path = usePath();
  const { t } = useTranslation("shell");
  const membership = clinicId ? membershipFor(me, clinicId) : undefined;
  // A page of one clinic follows that clinic; any other page (not found, the diary) is demo when
  // everything this account can open is demo.
  const demo = membership ? membership.demo : !clinicId && (me.patient ? me.patient.demo : me.memberships.length > 0 && me.memberships.every((m) => m.demo));
  const clinicName = membership?.clinicName ?? me.patient?.clinicName;
  const links = membership
    ? [
        { to: `/clinic/${membership.clinicId}/worklist`, label: "Worklist" },
        { to: `/clinic/${membership.clinicId}/patients`, label: "Patients" },
        { to: `/clinic/${membership.clinicId}/schedule`, label: "Schedule" },
        { to: `/clinic/${membership.clinicId}/stock`, label: "Stock" },
        ...(membershipCan(membership, "clinic.read") ? [{ to: `/clinic/${membership.clinicId}/reports`, label: "Reports" }] : []),
        ...(membershipCan(membership, "clinical.write") || membershipCan(membership, "sessions.draft") ? [{ to: `/clinic/${membership.clinicId}/side-effects`, label: "Side effects" }] : []),
        ...(membershipCan(membership, "clinic.manage") ? [{ to: `/clinic/${membership.clinicId}/staff`, label: "Staff" }] : []),
        ...(membershipCan(membership, "audit.read") ? [{ to: `/clinic/${membership.clinicId}/audit`, label: "Audit log" }] : []),
      ]
    : [];

  return (
    <>
      <header className="page-header">
        <Link to="/" className="page-header__brand">
          <img src="/icon.svg" alt="" />
          <span>Cephalog</span>
        </Link>
        {clinicName ? <span className="muted hide-narrow">{clinicName}</span> : null}
        {links.length > 0 ? (
          <nav aria-label="Clinic" className="page-header__nav">
            {links.map((link) => (
              <Link key={link.to} to={link.to} aria-current={path.startsWith(link.to) ? "page" : undefined}>
                {link.label}
              </Link>
            ))}
          </nav>
        ) : null}
        <div className="page-header__user">
          <span className="hide-narrow">{me.user.name}</span>
          <NotificationBell userId={me.user.id} />
          {/* Learn on every page (issue 9 §4); patient screens have it in their own navigation. */}
          {accountLink ? (
            <Link to="/learn" className="page-header__learn" aria-current={path === "/learn" || path.startsWith("/learn/") ? "page" : undefined}>
              {t("nav.learn")}
            </Link>
          ) : null}
          {accountLink ? (
            <Link to="/account" aria-current={path === "/account" ? "page" : undefined}>
              Account
            </Link>
          ) : null}
          <SignOutButton />
        </div>
      </header>
      {membership ? <RedAlertBanner clinicId={membership.clinicId} /> : null}
      {demo ? <DemoBanner clinicName={clinicName} forPatient={!membership && me.patient !== null} /> : null}
    </>
  );
}
