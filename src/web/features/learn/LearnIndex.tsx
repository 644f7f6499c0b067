/** The Learn index: what the pages are, the language, each page a large link, and the self-check. */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "#web/app/router.tsx";
import { LanguagePicker } from "#web/i18n/LanguagePicker.tsx";
import { LEARN_SLUGS } from "#web/i18n/learn-slugs.ts";
import { Page } from "#web/ui/Page.tsx";
import { learnPagePath } from "./learn-paths.ts";
import { SelfCheckCard } from "./SelfCheckCard.tsx";
import { useLearnPage } from "./use-learn-page.ts";

function IndexEntry({ slug }: { readonly slug: (typeof LEARN_SLUGS)[number] }) {
  const page = useLearnPage(slug);
  return (
    <li>
      <Link to={learnPagePath(slug)} className="learn-list__link">
        <span className="learn-list__title">{page.title}</span>
        <span className="learn-list__summary">{page.summary}</span>
      </Link>
    </li>
  );
}

export function LearnIndex({ header }: { readonly header: ReactNode }) {
  const { t } = useTranslation("learn");
  return (
    <Page title={t("index.title")} theme="patient" width="narrow" header={header}>
      <div className="learn">
        <p className="learn__intro">{t("index.intro")}</p>
        {/* Near the top, so a reader of another language finds it before reading on. */}
        <LanguagePicker id="learn-language" />
        <section aria-labelledby="learn-pages-heading">
          <h2 id="learn-pages-heading">{t("index.pagesHeading")}</h2>
          <ul className="learn-list" data-testid="learn-pages">
            {LEARN_SLUGS.map((slug) => (
              <IndexEntry key={slug} slug={slug} />
            ))}
          </ul>
        </section>
        <SelfCheckCard />
      </div>
    </Page>
  );
}
