/**
 * The patient's navigation bar: fixed at the bottom of the phone's screen, in reach of a thumb,
 * so "Report a problem" is one tap from every patient screen. Real links in a labelled <nav>,
 * the current one marked with aria-current (and a bar, not colour alone); each target 56 px high.
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, usePath } from "#web/app/router.tsx";
import { currentNavItem, PATIENT_NAV_ITEMS, type PatientNavKey } from "./patient-nav.ts";

const ICONS: Readonly<Record<PatientNavKey, ReactNode>> = {
  today: (
    <>
      <rect x="4" y="5" width="16" height="15" rx="2" />
      <path d="M4 10h16M9 3v4M15 3v4" />
    </>
  ),
  progress: <path d="M4 19V5M4 19h16M8 15l4-4 3 3 5-6" />,
  report: (
    <>
      <path d="M12 3 2.5 19.5h19L12 3Z" />
      <path d="M12 10v4M12 16.5v.5" />
    </>
  ),
  // An open book (Learn, issue 9 §4).
  learn: <path d="M12 6.5C10 5 7 4.5 3.5 5v13.5C7 18 10 18.5 12 20c2-1.5 5-2 8.5-1.5V5C17 4.5 14 5 12 6.5ZM12 6.5V20" />,
  account: (
    <>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 20c1.5-4 4.5-5.5 8-5.5s6.5 1.5 8 5.5" />
    </>
  ),
};

export function PatientNav() {
  const current = currentNavItem(usePath());
  const { t } = useTranslation("shell");
  return (
    <nav className="patient-nav" aria-label={t("nav.label")} data-testid="patient-nav">
      <ul className="patient-nav__list">
        {PATIENT_NAV_ITEMS.map((item) => (
          <li key={item.key}>
            <Link to={item.to} className={`patient-nav__link patient-nav__link--${item.key}`} aria-current={current === item.key ? "page" : undefined}>
              <svg className="patient-nav__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                {ICONS[item.key]}
              </svg>
              <span>{t(`nav.${item.key}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
