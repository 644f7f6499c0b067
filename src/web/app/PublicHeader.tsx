/**
 * The header of pages seen before signing in (first run, sign-in, an invitation, opening): the
 * app's name, so a person always knows where they are, an optional note beside it, and Learn
 * (issue 9 §4: linked from every page, open to anyone).
 */
import { useTranslation } from "react-i18next";
import { Link, usePath } from "./router.tsx";

export function PublicHeader({ note }: { readonly note?: string | undefined }) {
  const { t } = useTranslation("shell");
  const path = usePath();
  return (
    <header className="page-header">
      <span className="page-header__brand">
        <img src="/icon.svg" alt="" />
        <span>Cephalog</span>
      </span>
      {note ? <span className="muted">{note}</span> : null}
      <span className="page-header__user">
        <Link to="/learn" className="page-header__learn" aria-current={path === "/learn" || path.startsWith("/learn/") ? "page" : undefined}>
          {t("nav.learn")}
        </Link>
      </span>
    </header>
  );
}
