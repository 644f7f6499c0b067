/**
 * The page layout: sets the theme (patient low light or clinic light), the document title,
 * a header slot, a banner slot (the demo banner) and the main region with one h1, which takes
 * focus when the page opens so screen readers announce where the person is.
 */
import { useEffect, useLayoutEffect, useRef, type ReactNode } from "react";

export type Theme = "patient" | "clinic";

type PageProps = {
  readonly title: string;
  readonly theme: Theme;
  /** Narrow for the patient's phone-first pages and single forms; full for a working screen (the session at the tablet). */
  readonly width?: "narrow" | "wide" | "full";
  readonly header?: ReactNode;
  readonly banner?: ReactNode;
  /** Shown beside the title (a status, an action). */
  readonly aside?: ReactNode;
  /** Hide the h1 visually (a page whose first question is its real heading). */
  readonly hideTitle?: boolean;
  readonly children: ReactNode;
};

const THEME_COLOURS: Record<Theme, string> = { patient: "#17130f", clinic: "#f3f0eb" };

export function Page({ title, theme, width = "wide", header, banner, aside, hideTitle = false, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);

  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.querySelector('meta[name="theme-color"]')?.setAttribute("content", THEME_COLOURS[theme]);
  }, [theme]);

  useEffect(() => {
    document.title = `${title} · Cephalog`;
  }, [title]);

  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [title]);

  return (
    <>
      {header}
      {banner}
      <main className={width === "narrow" ? "page-main page-main--narrow" : width === "full" ? "page-main page-main--full" : "page-main"}>
        <div className="page-title-row">
          <h1 ref={heading} tabIndex={-1} className={hideTitle ? "visually-hidden" : "page-title"}>
            {title}
          </h1>
          {aside}
        </div>
        {children}
      </main>
    </>
  );
}
