/**
 * One Learn page: its sections (a heading, paragraphs, a list, and the emergency box where there
 * is one, never missed: a still, deep red panel with its own heading), the sources, and the way on.
 */
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "#web/app/router.tsx";
import type { LearnSection, LearnSlug, LearnUrgent } from "#web/i18n/locales/en/learn.ts";
import { Page } from "#web/ui/Page.tsx";
import { LEARN_PATH, learnPagePath, nextLearnSlug } from "./learn-paths.ts";
import { SelfCheckCard } from "./SelfCheckCard.tsx";
import { useLearnPage } from "./use-learn-page.ts";

function UrgentBox({ urgent }: { readonly urgent: LearnUrgent }) {
  const id = useId();
  return (
    <div className="learn-urgent" role="note" aria-labelledby={id} data-testid="learn-urgent">
      <h3 id={id} className="learn-urgent__title">
        <svg className="learn-urgent__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 3 2.5 19.5h19L12 3Z" />
          <path d="M12 10v4M12 16.5v.5" />
        </svg>
        {urgent.title}
      </h3>
      {urgent.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {urgent.list ? (
        <ul>
          {urgent.list.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function Section({ section }: { readonly section: LearnSection }) {
  return (
    <section className="learn-section">
      <h2>{section.heading}</h2>
      {section.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {section.list ? (
        <ul className="learn-section__list">
          {section.list.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : null}
      {section.urgent ? <UrgentBox urgent={section.urgent} /> : null}
    </section>
  );
}

function NextLink({ slug }: { readonly slug: LearnSlug }) {
  const { t } = useTranslation("learn");
  const next = useLearnPage(slug);
  return (
    <Link to={learnPagePath(slug)} className="button button--primary learn-next">
      {t("page.next", { title: next.title })}
    </Link>
  );
}

export function LearnArticle({ slug, header }: { readonly slug: LearnSlug; readonly header: ReactNode }) {
  const { t } = useTranslation("learn");
  const page = useLearnPage(slug);
  const next = nextLearnSlug(slug);
  return (
    <Page title={page.title} theme="patient" width="narrow" header={header}>
      <article className="learn" data-testid="learn-article">
        {page.sections.map((section) => (
          <Section key={section.heading} section={section} />
        ))}
        <p className="learn-sources">
          <strong>{t("page.sourcesLabel")}</strong> {page.sources}
        </p>
      </article>
      {slug === "who-it-is-for" ? <SelfCheckCard /> : null}
      <div className="learn-way-on">
        {next ? <NextLink slug={next} /> : null}
        <Link to={LEARN_PATH} className="learn-back">
          {t("page.back")}
        </Link>
      </div>
    </Page>
  );
}
